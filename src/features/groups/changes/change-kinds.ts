/**
 * Each kind of change described once: which group it is about, what the supervisor was shown, what
 * it means to leave the group as, and how it is sent (with the lost-update guard that kind needs).
 */
import { addGroup, deleteGroup, readGroupNow, updateGroup, type SavedGroup } from '@/api/groups';
import { getGroupMembership, setGroupMembers } from '@/api/members';
import type { Group, GroupMember } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import { applyDiff, diffOf, sameMembership, type MemberDiff } from '@/features/change-record/membership-diff';
import { describeNote } from '@/features/change-record/describe-change';
import { GroupGoneAfterError, GroupGoneError } from '../queries';
import { CannotBeUndoneError, CannotUndoError, ChangedElsewhereError, MembersChangedSinceError, NobodyTakesCallsError, StatusNotHeldError } from './change-errors';
import type { ChangeBatch, ChangeNote, ChangeRecord, GroupState } from '@/features/change-record/change-record';

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
      batch?: ChangeBatch;
    }
  /** Put a recorded change back, only if the group still holds the state that change left. */
  | { kind: 'undo'; record: ChangeRecord; batch?: ChangeBatch }
  | { kind: 'delete'; group: Group; refresh?: boolean };

export interface GroupChangeResult extends SavedGroup {
  /** The group as the server held it just before the change (status, save and undo). */
  before?: GroupState;
  /** What the supervisor should know beyond "done", e.g. a rename made elsewhere that was kept (in English). */
  note?: string;
  /** The same note as facts: `describeNote(noteFacts, t)` says it in the language on screen. */
  noteFacts?: ChangeNote;
  /** A membership change: the members just before, and as sent. */
  membersBefore?: GroupMember[];
  members?: GroupMember[];
  /** The id of the change's record (Recent changes, the audit log), set once it is recorded. */
  recordId?: string;
}

interface Kind<C extends GroupChange> {
  /** The group it is about (none yet for a create). */
  groupId: (change: C) => string | undefined;
  /** The state the supervisor was shown, for the record of a change that failed before the server was read. */
  shown: (change: C) => GroupState | undefined;
  /** What the change means to leave the group as (a failed change records it). */
  intended: (change: C) => GroupState | undefined;
  /** The members a failed change meant to go from and to. */
  intendedMembers?: (change: C) => { before: GroupMember[]; after: GroupMember[] } | undefined;
  /** Re-read the list after it (bulk runs do it once, at their end). */
  refreshes: (change: C) => boolean;
  send: (ctx: SignedIn, change: C) => Promise<GroupChangeResult>;
}

type Kinds = { [K in GroupChange['kind']]: Kind<Extract<GroupChange, { kind: K }>> };

const stateOf = (group: Group): GroupState => ({ name: group.name, active: group.active });
const always = () => true;

