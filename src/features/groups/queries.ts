/** The groups feature's server state: one query factory and the mutations over it. */
import { notifications } from '@mantine/notifications';
import { MutationObserver, mutationOptions, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { addGroup, deleteGroup, findGroup, getGroupMembers, listGroups, updateGroup } from '@/api/groups';
import type { Group } from '@/api/schemas';
import { ErrorCode, isApiError } from '@/api/transport';
import { useSignedIn, type SignedIn } from '@/features/session/signed-in';
import { recentChanges, type ChangeRecord, type GroupState } from './recent-changes';

/** What the console last knew of a group: the state a change is undone back to. */
function knownState(client: QueryClient, ctx: SignedIn, id: string): GroupState | undefined {
  const group =
    client.getQueryData<Group>(groupQueries.detail(ctx, id).queryKey) ??
    client.getQueryData<Group[]>(groupQueries.list(ctx).queryKey)?.find((g) => g.id === id);
  return group ? { name: group.name, active: group.active } : undefined;
}

/** A rename or status change into Recent changes (also used by bulk changes). */
export function recordUpdate(
  account: string,
  groupId: string,
  before: GroupState | undefined,
  outcome: { ok: boolean; after: GroupState; error?: string },
  kind: 'update' | 'undo' = 'update',
): string {
  return recentChanges.record(account, {
    kind,
    groupId,
    groupName: before?.name ?? outcome.after.name,
    ...(before ? { before: { name: before.name, active: before.active } } : {}),
    after: { name: outcome.after.name, active: outcome.after.active },
    ok: outcome.ok,
    ...(outcome.error ? { error: outcome.error } : {}),
  });
}

/** A deletion into Recent changes; what it deleted is kept for the record, never for an undo. */
export function recordDelete(account: string, group: Group, outcome: { ok: true } | { ok: false; error: string }): void {
  recentChanges.record(account, {
    kind: 'delete',
    groupId: group.id,
    groupName: group.name,
    ...(outcome.ok ? { before: { name: group.name, active: group.active }, ok: true } : { ok: false, error: outcome.error }),
  });
}

/** What the server stored after an update, into the edit page's and the list's cache. */
function rememberSaved(client: QueryClient, ctx: SignedIn, saved: { id: string; name: string; active: boolean }) {
  const group = { id: saved.id, name: saved.name, active: saved.active };
  client.setQueryData<Group>(groupQueries.detail(ctx, saved.id).queryKey, (old) => ({ ...old, ...group }));
  patchListedGroup(client, ctx, saved.id, group);
}

/** Puts a group back to the name and status it had before a recorded change. */
export function useUndoChange() {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (record: ChangeRecord) => {
      if (!record.groupId || !record.before) throw new Error('This change cannot be undone.');
      return updateGroup(ctx.api, { groupId: record.groupId, ...record.before });
    },
    onSuccess: async (saved, record) => {
      recentChanges.markUndone(ctx.account, record.id);
      recordUpdate(ctx.account, saved.id, record.after, { ok: true, after: saved }, 'undo');
      rememberSaved(client, ctx, saved);
      await client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey });
    },
    onError: (error, record) => {
      if (record.groupId && record.before) {
        recordUpdate(ctx.account, record.groupId, record.after, { ok: false, after: record.before, error: error.message }, 'undo');
      }
      if (isGroupGone(error) && record.groupId) void forgetGroup(client, ctx, record.groupId);
    },
  });
}

export const groupQueries = {
  all: (account: string) => ['groups', account] as const,
  list: ({ api, account }: SignedIn) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'list'] as const,
      queryFn: ({ signal }) => listGroups(api, {}, signal),
    }),
  detail: ({ api, account }: SignedIn, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'detail', id] as const,
      queryFn: async ({ signal }) => {
        const group = await findGroup(api, id, signal);
        // An id the server does not list is the same answer as DeepCall's 1503.
        if (!group) throw new GroupGoneError();
        return group;
      },
    }),
  members: ({ api, account }: SignedIn, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'members', id] as const,
      queryFn: ({ signal }) => getGroupMembers(api, id, signal),
    }),
};

export class GroupGoneError extends Error {
  override name = 'GroupGoneError';
  constructor() {
    super('This group no longer exists. It may have been deleted in another tab or by another supervisor.');
  }
}

export function isGroupGone(error: unknown): boolean {
  return error instanceof GroupGoneError || (isApiError(error) && error.code === ErrorCode.GroupNotFound);
}

function patchListedGroup(client: QueryClient, ctx: SignedIn, id: string, patch: Partial<Group> | null) {
  client.setQueryData<Group[]>(groupQueries.list(ctx).queryKey, (groups) =>
    groups === undefined
      ? groups
      : patch === null
        ? groups.filter((g) => g.id !== id)
        : groups.map((g) => (g.id === id ? { ...g, ...patch } : g)),
  );
}

/** The group vanished on the server: drop it locally and fetch the truth. */
function forgetGroup(client: QueryClient, ctx: SignedIn, id: string) {
  patchListedGroup(client, ctx, id, null);
  client.removeQueries({ queryKey: groupQueries.detail(ctx, id).queryKey });
  return client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey });
}

