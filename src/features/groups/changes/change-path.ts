/**
 * The one change path: every change of a group — row switch, edit-page save, undo,
 * delete, create, and each item of a bulk run — runs through `groupChangeOptions`.
 * So these live here once:
 * - the lost-update guard: just before an update leaves, the group is read as the
 *   server holds it now and compared with what the supervisor was shown;
 * - per-group ordering: changes of one group share a mutation scope and run one after another;
 * - the Recent-changes record, success or not;
 * - "group gone" (1503, or no longer listed): dropped from the cache, list re-read;
 * - session ended: reported through the MutationCache (query-client.ts), like every mutation.
 */
import { MutationObserver, mutationOptions, type QueryClient } from '@tanstack/react-query';
import { addGroup, deleteGroup, readGroupNow, updateGroup, type SavedGroup } from '@/api/groups';
import { getGroupMembership, setGroupMembers } from '@/api/members';
import type { Group, GroupMember } from '@/api/types';
import { isApiError } from '@/api/errors';
import { changeRecords, type ChangeRecord, type GroupState, type NewChange } from '@/features/change-record/change-record';
import { describeState } from '@/features/change-record/describe-change';
import { applyDiff, describeDiffByName, diffOf, sameMembership, type MemberDiff } from '@/features/change-record/membership-diff';
import type { SignedIn } from '@/features/session/signed-in';
import { groupQueries, forgetGroup, GroupGoneAfterError, GroupGoneError, isGroupGone, patchListedGroup, rememberSaved } from '../queries';

export type GroupChange =
  /** A new group. */
  | { kind: 'create'; name: string; signal?: AbortSignal }
  /**
   * Switch a group on or off: the intent is the status, so the server's current name is sent.
   * `serverState`: already read by the caller (a bulk run reads the list once); null means not listed.
   * `optimistic`: the row switch flips in the list at once and flips back on failure.
   */
  | { kind: 'status'; group: Group; active: boolean; optimistic?: boolean; serverState?: GroupState | null; refresh?: boolean }
  /** The edit page's Save: `shown` is what the form was loaded with; a change made elsewhere since stops it. */
  | { kind: 'save'; groupId: string; shown: GroupState; name: string; active: boolean; signal?: AbortSignal }
  /**
   * Members: the supervisor's difference from the membership the page loaded (`loaded`), applied on
   * top of the membership read just before sending, since DeepCall's submit replaces the whole set.
   * Without `loaded` (the target of a move, a copy) there is no earlier view to compare with.
   */
  | {
      kind: 'members';
      group: Group;
      loaded?: GroupMember[];
      diff: MemberDiff;
      signal?: AbortSignal;
      /** The supervisor has agreed that nobody takes the group's calls afterwards. */
      allowNobody?: boolean;
    }
  /** Put a recorded change back, only if the group still holds the state that change left. */
  | { kind: 'undo'; record: ChangeRecord }
  | { kind: 'delete'; group: Group; refresh?: boolean };

export interface GroupChangeResult extends SavedGroup {
  /** The group as the server held it just before the change (status, save and undo). */
  before?: GroupState;
  /** What the supervisor should know beyond "done", e.g. a rename made elsewhere that was kept. */
  note?: string;
  /** A membership change: the members just before, and as sent. */
  membersBefore?: GroupMember[];
  members?: GroupMember[];
}

/** Save stopped: the group changed elsewhere since the form was loaded. Nothing was sent. */
export class ChangedElsewhereError extends Error {
  override name = 'ChangedElsewhereError';
  constructor(
    readonly theirs: GroupState,
    readonly yours: GroupState,
  ) {
    super(`This group was changed elsewhere since you opened it (it is now ${describeState(theirs)}). Nothing was saved.`);
  }
}

/** Undo refused: the group no longer holds the state the change left it in. Nothing was sent. */
class CannotUndoError extends Error {
  override name = 'CannotUndoError';
  constructor(
    expected: GroupState,
    readonly now: GroupState,
  ) {
    super(
      `It was changed again since (it is now ${describeState(now)}, not ${describeState(expected)}); undoing would overwrite that change. Nothing was sent.`,
    );
  }
}

export function isChangedElsewhere(error: unknown): error is ChangedElsewhereError {
  return error instanceof ChangedElsewhereError;
}

