/** The groups feature's server state: one query factory, and the cache updates every change shares. */
import { queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { findGroup, listGroups } from '@/api/groups';
import { getGroupMembership, listAgents } from '@/api/members';
import type { Group } from '@/api/types';
import { isApiError } from '@/api/errors';
import type { SignedIn } from '@/features/session/signed-in';

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
      // The group's page says it is gone, with a way back: no "Could not refresh" toast as well.
      meta: { failureShownByPage: isGroupGone },
    }),
  members: ({ api, account }: SignedIn, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'members', id] as const,
      queryFn: ({ signal }) => getGroupMembership(api, id, signal),
      meta: { failureShownByPage: isGroupGone },
    }),
  /** The account's agents from Agent/list, when a group's relation reply does not carry them. */
  agents: ({ api, account }: SignedIn) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'agents'] as const,
      queryFn: ({ signal }) => listAgents(api, signal),
    }),
};

export class GroupGoneError extends Error {
  override name = 'GroupGoneError';
  constructor() {
    super('This group no longer exists. It may have been deleted in another tab or by another supervisor.');
  }
}

/** DeepCall took the change, but reading it back found the group deleted (by a colleague, just after). */
export class GroupGoneAfterError extends GroupGoneError {
  override name = 'GroupGoneAfterError';
  constructor(
    /** What the server accepted, and the group as it was just before. */
    readonly saved: { id: string; name: string; requestedName: string; active: boolean },
    readonly before: { name: string; active: boolean } | undefined,
  ) {
    super();
    this.message = 'DeepCall saved this change, but the group was deleted right after, in another tab or by another supervisor.';
  }
}

export function isGroupGone(error: unknown): boolean {
  return error instanceof GroupGoneError || (isApiError(error) && error.isGroupNotFound);
}

export function patchListedGroup(client: QueryClient, ctx: SignedIn, id: string, patch: Partial<Group> | null) {
  client.setQueryData<Group[]>(groupQueries.list(ctx).queryKey, (groups) =>
    groups === undefined
      ? groups
      : patch === null
        ? groups.filter((g) => g.id !== id)
        : groups.map((g) => (g.id === id ? { ...g, ...patch } : g)),
  );
}

/** What the server stored after an update, into the edit page's and the list's cache. */
export function rememberSaved(client: QueryClient, ctx: SignedIn, saved: { id: string; name: string; active: boolean }) {
  const group = { id: saved.id, name: saved.name, active: saved.active };
  client.setQueryData<Group>(groupQueries.detail(ctx, saved.id).queryKey, (old) => ({ ...old, ...group }));
  patchListedGroup(client, ctx, saved.id, group);
}

/**
 * The group vanished on the server: drop it locally and (unless a bulk run does it at its end) fetch the truth.
 * `shown`: found gone by a change (Recent changes, a row, the page's own save): a page still showing the group
 * is told it is gone (removing its copy left that page showing the group as if it existed).
 */
export async function forgetGroup(client: QueryClient, ctx: SignedIn, id: string, refresh = true, shown = false): Promise<void> {
  patchListedGroup(client, ctx, id, null);
  const detailKey = groupQueries.detail(ctx, id).queryKey;
  const query = client.getQueryCache().find<Group, Error>({ queryKey: detailKey, exact: true });
  if (shown && query && query.getObserversCount() > 0) {
    // The page learns it as from a re-read of its own (which would only confirm it, and toast "Could not refresh").
    query.setState({ status: 'error', error: new GroupGoneError(), errorUpdatedAt: Date.now(), fetchStatus: 'idle' });
  } else client.removeQueries({ queryKey: detailKey });
  if (refresh) await client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey });
}

/**
 * A read of a group's own page (its details or members) found it deleted: the list stops showing it and is
 * read again, and the page's form learns it is gone. Without this, going back showed the deleted group as if it existed
 * (found by the random walk, seed 2, in CI).
 */
export function useListForgetsWhenGone(ctx: SignedIn, id: string, error: unknown): void {
  const client = useQueryClient();
  const gone = isGroupGone(error);
  useEffect(() => {
    // Also tells the page's details (when only the members read found it gone, the form would stay live).
    if (gone) void forgetGroup(client, ctx, id, true, true);
  }, [client, ctx, id, gone]);
}

/**
 * The list may have been read after a group's own copy (e.g. a colleague's rename, seen on the list just
 * before opening the group): bring that copy up to the list's version, or have it read again when the
 * newer list no longer holds the group. Nothing when the group's own copy is the newer one.
 */
export function catchUpWithList(client: QueryClient, ctx: SignedIn, id: string): void {
  const listKey = groupQueries.list(ctx).queryKey;
  const detailKey = groupQueries.detail(ctx, id).queryKey;
  const list = client.getQueryState<Group[]>(listKey);
  const detail = client.getQueryState<Group>(detailKey);
  if (!list?.data || !detail?.data || list.dataUpdatedAt <= detail.dataUpdatedAt) return;
  const listed = list.data.find((g) => g.id === id);
  if (!listed) {
    void client.invalidateQueries({ queryKey: detailKey });
    return;
  }
  if (listed.name === detail.data.name && listed.active === detail.data.active) return;
  client.setQueryData<Group>(detailKey, (old) => (old ? { ...old, name: listed.name, active: listed.active } : old), {
    updatedAt: list.dataUpdatedAt,
  });
}
