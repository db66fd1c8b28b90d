/**
 * Who is in a group and who takes its calls: read the membership (with the roster when the
 * reply carries it), read the roster from Agent/list when it does not, and replace a
 * membership as a whole. Plain TypeScript; the screens build on these.
 */
import { callApi, type ApiConfig } from './transport';
import { parseAgentList, parseGroupMembership } from './member-replies';
import type { AssignRequest } from './requests';
import type { Agent, GroupMembership } from './types';

/**
 * The group, its members and whether each takes its calls, and the account's agents when
 * agentData carried them (`roster` null otherwise: ask listAgents).
 */
export function getGroupMembership(config: ApiConfig, groupId: string, signal?: AbortSignal): Promise<GroupMembership> {
  const id = groupId.trim();
  return callApi(
    config,
    { module: 'Group', action: 'getGroupAgentRelation' },
    // quick: true is "complete data" for this action.
    { groupId: id, quick: true },
    (body) => parseGroupMembership(body.response, id),
    signal,
  );
}

/**
 * Agent/list, the fallback roster. Its errors carry `module: 'Agent'` and read its codes in the
 * Agent module's terms (1501 "data already in processing", 1503 "invalid role id"…), which reuse
 * the Group module's numbers with other meanings; 1014/1020 still mean the session has ended.
 */
export function listAgents(config: ApiConfig, signal?: AbortSignal): Promise<Agent[]> {
  return callApi(config, { module: 'Agent', action: 'list' }, {}, (body) => parseAgentList(body.response), signal);
}

/** The members the change names, each once, in the order given. */
function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Replaces the group's membership: exactly `members` are in it afterwards, exactly `receiveCalls`
 * (⊆ members) take its calls; empty lists leave it without members. DeepCall replaces, it does not
 * merge, so `members` must be the complete intended set, computed from a fresh read. A
 * `receiveCalls` id outside `members` is the caller's mistake: rejected before anything is sent.
 */
export async function setGroupMembers(
  config: ApiConfig,
  change: { groupId: string; members: string[]; receiveCalls: string[] },
  signal?: AbortSignal,
): Promise<void> {
  const members = unique(change.members);
  const inGroup = new Set(members);
  const receiveCalls = unique(change.receiveCalls);
  const outsider = receiveCalls.find((id) => !inGroup.has(id));
  if (outsider !== undefined) {
    throw new RangeError(`setGroupMembers: "${outsider}" is to take calls but is not among the members`);
  }
  const payload: AssignRequest = { groupId: change.groupId.trim(), agent_unique_id: members, receive_call: receiveCalls };
  await callApi(config, { module: 'Group', action: 'submitAssignGroupToAgent' }, payload, () => undefined, signal);
}
