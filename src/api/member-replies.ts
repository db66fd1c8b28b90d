/**
 * Tolerant parsers of the membership replies: `getGroupAgentRelation` (the group, its members, the
 * roster when carried) and `Agent/list` (agents, with their groups when carried: agent-groups-reply.ts).
 * Every tolerated variant becomes the console's `GroupMember`, `Agent` and `GroupMembership`;
 * anything else is a ReplyShapeError.
 */
import { isRecord } from '@/lib/is-record';
import type { Agent, GroupMember, GroupMembership } from './types';
import { ReplyShapeError } from './reply-shape-error';
import { parseAgentGroups } from './agent-groups-reply';
import { parseGroup } from './replies';

/** Finds `groupData`, `GroupData`, `group_data`… whatever the casing. */
function pickLoose(source: Record<string, unknown>, name: string): unknown {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(source)) {
    if (key.toLowerCase().replaceAll('_', '') === wanted) return value;
  }
  return undefined;
}

/**
 * A list in any tolerated shape, as [key, entry] pairs: an array (no keys), entries keyed by id, or a
 * single entry. The key, when there is one, is the id of an entry that carries none.
 */
function entriesOf(value: unknown): Array<[string | undefined, unknown]> {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((entry) => [undefined, entry]);
  if (isRecord(value)) {
    const entries = Object.entries(value);
    return entries.length > 0 && entries.every(([, entry]) => isRecord(entry)) ? entries : [[undefined, value]];
  }
  throw new ReplyShapeError('a list in the reply is neither an array nor an object');
}

function asArray(value: unknown): unknown[] {
  return entriesOf(value).map(([, entry]) => entry);
}

/** An id under one of `keys`: a number, or a string that is not blank (kept as written: it goes back to the server). */
function pickKey(raw: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = raw[key];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

const AGENT_ID_KEYS = ['agent_unique_id', 'agentId', 'agent_id', 'id'] as const;
/** In a relation `id` may be the relation's own row, so only the agent-specific keys count. */
const RELATION_AGENT_KEYS = ['agent_unique_id', 'agentId', 'agent_id'] as const;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function pickAgentName(raw: Record<string, unknown>): string | undefined {
  const whole = text(raw.name) ?? text(raw.agent_name);
  if (whole !== undefined) return whole;
  const parts = [text(raw.first_name), text(raw.last_name)].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Only a status that says active or inactive; an agent's presence ("busy", "on call") is not its status. */
function agentActive(status: unknown): boolean | undefined {
  if (typeof status === 'boolean') return status;
  if (typeof status === 'number') return status === 1 ? true : status === 0 ? false : undefined;
  if (typeof status === 'string') {
    const s = status.trim().toLowerCase();
    if (s === '1' || s === 'true' || s === 'active') return true;
    if (s === '0' || s === 'false' || s === 'inactive') return false;
  }
  return undefined;
}

/** One agent in any tolerated shape; `fallbackId` is the key when the reply is keyed by id. */
export function parseAgent(input: unknown, fallbackId?: string): Agent {
  if (!isRecord(input)) throw new ReplyShapeError('an agent entry is not an object');
  const fallback = fallbackId !== undefined && fallbackId.trim() !== '' ? fallbackId : undefined;
  const agentId = pickKey(input, AGENT_ID_KEYS) ?? fallback;
  if (agentId === undefined) throw new ReplyShapeError('an agent entry has no id');
  const agent: Agent = { agentId, name: pickAgentName(input) ?? agentId };
  const email = text(input.email);
  if (email !== undefined) agent.email = email;
  const active = agentActive(input.status);
  if (active !== undefined) agent.active = active;
  const groups = parseAgentGroups(input);
  if (groups !== undefined) agent.groups = groups;
  return agent;
}

function looksLikeAgent(value: Record<string, unknown>): boolean {
  return pickKey(value, AGENT_ID_KEYS) !== undefined && pickAgentName(value) !== undefined;
}

/** Agent/list's `response`: an array, an object keyed by agent id, or one agent. Each agent once. */
export function parseAgentList(response: unknown): Agent[] {
  let agents: Agent[];
  if (Array.isArray(response)) agents = response.map((entry) => parseAgent(entry));
  else if (isRecord(response)) {
    agents = looksLikeAgent(response)
      ? [parseAgent(response)]
      : Object.entries(response).map(([key, entry]) => parseAgent(entry, key));
  } else throw new ReplyShapeError('the list of agents is missing');
  return uniqueAgents(agents);
}

/** The first entry of each id: the roster is a set of agents. */
function uniqueAgents(agents: Agent[]): Agent[] {
  const byId = new Map<string, Agent>();
  for (const agent of agents) if (!byId.has(agent.agentId)) byId.set(agent.agentId, agent);
  return byId.size === agents.length ? agents : [...byId.values()];
}

/**
 * A relation's call flag (0|1, or its boolean or string forms). Missing or unreadable is refused, not
 * guessed: saving members replaces every flag, so a guessed "no calls" would switch real agents' calls off.
 */
function takesCalls(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
  if (typeof value === 'string') {
    const s = value.trim().toLowerCase();
    if (s === '1' || s === 'true') return true;
    if (s === '0' || s === 'false') return false;
  }
  throw new ReplyShapeError('a member’s call setting (receive_call) is missing or unreadable');
}

/**
 * The reply of `getGroupAgentRelation`: the group, its members (from relationData, named from
 * agentData) and, when agentData lists agents who are not members, the roster.
 */
export function parseGroupMembership(response: unknown, groupId: string): GroupMembership {
  if (!isRecord(response)) throw new ReplyShapeError('the group details are missing');
  const groups = asArray(pickLoose(response, 'groupdata')).map((entry) => parseGroup(entry, groupId));
  const group = groups.find((g) => g.id === groupId.trim()) ?? groups[0];
  if (!group) throw new ReplyShapeError('the group details are missing');

  // Unreadable entries are skipped here: the members come from relationData, agentData only names them.
  const agents: Agent[] = [];
  for (const [key, entry] of entriesOf(pickLoose(response, 'agentdata'))) {
    if (!isRecord(entry)) continue;
    const agentId = pickKey(entry, AGENT_ID_KEYS) ?? key;
    if (agentId === undefined) continue;
    agents.push(parseAgent(entry, agentId));
  }
  const roster = uniqueAgents(agents);
  const byId = new Map(roster.map((agent) => [agent.agentId, agent]));

  const members: GroupMember[] = [];
  const memberIds = new Set<string>();
  for (const entry of asArray(pickLoose(response, 'relationdata'))) {
    if (!isRecord(entry)) continue;
    const agentId = pickKey(entry, RELATION_AGENT_KEYS);
    if (agentId === undefined || memberIds.has(agentId)) continue;
    const relationGroup = pickKey(entry, ['group_id', 'groupId']);
    if (relationGroup !== undefined && relationGroup.trim() !== group.id) continue;
    memberIds.add(agentId);
    const known = byId.get(agentId);
    members.push({
      agentId,
      name: known?.name ?? agentId,
      ...(known?.email ? { email: known.email } : {}),
      receivesCalls: takesCalls(entry.receive_call ?? entry.receiveCall),
    });
  }
  const isRoster = roster.some((agent) => !memberIds.has(agent.agentId));
  return { group: { ...group, agentCount: members.length }, members, roster: isRoster ? roster : null };
}
