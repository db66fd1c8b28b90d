/**
 * Tolerant parsers of DeepCall API v2 replies: every reply variant the contract allows becomes the
 * console's own `Group` (types.ts); anything else is a ReplyShapeError, which the transport turns into
 * an "unexpected reply" ApiError. Members and agents are member-replies.ts's: the sign-in page,
 * which reads only groups, does not load them.
 */
import { z } from 'zod/mini';
import { isRecord } from '@/lib/is-record';
import type { Group } from './types';
import { ReplyShapeError } from './reply-shape-error';

export { ReplyShapeError };

/** The envelope every reply shares; success is decided by `status` alone. */
export const envelopeSchema = z.looseObject({
  status: z.string(),
  code: z.optional(z.union([z.number(), z.string()])),
  message: z.optional(z.unknown()),
});


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