export function useCreateGroup() {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, signal }: { name: string; signal?: AbortSignal }) => addGroup(ctx.api, name, signal),
    onError: (error, { name }) => {
      recentChanges.record(ctx.account, { kind: 'create', groupName: name.trim(), ok: false, error: error.message });
      // Stopped waiting: the server may still have created it, so show what it holds.
      if (isApiError(error) && error.kind === 'aborted') void client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey });
    },
    onSuccess: async (saved) => {
      recentChanges.record(ctx.account, {
        kind: 'create',
        groupId: saved.id,
        groupName: saved.name,
        after: { name: saved.name, active: saved.active },
        ok: true,
      });
      await client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey });
    },
  });
}

/** Rename and/or change status from the edit page; both always travel together. */
export function useSaveGroup(id: string) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['save-group', id],
    scope: { id: `group-${id}` },
    mutationFn: ({ signal, ...change }: { name: string; active: boolean; signal?: AbortSignal }) =>
      updateGroup(ctx.api, { groupId: id, ...change }, signal),
    onMutate: () => ({ before: knownState(client, ctx, id) }),
    onSuccess: async (saved, _change, context) => {
      recordUpdate(ctx.account, id, context?.before, { ok: true, after: saved });
      rememberSaved(client, ctx, saved);
      await client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey });
    },
    onError: (error, change, context) => {
      recordUpdate(ctx.account, id, context?.before, { ok: false, after: change, error: error.message });
      if (isGroupGone(error)) void forgetGroup(client, ctx, id);
      if (isApiError(error) && error.kind === 'aborted') void client.invalidateQueries({ queryKey: groupQueries.all(ctx.account) });
    },
  });
}

/**
 * The status switch: flips at once, rolls back if the server refuses. Changes
 * to one group run one after another (mutation scope), and the list is
 * refetched only after the last one, so rapid toggles end equal to the server.
 */
function toggleOptions(client: QueryClient, ctx: SignedIn, groupId: string) {
  const listKey = groupQueries.list(ctx).queryKey;
  return mutationOptions({
    mutationKey: ['toggle-group', groupId],
    scope: { id: `group-${groupId}` },
    mutationFn: ({ group, active }: { group: Group; active: boolean }) => {
      // The name sent is the one current when the request leaves, so a queued toggle never undoes a rename.
      const current = client.getQueryData<Group[]>(listKey)?.find((g) => g.id === group.id);
      return updateGroup(ctx.api, { groupId: group.id, name: current?.name ?? group.name, active });
    },
    onMutate: async ({ group, active }) => {
      await client.cancelQueries({ queryKey: listKey });
      const previous = client.getQueryData<Group[]>(listKey)?.find((g) => g.id === group.id)?.active ?? group.active;
      patchListedGroup(client, ctx, group.id, { active });
      return { previous };
    },
    onError: (error, { group, active }, context) => {
      const before = { name: group.name, active: context?.previous ?? group.active };
      recordUpdate(ctx.account, group.id, before, { ok: false, after: { name: group.name, active }, error: error.message });
      if (isGroupGone(error)) {
        notifications.show({ color: 'red', title: `${group.name} no longer exists`, message: 'It was deleted elsewhere. The list has been refreshed.' });
        void forgetGroup(client, ctx, group.id);
        return;
      }
      if (context) patchListedGroup(client, ctx, group.id, { active: context.previous });
      if (!(isApiError(error) && error.isSessionEnded)) {
        notifications.show({
          color: 'red',
          title: `${group.name} was not ${context?.previous ? 'deactivated' : 'activated'}`,
          message: error.message,
        });
      }
    },
    onSuccess: (saved, { group }, context) => {
      recordUpdate(ctx.account, group.id, { name: group.name, active: context?.previous ?? group.active }, { ok: true, after: saved });
      // Only the edit page's copy: the list holds the latest optimistic state, which a queued later
      // toggle may already have changed; it is re-read after the last toggle settles.
      client.setQueryData<Group>(groupQueries.detail(ctx, group.id).queryKey, (old) =>
        old ? { ...old, name: saved.name, active: saved.active } : old,
      );
    },
    onSettled: () => {
      if (client.isMutating({ mutationKey: ['toggle-group'] }) === 1) {
        return client.invalidateQueries({ queryKey: listKey });
      }
    },
  });
}

/**
 * One function for every row's switch. Rows hold no mutation hook of their own
 * (a search keystroke re-renders them all): each click starts its mutation through
 * a one-off observer, in the group's scope, as useMutation would.
 */
export function useToggleGroup(): (group: Group, active: boolean) => void {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useCallback(
    (group, active) => {
      const observer = new MutationObserver(client, toggleOptions(client, ctx, group.id));
      observer
        .mutate({ group, active })
        // Failures are handled in onError; the returned promise's rejection is not a second report.
        .catch(() => undefined)
        // Detached, the finished mutation leaves the cache after gcTime (as with useMutation).
        .finally(() => observer.reset());
    },
    [client, ctx],
  );
}

export function useDeleteGroup() {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (group: Group) => deleteGroup(ctx.api, group.id),
    onSuccess: (_, group) => {
      recordDelete(ctx.account, group, { ok: true });
      return forgetGroup(client, ctx, group.id);
    },
    onError: (error, group) => {
      recordDelete(ctx.account, group, { ok: false, error: error.message });
      if (isGroupGone(error)) void forgetGroup(client, ctx, group.id);
    },
  });
}