function sameState(a: GroupState, b: GroupState): boolean {
  return a.name === b.name && a.active === b.active;
}

/** The id of the group a change is about (none yet for a create). */
function changedGroupId(change: GroupChange): string | undefined {
  switch (change.kind) {
    case 'create':
      return undefined;
    case 'status':
    case 'delete':
    case 'members':
      return change.group.id;
    case 'save':
      return change.groupId;
    case 'undo':
      return change.record.groupId;
  }
}

async function currentState(ctx: SignedIn, groupId: string, signal?: AbortSignal): Promise<GroupState> {
  const now = await readGroupNow(ctx.api, groupId, signal);
  if (!now) throw new GroupGoneError();
  return { name: now.name, active: now.active };
}

/**
 * An update the server took, of a group its read-back no longer finds: the screens treat the group as gone;
 * the record keeps that the change was made (see `record`).
 */
function unlessGoneAfter(saved: SavedGroup, before?: GroupState): SavedGroup {
  if (saved.goneAfter) throw new GroupGoneAfterError(saved, before);
  return saved;
}

async function send(ctx: SignedIn, change: GroupChange): Promise<GroupChangeResult> {
  switch (change.kind) {
    case 'create':
      return addGroup(ctx.api, change.name, change.signal);
    case 'status': {
      const { group, active } = change;
      const now = change.serverState === undefined ? await currentState(ctx, group.id) : change.serverState;
      if (!now) throw new GroupGoneError();
      const saved = unlessGoneAfter(await updateGroup(ctx.api, { groupId: group.id, name: now.name, active }), now);
      const note =
        now.name !== group.name ? `${group.name} was renamed to ${now.name} elsewhere; the new name was kept.` : undefined;
      return { ...saved, before: now, ...(note ? { note } : {}) };
    }
    case 'save': {
      const now = await currentState(ctx, change.groupId, change.signal);
      const yours = { name: change.name.trim(), active: change.active };
      if (!sameState(now, change.shown)) throw new ChangedElsewhereError(now, yours);
      const saved = unlessGoneAfter(await updateGroup(ctx.api, { groupId: change.groupId, ...yours }, change.signal), now);
      return { ...saved, before: now };
    }
    case 'members': {
      const fresh = await getGroupMembership(ctx.api, change.group.id, change.signal);
      const next = applyDiff(fresh.members, change.diff);
      // Checked on the fresh set: a colleague may have switched off the others who took calls meanwhile.
      const taking = (members: GroupMember[]) => members.some((m) => m.receivesCalls);
      if (fresh.group.active && taking(fresh.members) && !taking(next) && !change.allowNobody) throw new NobodyTakesCallsError(fresh.group.name);
      const elsewhere = !change.loaded || sameMembership(fresh.members, change.loaded)
        ? undefined
        : `The members had changed elsewhere since the page was loaded (${describeDiffByName(diffOf(change.loaded, fresh.members))}); your changes were applied on top.`;
      await submitMembers(ctx, change.group.id, next, change.signal);
      return {
        id: change.group.id,
        name: fresh.group.name,
        requestedName: fresh.group.name,
        active: fresh.group.active,
        membersBefore: fresh.members,
        members: next,
        ...(elsewhere ? { note: elsewhere } : {}),
      };
    }
    case 'undo': {
      if (change.record.membersBefore) return undoMembers(ctx, change.record);
      const { groupId, before, after } = change.record;
      if (!groupId || !before || !after) throw new Error('This change cannot be undone.');
      const now = await currentState(ctx, groupId);
      if (!sameState(now, after)) throw new CannotUndoError(after, now);
      const saved = unlessGoneAfter(await updateGroup(ctx.api, { groupId, ...before }), now);
      return { ...saved, before: now };
    }
    case 'delete':
      await deleteGroup(ctx.api, change.group.id);
      return { id: change.group.id, name: change.group.name, requestedName: change.group.name, active: change.group.active };
  }
}

function submitMembers(ctx: SignedIn, groupId: string, members: GroupMember[], signal?: AbortSignal): Promise<void> {
  return setGroupMembers(
    ctx.api,
    { groupId, members: members.map((m) => m.agentId), receiveCalls: members.filter((m) => m.receivesCalls).map((m) => m.agentId) },
    signal,
  );
}