const kinds: Kinds = {
  create: {
    groupId: () => undefined,
    shown: () => undefined,
    intended: (c) => ({ name: c.name.trim(), active: true }),
    refreshes: always,
    send: (ctx, c) => addGroup(ctx.api, c.name, c.signal),
  },
  status: {
    groupId: (c) => c.group.id,
    shown: (c) => stateOf(c.group),
    intended: (c) => ({ name: c.group.name, active: c.active }),
    refreshes: (c) => c.refresh !== false,
    send: async (ctx, { group, active, serverState }) => {
      const now = serverState === undefined ? await currentState(ctx, group.id) : serverState;
      if (!now) throw new GroupGoneError();
      const saved = held(await updateGroup(ctx.api, { groupId: group.id, name: now.name, active }), now, active);
      const note: ChangeNote | undefined = now.name !== group.name ? { kind: 'renamedElsewhere', from: group.name, to: now.name } : undefined;
      return { ...saved, before: now, ...noted(note) };
    },
  },
  save: {
    groupId: (c) => c.groupId,
    shown: (c) => c.shown,
    intended: (c) => ({ name: c.name.trim(), active: c.active }),
    refreshes: always,
    send: async (ctx, c) => {
      const now = await currentState(ctx, c.groupId, c.signal);
      const yours = { name: c.name.trim(), active: c.active };
      if (!sameState(now, c.shown)) throw new ChangedElsewhereError(now, yours);
      const saved = held(await updateGroup(ctx.api, { groupId: c.groupId, ...yours }, c.signal), now, yours.active);
      return { ...saved, before: now };
    },
  },
  members: {
    groupId: (c) => c.group.id,
    shown: (c) => stateOf(c.group),
    intended: () => undefined,
    intendedMembers: (c) => ({ before: c.loaded ?? [], after: applyDiff(c.loaded ?? [], c.diff) }),
    refreshes: always,
    send: async (ctx, c) => {
      const fresh = await getGroupMembership(ctx.api, c.group.id, c.signal);
      const next = applyDiff(fresh.members, c.diff);
      // Checked on the fresh set: a colleague may have switched off the others who took calls meanwhile.
      const taking = (members: GroupMember[]) => members.some((m) => m.receivesCalls);
      if (fresh.group.active && taking(fresh.members) && !taking(next) && !c.allowNobody) throw new NobodyTakesCallsError(fresh.group.name);
      const elsewhere: ChangeNote | undefined =
        !c.loaded || sameMembership(fresh.members, c.loaded) ? undefined : { kind: 'membersChangedElsewhere', diff: diffOf(c.loaded, fresh.members) };
      await submitMembers(ctx, c.group.id, next, c.signal);
      return { ...savedAs(c.group.id, fresh.group), membersBefore: fresh.members, members: next, ...noted(elsewhere) };
    },
  },
  undo: {
    groupId: (c) => c.record.groupId,
    shown: (c) => c.record.after,
    intended: (c) => c.record.before,
    // A failed undo of a membership change records the way back it tried.
    intendedMembers: ({ record }) =>
      record.membersBefore && record.membersAfter ? { before: record.membersAfter, after: record.membersBefore } : undefined,
    refreshes: always,
    send: async (ctx, { record }) => {
      if (record.membersBefore) return undoMembers(ctx, record);
      const { groupId, before, after } = record;
      if (!groupId || !before || !after) throw new CannotBeUndoneError();
      const now = await currentState(ctx, groupId);
      if (!sameState(now, after)) throw new CannotUndoError(after, now);
      const saved = held(await updateGroup(ctx.api, { groupId, ...before }), now, before.active);
      return { ...saved, before: now };
    },
  },
  delete: {
    groupId: (c) => c.group.id,
    shown: (c) => stateOf(c.group),
    intended: () => undefined,
    refreshes: (c) => c.refresh !== false,
    send: async (ctx, { group }) => {
      await deleteGroup(ctx.api, group.id);
      return savedAs(group.id, group);
    },
  },
};

/** The description of this change's kind. */
export function kindOf<C extends GroupChange>(change: C): Kind<C> {
  return kinds[change.kind] as unknown as Kind<C>;
}

/** A result's note: its facts, and the same in English for callers that show `note`. */
export function noted(note: ChangeNote | undefined): Pick<GroupChangeResult, 'note' | 'noteFacts'> {
  return note ? { note: describeNote(note), noteFacts: note } : {};
}

function sameState(a: GroupState, b: GroupState): boolean {
  return a.name === b.name && a.active === b.active;
}

function savedAs(id: string, group: { name: string; active: boolean }): SavedGroup {
  return { id, name: group.name, requestedName: group.name, active: group.active };
}

async function currentState(ctx: SignedIn, groupId: string, signal?: AbortSignal): Promise<GroupState> {
  const now = await readGroupNow(ctx.api, groupId, signal);
  if (!now) throw new GroupGoneError();
  return stateOf(now);
}

/**
 * What an update left, as its read-back shows: a group it no longer finds is gone (the screens treat it so; the
 * record keeps that the change was made), and a status other than the one sent did not hold.
 */
function held(saved: SavedGroup, before: GroupState, active: boolean): SavedGroup {
  if (saved.goneAfter) throw new GroupGoneAfterError(saved, before);
  // The read-back is the truth: a status it does not show was not changed, whatever the answer said.
  if (saved.active !== active) throw new StatusNotHeldError({ name: saved.name, active: saved.active });
  return saved;
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
  if (!groupId || !membersBefore || !membersAfter) throw new CannotBeUndoneError();
  const fresh = await getGroupMembership(ctx.api, groupId);
  if (!sameMembership(fresh.members, membersAfter)) {
    throw new MembersChangedSinceError(diffOf(membersAfter, fresh.members));
  }
  await submitMembers(ctx, groupId, membersBefore);
  return { ...savedAs(groupId, fresh.group), membersBefore: fresh.members, members: membersBefore };
}
