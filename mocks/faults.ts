/**
 * Faults a test asks the mock for: slow or broken replies, error codes, and a colleague's change made
 * the moment a request arrives. handlers.ts takes one per request and answers it.
 */
import { parseGroupId, present } from './rules';
import type { MockStore } from './store';
import type { MockAccount } from './types';

/**
 * A fault the test harness asks for; applies to one account's requests, `times` times (default: until cleared).
 * Credentials are checked first: a fault never answers a request the account did not make.
 */
export interface MockFault {
  kind: 'latency' | 'http' | 'malformed' | 'shape' | 'drop' | 'code' | 'elsewhere';
  /**
   * Only these actions; all when absent. Group actions by their bare name (`list`, `update`,
   * `submitAssignGroupToAgent`…), Agent actions with their module: `Agent/list`. So `['list']`
   * is the group list only, never the roster.
   */
  actions?: string[];
  ms?: number;
  /** HTTP status for 'http'; with `withBody` a DeepCall error body comes along. */
  status?: number;
  withBody?: boolean;
  /** DeepCall code for 'code' (1014, 1503…), answered in the wording of the module asked. */
  code?: number;
  /**
   * For 'elsewhere': a colleague's change to one group, made the moment a request about that group
   * (or a `list` of every group) arrives, before it is answered normally. So a change lands exactly
   * between the console's read and its change: a `list` sees it, an `update` of a deleted group gets 1503.
   */
  elsewhere?: ElsewhereChange;
  times?: number;
}

/** What a colleague does to a group behind the console's back: delete it, or rename it and/or switch it. */
export interface ElsewhereChange {
  groupId: number | string;
  delete?: boolean;
  name?: string;
  status?: 0 | 1;
}

/**
 * The first of the account's faults that matches this action (`Agent/list` for the Agent module), counting
 * down its remaining uses. An 'elsewhere' fault matches only a request about its group (`groupId`), or a
 * `list` of every group.
 */
export function takeFault(account: MockAccount, action: string, groupId?: unknown): MockFault | undefined {
  const about = (fault: MockFault) =>
    fault.kind !== 'elsewhere' ||
    (fault.elsewhere !== undefined &&
      (present(groupId) ? parseGroupId(groupId) === parseGroupId(fault.elsewhere.groupId) : action === 'list'));
  const index = account.faults.findIndex((fault) => (!fault.actions || fault.actions.includes(action)) && about(fault));
  const fault = account.faults[index];
  if (fault === undefined) return undefined;
  if (fault.times !== undefined) {
    fault.times -= 1;
    if (fault.times <= 0) account.faults.splice(index, 1);
  }
  return fault;
}

/** A colleague's change (an 'elsewhere' fault): by DeepCall's own rules; nothing when the group is gone already. */
export function changeElsewhere(store: MockStore, account: MockAccount, change: ElsewhereChange): void {
  const id = parseGroupId(change.groupId);
  const group = account.groups.find((g) => g.id === id);
  if (!group) return;
  if (change.delete) return store.delete(account, group.id);
  store.update(account, group.id, change.name ?? group.name, change.status ?? group.status);
}