/** Restores the members before a recorded membership change, only while the group still has the members it left. */
async function undoMembers(ctx: SignedIn, record: ChangeRecord): Promise<GroupChangeResult> {
  const { groupId, membersBefore, membersAfter } = record;
  if (!groupId || !membersBefore || !membersAfter) throw new Error('This change cannot be undone.');
  const fresh = await getGroupMembership(ctx.api, groupId);
  if (!sameMembership(fresh.members, membersAfter)) {
    throw new MembersChangedSinceError(describeDiffByName(diffOf(membersAfter, fresh.members)));
  }
  await submitMembers(ctx, groupId, membersBefore);
  return {
    id: groupId,
    name: fresh.group.name,
    requestedName: fresh.group.name,
    active: fresh.group.active,
    membersBefore: fresh.members,
    members: membersBefore,
  };
}

/** A membership change that would leave an active group with nobody taking its calls, not yet agreed. Nothing was sent. */
export class NobodyTakesCallsError extends Error {
  override name = 'NobodyTakesCallsError';
  constructor(groupName: string) {
    super(`After this change nobody would take ${groupName}’s calls. Nothing was sent.`);
  }
}

/** Undo of a membership change refused: the members changed again since. Nothing was sent. */
class MembersChangedSinceError extends Error {
  override name = 'MembersChangedSinceError';
  constructor(since: string) {
    super(`The members changed again since (${since}); undoing would overwrite that change. Nothing was sent.`);
  }
}

/** The state the supervisor was shown, for the record of a change that failed before the server was read. */
function shownBefore(change: GroupChange): GroupState | undefined {
  switch (change.kind) {
    case 'create':
      return undefined;
    case 'status':
    case 'delete':
    case 'members':
      return { name: change.group.name, active: change.group.active };
    case 'save':
      return change.shown;
    case 'undo':
      return change.record.after;
  }
}

function intended(change: GroupChange): GroupState | undefined {
  switch (change.kind) {
    case 'create':
      return { name: change.name.trim(), active: true };
    case 'status':
      return { name: change.group.name, active: change.active };
    case 'save':
      return { name: change.name.trim(), active: change.active };
    case 'undo':
      return change.record.before;
    case 'delete':
    case 'members':
      return undefined;
  }
}

/** Emits the change's one record (Recent changes and the audit log keep it, src/app/change-record-stores.ts). */
function record(account: string, change: GroupChange, outcome: { ok: true; result: GroupChangeResult } | { ok: false; error: Error }) {
  const groupId = outcome.ok ? outcome.result.id : changedGroupId(change);
  const before = outcome.ok ? (outcome.result.before ?? shownBefore(change)) : shownBefore(change);
  const after = outcome.ok ? { name: outcome.result.name, active: outcome.result.active } : intended(change);
  const kind = change.kind === 'status' || change.kind === 'save' ? 'update' : change.kind;
  const note = outcome.ok ? outcome.result.note : undefined;
  // A failed membership change records what it meant to do; a failed undo of one, the way back it tried.
  const undoneMembers = change.kind === 'undo' ? change.record : undefined;
  const membersBefore = outcome.ok
    ? outcome.result.membersBefore
    : change.kind === 'members'
      ? (change.loaded ?? [])
      : undoneMembers?.membersAfter;
  const membersAfter = outcome.ok
    ? outcome.result.members
    : change.kind === 'members'
      ? applyDiff(change.loaded ?? [], change.diff)
      : undoneMembers?.membersBefore;
  const entry: NewChange = {
    kind,
    ...(groupId ? { groupId } : {}),
    groupName: before?.name ?? after?.name ?? '',
    ...(before && (kind !== 'delete' || outcome.ok) ? { before } : {}),
    ...(after && kind !== 'delete' ? { after } : {}),
    ok: outcome.ok,
    ...(outcome.ok ? {} : { error: outcome.error.message }),
    ...(note ? { note } : {}),
    ...(membersBefore && membersAfter ? { membersBefore, membersAfter } : {}),
    ...(change.kind === 'undo' ? { undoes: change.record.id } : {}),
  };
  return changeRecords.emit(account, entry).id;
}

interface ChangeContext {
  /** The list's status before an optimistic flip, to put back on failure. */
  previousActive?: boolean;
}

