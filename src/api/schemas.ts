/**
 * zod schemas for the DeepCall Group API v2: the request shapes (shared with
 * the mock) and tolerant reply parsers that turn every reply variant the
 * contract allows into one internal `Group` type.
 */
import { z } from 'zod/mini';

/** Longest name the console accepts; DeepCall documents no limit, 100 keeps lists readable. */
export const GROUP_NAME_MAX = 100;

/* ---------- requests ---------- */

export const credentialsSchema = z.union([
  z.object({ ssid: z.string().check(z.minLength(1)) }),
  z.object({ userId: z.string().check(z.minLength(1)), token: z.string().check(z.minLength(1)) }),
]);
export type Credentials = z.infer<typeof credentialsSchema>;

/** DeepCall accepts ids as strings or numbers; the example sends strings. */
export const groupIdInput = z.union([z.string(), z.number()]);

export const listRequestSchema = z.object({
  forward: z.optional(z.boolean()),
  quick: z.optional(z.boolean()),
  name: z.optional(z.string()),
  groupId: z.optional(groupIdInput),
  groupid: z.optional(groupIdInput),
});
export const addRequestSchema = z.object({ name: z.optional(z.string()) });
export const updateRequestSchema = z.object({
  groupId: z.optional(groupIdInput),
  groupid: z.optional(groupIdInput),
  name: z.optional(z.string()),
  status: z.optional(z.union([z.number(), z.string()])),
});
export const deleteRequestSchema = z.object({
  groupId: z.optional(groupIdInput),
  groupid: z.optional(groupIdInput),
});
export const relationRequestSchema = z.object({
  groupId: z.optional(groupIdInput),
  groupid: z.optional(groupIdInput),
  quick: z.optional(z.boolean()),
  name: z.optional(z.string()),
});

/** submitAssignGroupToAgent: the complete intended membership, which replaces the group's. */
export const assignRequestSchema = z.object({
  groupId: z.optional(groupIdInput),
  groupid: z.optional(groupIdInput),
  /** Every member afterwards, as string ids (DeepCall's example: `["1001","1002","1003"]`). */
  agent_unique_id: z.optional(z.array(z.string())),
  /** The members that take this group's calls: a subset of `agent_unique_id`. */
  receive_call: z.optional(z.array(z.string())),
});
/** Agent/list; DeepCall says it "can be filtered by group, name or status" but names no parameter: these are the mock's. */
export const agentListRequestSchema = z.object({
  name: z.optional(z.string()),
  status: z.optional(z.union([z.number(), z.string()])),
  groupId: z.optional(groupIdInput),
  groupid: z.optional(groupIdInput),
});

export type ListRequest = z.infer<typeof listRequestSchema>;
export type UpdateRequest = { groupId: string; name: string; status: 0 | 1 };
export type AssignRequest = { groupId: string; agent_unique_id: string[]; receive_call: string[] };

/* ---------- replies ---------- */

/** The envelope every reply shares; success is decided by `status` alone. */
export const envelopeSchema = z.looseObject({
  status: z.string(),
  code: z.optional(z.union([z.number(), z.string()])),
  message: z.optional(z.unknown()),
});

const idValue = z.union([z.string().check(z.minLength(1)), z.number()]);
const statusValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);


export interface Group {
  id: string;
  name: string;
  active: boolean;
  createdAt?: string;
  agentCount?: number;
}

export interface GroupMember {
  agentId: string;
  name: string;
  email?: string;
  receivesCalls: boolean;
}

export interface GroupDetail {
  group: Group;
  members: GroupMember[];
}

/** Thrown by the parsers; the transport turns it into an "unexpected reply" ApiError. */
export class ReplyShapeError extends Error {
  override name = 'ReplyShapeError';
}

