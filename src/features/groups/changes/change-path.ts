/**
 * The one change path: every change of a group — row switch, edit-page save, undo,
 * delete, create, and each item of a bulk run — runs through `groupChangeOptions`.
 * So these live here once:
 * - the lost-update guard: just before an update leaves, the group is read as the
 *   server holds it now and compared with what the supervisor was shown;
 * - per-group ordering: changes of one group share a mutation scope and run one after another;
 * - the Recent-changes record, success or not;
 * - "group gone" (1503, or no longer listed): told to the list, the one home of the groups (queries.ts);
 * - session ended: reported through the MutationCache (query-client.ts), like every mutation.
 */
import { MutationObserver, mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { SavedGroup } from '@/api/groups';
import { isApiError } from '@/api/errors';
import { changeRecords, type NewChange } from '@/features/change-record/change-record';
import type { SignedIn } from '@/features/session/signed-in';
import { groupCache, groupQueries, GroupGoneAfterError, isGroupGone } from '../queries';
import { CannotUndoError, ChangedElsewhereError, failureOf, StatusNotHeldError } from './change-errors';
import { kindOf, noted, type GroupChange, type GroupChangeResult } from './change-kinds';

/** Emits the change's one record (Recent changes and the audit log keep it, src/app/change-record-stores.ts). */
function record(account: string, change: GroupChange, outcome: { ok: true; result: GroupChangeResult } | { ok: false; error: Error }) {
  const kind = kindOf(change);
  const groupId = outcome.ok ? outcome.result.id : kind.groupId(change);
  const before = outcome.ok ? (outcome.result.before ?? kind.shown(change)) : kind.shown(change);
  const after = outcome.ok ? { name: outcome.result.name, active: outcome.result.active } : kind.intended(change);
  const recordKind = change.kind === 'status' || change.kind === 'save' ? 'update' : change.kind;
  const note = outcome.ok ? outcome.result.note : undefined;
  const noteFacts = outcome.ok ? outcome.result.noteFacts : undefined;
  const errorFacts = outcome.ok ? undefined : failureOf(outcome.error);
  // A failed membership change records what it meant to do; a failed undo of one, the way back it tried.
  const tried = outcome.ok ? undefined : kind.intendedMembers?.(change);
  const membersBefore = outcome.ok ? outcome.result.membersBefore : tried?.before;
  const membersAfter = outcome.ok ? outcome.result.members : tried?.after;
  const entry: NewChange = {
    kind: recordKind,
    ...(groupId ? { groupId } : {}),
    groupName: before?.name ?? after?.name ?? '',
    ...(before && (recordKind !== 'delete' || outcome.ok) ? { before } : {}),
    ...(after && recordKind !== 'delete' ? { after } : {}),
    ok: outcome.ok,
    ...(outcome.ok ? {} : { error: outcome.error.message }),
    ...(errorFacts ? { errorFacts } : {}),
    ...(note ? { note } : {}),
    ...(noteFacts ? { noteFacts } : {}),
    ...(membersBefore && membersAfter ? { membersBefore, membersAfter } : {}),
    ...(change.kind === 'undo' ? { undoes: change.record.id } : {}),
    ...((change.kind === 'members' || change.kind === 'undo') && change.batch ? { batch: change.batch } : {}),
  };
  return changeRecords.emit(account, entry).id;
}

interface ChangeContext {
  /** The list's status before an optimistic flip, to put back on failure. */
  previousActive?: boolean;
}

export function groupChangeOptions(client: QueryClient, ctx: SignedIn, groupId: string | undefined) {
  const cache = groupCache(client, ctx);
  return mutationOptions<GroupChangeResult, Error, GroupChange, ChangeContext>({
    mutationKey: ['group-change', groupId ?? 'new'],
    // One group's changes run one after another, whichever screen started them.
    ...(groupId ? { scope: { id: `group-${groupId}` } } : {}),
    mutationFn: (change) => kindOf(change).send(ctx, change),
    onMutate: async (change) => {
      if (change.kind !== 'status' || !change.optimistic) return {};
      await client.cancelQueries({ queryKey: cache.listKey });
      const previousActive = cache.statusOf(change.group.id) ?? change.group.active;
      cache.holds(change.group.id, { active: change.active });
      return { previousActive };
    },
    onSuccess: (result, change) => {
      // The caller gets the record's id with the result (an import undoes its records by id).
      result.recordId = record(ctx.account, change, { ok: true, result });
      const refresh = kindOf(change).refreshes(change);
      if (change.kind === 'delete') return cache.gone(result.id, { refresh });
      // An optimistic switch leaves the list as it is: a queued later switch of the same group may already
      // have changed it; it is re-read once the last change settles.
      if (change.kind !== 'create' && !(change.kind === 'status' && change.optimistic)) {
        cache.holds(result.id, { name: result.name, active: result.active });
      }
      if (result.members) cache.membersHeld(result.id, result.members);
    },
    onError: (error, change, context) => {
      // Accepted, then deleted: the log says it was done (with what the server read), and that the group went.
      if (error instanceof GroupGoneAfterError) {
        const { goneAfter: _, ...saved } = error.saved as SavedGroup;
        record(ctx.account, change, { ok: true, result: { ...saved, ...(error.before ? { before: error.before } : {}), ...noted({ kind: 'goneAfter' }) } });
      } else record(ctx.account, change, { ok: false, error });
      const id = kindOf(change).groupId(change);
      if (id && isGroupGone(error)) return void cache.gone(id, { refresh: kindOf(change).refreshes(change) });
      // The guard read the truth: show it (the heading, the list), while the form keeps what was typed.
      if (id && error instanceof ChangedElsewhereError) cache.holds(id, error.theirs);
      if (id && error instanceof CannotUndoError) cache.holds(id, error.now);
      if (id && error instanceof StatusNotHeldError) cache.holds(id, error.held);
      if (change.kind === 'status' && context?.previousActive !== undefined) {
        cache.holds(change.group.id, { active: context.previousActive });
      }
      // Stopped waiting: the server may still have made the change, so show what it holds.
      if (isApiError(error) && error.kind === 'aborted') void client.invalidateQueries({ queryKey: groupQueries.all(ctx.account) });
    },
    onSettled: async (result, _error, change) => {
      // After a membership change, read the members back (not after a failure: a group gone would replace the pending edit).
      if (result?.members) await client.invalidateQueries({ queryKey: groupQueries.members(ctx, result.id).queryKey });
      // Re-read after the last change in flight, so quick successive changes end equal to the server.
      if (kindOf(change).refreshes(change) && client.isMutating({ mutationKey: ['group-change'] }) === 1) {
        return cache.refresh();
      }
    },
  });
}

/**
 * Runs one change on the change path without a hook: for the rows' switches (rows hold no hooks,
 * a search keystroke re-renders them all) and for bulk runs. Rejects as the mutation does.
 */
export function runGroupChange(client: QueryClient, ctx: SignedIn, change: GroupChange): Promise<GroupChangeResult> {
  const observer = new MutationObserver(client, groupChangeOptions(client, ctx, kindOf(change).groupId(change)));
  // Detached, the finished mutation leaves the cache after gcTime (as with useMutation).
  return observer.mutate(change).finally(() => observer.reset());
}
