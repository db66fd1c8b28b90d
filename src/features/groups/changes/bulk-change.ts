/**
 * A bulk run: the same change path as a single change (change-path.ts), item by item,
 * a few at a time. Status changes read the list once before starting, so each group
 * keeps the name it has on the server now. An ended session stops the run at once.
 */
import type { QueryClient } from '@tanstack/react-query';
import { listGroups } from '@/api/groups';
import type { Group } from '@/api/types';
import { isApiError } from '@/api/errors';
import type { SignedIn } from '@/features/session/signed-in';
import { runQueue } from '@/lib/run-queue';
import { runGroupChange } from './change-path';
import { groupQueries } from '../queries';
import type { ChangeNote, GroupState } from '@/features/change-record/change-record';
import { englishChanges } from '@/features/change-record/changes-text';

export type BulkAction = 'activate' | 'deactivate' | 'delete';

/** A small fixed concurrency: quick for a supervisor, gentle on the DeepCall API. */
const BULK_CONCURRENCY = 3;

export interface BulkOutcome {
  succeeded: number;
  /**
   * `message` in English; `error` is kept for Copy details for support when a reply could not be read,
   * and says the reason in the language on screen (useChangeErrorText). `statesUnread`: nothing was
   * sent because the groups' current state could not be read (changes' `errors.statesUnread`).
   */
  failures: { group: Group; message: string; error?: unknown; statesUnread?: boolean }[];
  /** Not sent (cancelled, or the session ended), or refused because the session had ended. */
  notRun: Group[];
  /** Renames made elsewhere that were kept, in English; `noteFacts` the same, to say in the language on screen (describeNote). */
  notes: string[];
  noteFacts: ChangeNote[];
  sessionEnded: boolean;
}

function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.isSessionEnded;
}

/** Every group's state on the server now, in one `list` request, through the query cache (so an ended session is noticed). */
function readStatesNow(client: QueryClient, ctx: SignedIn): Promise<Map<string, GroupState>> {
  return client.fetchQuery({
    queryKey: [...groupQueries.all(ctx.account), 'states-now'],
    queryFn: async ({ signal }) =>
      new Map((await listGroups(ctx.api, { quick: true }, signal)).map((g) => [g.id, { name: g.name, active: g.active }])),
    staleTime: 0,
    gcTime: 0,
  });
}

export async function runBulkChange(
  client: QueryClient,
  ctx: SignedIn,
  action: BulkAction,
  groups: Group[],
  { signal, onProgress }: { signal: AbortSignal; onProgress: (done: number) => void },
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { succeeded: 0, failures: [], notRun: [], notes: [], noteFacts: [], sessionEnded: false };
  let states: Map<string, GroupState> | undefined;
  if (action !== 'delete') {
    try {
      states = await readStatesNow(client, ctx);
    } catch (error) {
      // Nothing was sent: every group is still to do.
      outcome.sessionEnded = isSessionEnded(error);
      if (outcome.sessionEnded) outcome.notRun = groups;
      else {
        const message = englishChanges()('errors.statesUnread', { reason: (error as Error).message });
        outcome.failures = groups.map((group) => ({ group, message, error, statesUnread: true }));
      }
      return outcome;
    }
  }
  // Stops starting new items on Cancel, and at once when the session ends.
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  signal.addEventListener('abort', onCancel, { once: true });
  if (signal.aborted) stop.abort();
  let done = 0;
  const results = await runQueue(
    groups,
    BULK_CONCURRENCY,
    (group) =>
      runGroupChange(
        client,
        ctx,
        action === 'delete'
          ? { kind: 'delete', group, refresh: false }
          : { kind: 'status', group, active: action === 'activate', serverState: states?.get(group.id) ?? null, refresh: false },
      ),
    {
      signal: stop.signal,
      onSettled: (_group, result) => {
        done += 1;
        onProgress(done);
        if (result.status === 'rejected' && isSessionEnded(result.reason)) {
          outcome.sessionEnded = true;
          stop.abort();
        }
      },
    },
  );
  signal.removeEventListener('abort', onCancel);
  for (const group of groups) {
    const result = results.get(group);
    if (!result) outcome.notRun.push(group);
    else if (result.status === 'fulfilled') {
      outcome.succeeded += 1;
      if (result.value.note) outcome.notes.push(result.value.note);
      if (result.value.noteFacts) outcome.noteFacts.push(result.value.noteFacts);
    } else if (isSessionEnded(result.reason)) outcome.notRun.push(group);
    else outcome.failures.push({ group, message: result.reason instanceof Error ? result.reason.message : englishChanges()('errors.unknown'), error: result.reason });
  }
  return outcome;
}