function pickId(raw: Record<string, unknown>): string | undefined {
  for (const key of ['id', 'groupId', 'group_id', '_id'] as const) {
    const value = raw[key];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** 1/"1"/true is active, 0/"0"/false inactive; DeepCall's documented default is 1. */
function toActive(status: unknown): boolean {
  if (typeof status === 'boolean') return status;
  if (typeof status === 'number') return status !== 0;
  if (typeof status === 'string') {
    const s = status.trim().toLowerCase();
    return !(s === '0' || s === 'false' || s === 'inactive');
  }
  return true;
}

function toCount(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function toDate(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * One group in any tolerated shape; `fallbackId` is the key when the reply is keyed by id.
 * Checked field by field rather than through a zod object: a list holds up to 10,000 groups
 * and this runs for each of them before the first row can be drawn.
 */
export function parseGroup(input: unknown, fallbackId?: string): Group {
  if (!isRecord(input)) throw new ReplyShapeError('a group entry is not an object');
  const fallback = fallbackId !== undefined && fallbackId.trim() !== '' ? fallbackId.trim() : undefined;
  const id = pickId(input) ?? fallback;
  const name = typeof input.name === 'string' ? input.name : typeof input.group_name === 'string' ? input.group_name : undefined;
  if (id === undefined || name === undefined) {
    throw new ReplyShapeError('a group entry has no id or no name');
  }
  const group: Group = { id, name, active: toActive(input.status) };
  const createdAt = toDate(input.create_date ?? input.created_at);
  if (createdAt !== undefined) group.createdAt = createdAt;
  const agentCount = toCount(input.agent_count ?? input.agentCount);
  if (agentCount !== undefined) group.agentCount = agentCount;
  return group;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeGroup(value: Record<string, unknown>): boolean {
  return ('name' in value || 'group_name' in value) && pickId(value) !== undefined;
}

/** `response` as an array, an object keyed by id, or one group object. */
export function parseGroupList(response: unknown): Group[] {
  if (Array.isArray(response)) return response.map((entry) => parseGroup(entry));
  if (isRecord(response)) {
    if (looksLikeGroup(response)) return [parseGroup(response)];
    return Object.entries(response).map(([key, entry]) => parseGroup(entry, key));
  }
  throw new ReplyShapeError('the list of groups is missing');
}

/** Finds `groupData`, `GroupData`, `group_data`… whatever the casing. */
function pickLoose(source: Record<string, unknown>, name: string): unknown {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(source)) {
    if (key.toLowerCase().replaceAll('_', '') === wanted) return value;
  }
  return undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value)) {
    // A single entry, or entries keyed by id.
    const values = Object.values(value);
    return values.length > 0 && values.every(isRecord) ? values : [value];
  }
  throw new ReplyShapeError('a list in the reply is neither an array nor an object');
}

const agentSchema = z.looseObject({
  agent_unique_id: z.optional(idValue),
  agentId: z.optional(idValue),
  id: z.optional(idValue),
  name: z.optional(z.string()),
  agent_name: z.optional(z.string()),
  email: z.optional(z.unknown()),
});
const relationSchema = z.looseObject({
  agent_unique_id: z.optional(idValue),
  agentId: z.optional(idValue),
  group_id: z.optional(idValue),
  groupId: z.optional(idValue),
  receive_call: z.optional(statusValue),
  receiveCall: z.optional(statusValue),
});

/** The reply of `getGroupAgentRelation`: the group and the agents assigned to it. */
export function parseGroupDetail(response: unknown, groupId: string): GroupDetail {
  if (!isRecord(response)) throw new ReplyShapeError('the group details are missing');
  const groupData = pickLoose(response, 'groupdata');
  const groups = asArray(groupData).map((entry) => parseGroup(entry, groupId));
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  if (!group) throw new ReplyShapeError('the group details are missing');

  const agentNames = new Map<string, { name: string; email?: string }>();
  for (const entry of asArray(pickLoose(response, 'agentdata'))) {
    const agent = agentSchema.safeParse(entry);
    if (!agent.success) continue;
    const id = agent.data.agent_unique_id ?? agent.data.agentId ?? agent.data.id;
    if (id === undefined) continue;
    const email = typeof agent.data.email === 'string' && agent.data.email !== '' ? agent.data.email : undefined;
    agentNames.set(String(id), { name: agent.data.name ?? agent.data.agent_name ?? String(id), ...(email ? { email } : {}) });
  }

  const members: GroupMember[] = [];
  for (const entry of asArray(pickLoose(response, 'relationdata'))) {
    const relation = relationSchema.safeParse(entry);
    if (!relation.success) continue;
    const agentId = relation.data.agent_unique_id ?? relation.data.agentId;
    const relationGroup = relation.data.group_id ?? relation.data.groupId;
    if (agentId === undefined) continue;
    if (relationGroup !== undefined && String(relationGroup) !== group.id) continue;
    const known = agentNames.get(String(agentId));
    members.push({
      agentId: String(agentId),
      name: known?.name ?? String(agentId),
      ...(known?.email ? { email: known.email } : {}),
      receivesCalls: toActive(relation.data.receive_call ?? relation.data.receiveCall ?? 0),
    });
  }
  return { group: { ...group, agentCount: members.length }, members };
}

/** `add` answers the new id as `groupId`; tolerate the other id keys and a nested `response`. */
export function parseNewGroupId(body: Record<string, unknown>): string {
  const direct = pickId(body);
  if (direct !== undefined) return direct;
  if (isRecord(body.response)) {
    const nested = pickId(body.response);
    if (nested !== undefined) return nested;
  }
  // A bare `response` counts only when it looks like an id: "Group added" is a message, not an id.
  if (typeof body.response === 'number' && Number.isInteger(body.response)) return String(body.response);
  if (typeof body.response === 'string' && /^\s*[\w-]+\s*$/.test(body.response) && /\d/.test(body.response)) {
    return body.response.trim();
  }
  throw new ReplyShapeError('the reply does not say which id the new group got');
}
