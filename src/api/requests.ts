/**
 * zod shapes of the requests the console sends to DeepCall API v2, shared with the mock, which
 * validates what it receives with these same schemas.
 */
import { z } from 'zod/mini';

/** Longest name the console accepts; DeepCall documents no limit, 100 keeps lists readable. */
export const GROUP_NAME_MAX = 100;

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