/** Refresh the list after this change (bulk runs refresh once, at the end). */
function refreshes(change: GroupChange): boolean {
  return !((change.kind === 'status' || change.kind === 'delete') && change.refresh === false);
}

export function groupChangeOptions(client: QueryClient, ctx: SignedIn, groupId: string | undefined) {
  const listKey = groupQueries.list(ctx).queryKey;
  return mutationOptions<GroupChangeResult, Error, GroupChange, ChangeContext>({
    mutationKey: ['group-change', groupId ?? 'new'],
    // One group's changes run one after another, whichever screen started them.
    ...(groupId ? { scope: { id: `group-${groupId}` } } : {}),
    mutationFn: (change) => send(ctx, change),
    onMutate: async (change) => {
      if (change.kind !== 'status' || !change.optimistic) return {};
      await client.cancelQueries({ queryKey: listKey });
      const previousActive =
        client.getQueryData<Group[]>(listKey)?.find((g) => g.id === change.group.id)?.active ?? change.group.active;
      patchListedGroup(client, ctx, change.group.id, { active: change.active });
      return { previousActive };
    },
    onSuccess: (result, change) => {
      record(ctx.account, change, { ok: true, result });
      if (change.kind === 'delete') return forgetGroup(client, ctx, result.id, refreshes(change));
      if (change.kind === 'status' && change.optimistic) {
        // Only the edit page's copy: the list holds the latest optimistic state, which a queued later
        // switch of the same group may already have changed; it is re-read once the last change settles.
        client.setQueryData<Group>(groupQueries.detail(ctx, result.id).queryKey, (old) =>
          old ? { ...old, name: result.name, active: result.active } : old,
        );
      } else if (change.kind !== 'create') {
        rememberSaved(client, ctx, result);
      }
      if (result.members) {
        const members = result.members;
        client.setQueryData(groupQueries.members(ctx, result.id).queryKey, (old) => (old ? { ...old, members } : old));
        patchListedGroup(client, ctx, result.id, { agentCount: members.length });
      }
    },
    onError: (error, change, context) => {
      // Accepted, then deleted: the log says it was done (with what the server read), and that the group went.
      if (error instanceof GroupGoneAfterError) {
        const { goneAfter: _, ...saved } = error.saved as SavedGroup;
        record(ctx.account, change, {
          ok: true,
          result: { ...saved, ...(error.before ? { before: error.before } : {}), note: 'The group was deleted right after, in another tab or by another supervisor.' },
        });
      } else record(ctx.account, change, { ok: false, error });
      const id = changedGroupId(change);
      if (id && isGroupGone(error)) return void forgetGroup(client, ctx, id, refreshes(change), true);
      // The guard read the truth: show it (the heading, the list), while the form keeps what was typed.
      if (id && error instanceof ChangedElsewhereError) rememberSaved(client, ctx, { id, ...error.theirs });
      if (id && error instanceof CannotUndoError) rememberSaved(client, ctx, { id, ...error.now });
      if (change.kind === 'status' && context?.previousActive !== undefined) {
        patchListedGroup(client, ctx, change.group.id, { active: context.previousActive });
      }
      // Stopped waiting: the server may still have made the change, so show what it holds.
      if (isApiError(error) && error.kind === 'aborted') void client.invalidateQueries({ queryKey: groupQueries.all(ctx.account) });
    },
    onSettled: async (result, _error, change) => {
      // After a membership change, read the members back (not after a failure: a group gone would replace the pending edit).
      if (result?.members) await client.invalidateQueries({ queryKey: groupQueries.members(ctx, result.id).queryKey });
      // Re-read after the last change in flight, so quick successive changes end equal to the server.
      if (refreshes(change) && client.isMutating({ mutationKey: ['group-change'] }) === 1) {
        return client.invalidateQueries({ queryKey: listKey });
      }
    },
  });
}

/**
 * Runs one change on the change path without a hook: for the rows' switches (rows hold no hooks,
 * a search keystroke re-renders them all) and for bulk runs. Rejects as the mutation does.
 */
export function runGroupChange(client: QueryClient, ctx: SignedIn, change: GroupChange): Promise<GroupChangeResult> {
  const observer = new MutationObserver(client, groupChangeOptions(client, ctx, changedGroupId(change)));
  // Detached, the finished mutation leaves the cache after gcTime (as with useMutation).
  return observer.mutate(change).finally(() => observer.reset());
}
