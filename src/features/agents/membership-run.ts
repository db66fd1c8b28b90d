/**
 * Membership changes across many groups (the Agents view's bulk actions, an agent's page, an import):
 * one `members` change per group on the groups' change path, three at a time. Each re-reads its group
 * right before sending and applies only this supervisor's difference (change-kinds.ts), is recorded once,
 * and can be undone. An ended session stops the run at once; what was not sent is kept for a retry.
 */
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';
import type { Group, GroupMember } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import { slim, type ChangeBatch, type ChangeRecord } from '@/features/change-record/change-record';
import { diffOf, type MemberDiff } from '@/features/change-record/membership-diff';
import { runGroupChange } from '@/features/groups/changes/change-path';
import type { GroupChangeResult } from '@/features/groups/changes/change-kinds';
import { runQueue } from '@/lib/run-queue';

export interface GroupMembershipChange {
  group: Group;
  diff: MemberDiff;
  /** The membership the supervisor was shown (a preview, a page): a colleague's change since is named. */
  loaded?: GroupMember[];
}

export interface MembershipRunOutcome {
  done: { change: GroupMembershipChange; result: GroupChangeResult }[];
  /** `error` kept for Copy details for support. */
  failures: { change: GroupMembershipChange; message: string; error: unknown }[];
  /** Not sent: cancelled, or the session ended. */
  notRun: GroupMembershipChange[];
  sessionEnded: boolean;
}

/** Quick for a supervisor, gentle on the DeepCall API (as the groups' bulk runs). */
export const MEMBERSHIP_CONCURRENCY = 3;

const sessionEnded = (error: unknown) => isApiError(error) && error.isSessionEnded;

export async function runMembershipChanges(
  client: QueryClient,
  ctx: SignedIn,
  changes: readonly GroupMembershipChange[],
  {
    signal,
    onProgress,
    batch,
  }: {
    signal: AbortSignal;
    onProgress?: (settled: number) => void;
    /** Ties the records together (an import); the supervisor confirmed the impact before the run. */
    batch?: ChangeBatch;
  },
): Promise<MembershipRunOutcome> {
  const outcome: MembershipRunOutcome = { done: [], failures: [], notRun: [], sessionEnded: false };
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  signal.addEventListener('abort', onCancel, { once: true });
  if (signal.aborted) stop.abort();
  let settled = 0;
  const results = await runQueue(
    changes,
    MEMBERSHIP_CONCURRENCY,
    (change) =>
      runGroupChange(client, ctx, {
        kind: 'members',
        group: change.group,
        diff: change.diff,
        ...(change.loaded ? { loaded: change.loaded } : {}),
        // The run's confirmation named the groups left with nobody taking calls.
        allowNobody: true,
        ...(batch ? { batch } : {}),
      }),
    {
      signal: stop.signal,
      onSettled: (_change, result) => {
        settled += 1;
        onProgress?.(settled);
        if (result.status === 'rejected' && sessionEnded(result.reason)) {
          outcome.sessionEnded = true;
          stop.abort();
        }
      },
    },
  );
  signal.removeEventListener('abort', onCancel);
  for (const change of changes) {
    const result = results.get(change);
    if (!result || (result.status === 'rejected' && sessionEnded(result.reason))) outcome.notRun.push(change);
    else if (result.status === 'fulfilled') outcome.done.push({ change, result: result.value });
    else outcome.failures.push({ change, message: result.reason instanceof Error ? result.reason.message : 'Unknown error', error: result.reason });
  }
  return outcome;
}

/**
 * Undo several recorded changes (an import, a run): each under the lost-update rule, three at a time.
 * An ended session stops it at once: the records not tried have no result (not done, kept for later).
 */
export async function undoRecords(
  client: QueryClient,
  ctx: SignedIn,
  records: readonly ChangeRecord[],
  { signal, onProgress, batch }: { signal: AbortSignal; onProgress?: (settled: number) => void; batch?: ChangeBatch },
) {
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  signal.addEventListener('abort', onCancel, { once: true });
  if (signal.aborted) stop.abort();
  let settled = 0;
  try {
    return await runQueue(records, MEMBERSHIP_CONCURRENCY, (record) => runGroupChange(client, ctx, { kind: 'undo', record, ...(batch ? { batch } : {}) }), {
      signal: stop.signal,
      onSettled: (_record, result) => {
        onProgress?.(++settled);
        if (result.status === 'rejected' && sessionEnded(result.reason)) stop.abort();
      },
    });
  } finally {
    signal.removeEventListener('abort', onCancel);
  }
}

/**
 * The record a done change left (as Recent changes keeps it), for undoing it later from the run's
 * report: the membership before and as sent, under the record's own id.
 */
/**
 * What a change really did on the server, from the fresh read it was applied to and what was sent:
 * an agent a colleague added meanwhile did not "join" by this change. Undefined when not known.
 */
export function madeByDone({ result }: MembershipRunOutcome['done'][number]): MemberDiff | undefined {
  return result.membersBefore && result.members ? diffOf(result.membersBefore, result.members) : undefined;
}

export function recordOfDone({ change, result }: MembershipRunOutcome['done'][number], batch?: ChangeBatch): ChangeRecord | undefined {
  if (!result.recordId || !result.membersBefore || !result.members) return undefined;
  return {
    id: result.recordId,
    at: Date.now(),
    kind: 'members',
    groupId: change.group.id,
    groupName: result.name,
    membersBefore: slim(result.membersBefore),
    membersAfter: slim(result.members),
    ok: true,
    ...(batch ? { batch } : {}),
  };
}
