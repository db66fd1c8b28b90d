/**
 * The groups an `Agent/list` entry may carry (the contract's inferred shapes): under `groups`, `group`,
 * `groupData`, `group_ids` or `groupIds`, an array of ids, an array of objects with the id under
 * `group_id`, `groupId` or `id` (optional `name`, optional `receive_call`), or a comma-separated string.
 * A call flag that is missing is unknown, never "no calls": saving from a guess would switch calls off.
 */
import { isRecord } from '@/lib/is-record';
import { ReplyShapeError } from './reply-shape-error';
import type { AgentGroupLink } from './types';

const GROUPS_KEYS = ['groups', 'group', 'groupData', 'group_ids', 'groupIds'] as const;
const GROUP_ID_KEYS = ['group_id', 'groupId', 'id'] as const;

function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/** 0/1, "0"/"1" or a boolean; anything else (or nothing) is unknown. */
function callFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1') return true;
  if (value === 0 || value === '0') return false;
  return undefined;
}

function link(entry: unknown): AgentGroupLink {
  const plain = idText(entry);
  if (plain !== undefined) return { groupId: plain };
  if (!isRecord(entry)) throw new ReplyShapeError('an agent’s group is neither an id nor an object');
  let groupId: string | undefined;
  for (const key of GROUP_ID_KEYS) groupId ??= idText(entry[key]);
  if (groupId === undefined) throw new ReplyShapeError('an agent’s group has no id');
  const result: AgentGroupLink = { groupId };
  if (typeof entry.name === 'string' && entry.name.trim() !== '') result.name = entry.name.trim();
  const receivesCalls = callFlag(entry.receive_call);
  if (receivesCalls !== undefined) result.receivesCalls = receivesCalls;
  return result;
}

/** The entry's groups, each once; undefined when the entry carries no groups field at all. */
export function parseAgentGroups(entry: Record<string, unknown>): AgentGroupLink[] | undefined {
  const key = GROUPS_KEYS.find((k) => entry[k] !== undefined && entry[k] !== null);
  if (key === undefined) return undefined;
  const value = entry[key];
  let links: AgentGroupLink[];
  if (typeof value === 'string') {
    links = value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((groupId) => ({ groupId }));
  } else if (Array.isArray(value)) links = value.map(link);
  else if (typeof value === 'number') links = [link(value)];
  else throw new ReplyShapeError('an agent’s groups are neither a list nor ids');
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.groupId) && seen.add(l.groupId));
}
