/**
 * The groups feature's server state. One home for each fact:
 * - a group's name, status and existence: the account's group list (`groupQueries.list`). A group's
 *   page reads its group from it (`groupQueries.group`, a select), so the list and the page never disagree;
 * - a group's membership: `groupQueries.members`.
 * "The group is gone" is decided here: a group the list no longer holds is gone, and `groupCache.gone`
 * (the only place that drops one) is what a read or a change calls when DeepCall says so.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { listGroups } from '@/api/groups';
import { getGroupMembership, listAgents } from '@/api/members';
import type { Group, GroupMember } from '@/api/types';
import { isApiError } from '@/api/errors';
import type { SignedIn } from '@/features/session/signed-in';
import type { AccountMemberships } from './account-memberships';
import { withGroupMembers } from './memberships-patch';

export const groupQueries = {
  all: (account: string) => ['groups', account] as const,
  list: ({ api, account }: SignedIn) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'list'] as const,
      queryFn: ({ signal }) => listGroups(api, {}, signal),
      // A group's page says itself that its group is gone (a list that answers 1503), with a way back.
      meta: { failureShownByPage: isGroupGone },
    }),
  /** One group, read from the list: null when the list no longer holds it. */
  group: (ctx: SignedIn, id: string) =>
    queryOptions({
      ...groupQueries.list(ctx),
      select: (groups: Group[]) => groups.find((g) => g.id === id) ?? null,
    }),
  members: (ctx: SignedIn, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(ctx.account), 'members', id] as const,
      queryFn: async ({ signal, client }) => {
        try {
          return await getGroupMembership(ctx.api, id, signal);
        } catch (error) {
          // DeepCall says the group is gone: so does every screen showing it. Not re-read at once: the
          // list would name it again while the server still lists it, and a page should not flicker back.
          if (isGroupGone(error)) groupCache(client, ctx).gone(id, { refresh: false });
          throw error;
        }
      },
      meta: { failureShownByPage: isGroupGone },
    }),
  /**
   * Who is in which group, account-wide (account-memberships.ts): a stream while it is read group by
   * group; null until the first part arrives. Changes made here patch it (groupCache.membersHeld).
   */
  memberships: (ctx: SignedIn) =>
    queryOptions({
      queryKey: [...groupQueries.all(ctx.account), 'memberships'] as const,
      // Loaded with the first screen that asks (the Agents view, the import): not part of the groups list's download.
      queryFn: async (context): Promise<AccountMemberships | null> => {
        const { accountMembershipsQueryFn } = await import('./account-memberships');
        return accountMembershipsQueryFn((client) => ({
          agents: () => client.fetchQuery(groupQueries.agents(ctx)),
          groupIds: async () => (await client.fetchQuery(groupQueries.list(ctx))).map((g) => g.id),
          members: async (id) => (await client.fetchQuery(groupQueries.members(ctx, id))).members,
        }))(context);
      },
    }),
  /** The account's agents from Agent/list, when a group's relation reply does not carry them. */
  agents: ({ api, account }: SignedIn) =>
    queryOptions({
      queryKey: [...groupQueries.all(account), 'agents'] as const,
      queryFn: ({ signal }) => listAgents(api, signal),
    }),
};

/** A group as a page shows it: `gone` once the list (as last read) no longer holds it. */
export function useGroup(ctx: SignedIn, id: string) {
  const query = useQuery(groupQueries.group(ctx, id));
  const gone = query.data === null || (query.data === undefined && isGroupGone(query.error));
  return { query, group: query.data ?? undefined, gone };
}

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

/**
 * What a change or a read learned about the server's groups, written to their one home, the list.
 * The change path and the members read are its only callers.
 */
export function groupCache(client: QueryClient, ctx: SignedIn) {
  const listKey = groupQueries.list(ctx).queryKey;
  const patch = (id: string, change: (group: Group) => Group | null) =>
    client.setQueryData<Group[]>(listKey, (groups) =>
      groups?.flatMap((g) => {
        if (g.id !== id) return [g];
        const next = change(g);
        return next ? [next] : [];
      }),
    );
  const membershipsKey = groupQueries.memberships(ctx).queryKey;
  const patchMemberships = (id: string, members: readonly GroupMember[] | null) =>
    client.setQueryData<AccountMemberships | null>(membershipsKey, (held) => (held ? withGroupMembers(held, id, members) : held));
  return {
    listKey,
    /** The server holds this group with these fields now (a save's read-back, the lost-update guard's read). */
    holds: (id: string, fields: Partial<Omit<Group, 'id'>>) => patch(id, (g) => ({ ...g, ...fields })),
    /**
     * DeepCall no longer has the group: every screen showing it learns it from the list. `refresh`
     * re-reads the list now (a bulk run does it once at its end); otherwise the next screen to show it does.
     */
    gone: (id: string, { refresh }: { refresh: boolean }): Promise<void> => {
      patch(id, () => null);
      patchMemberships(id, null);
      return client.invalidateQueries({ queryKey: listKey, refetchType: refresh ? 'active' : 'none' });
    },
    /** The server holds exactly these members in the group now (a membership change as sent). */
    membersHeld: (id: string, members: readonly GroupMember[]) => {
      client.setQueryData(groupQueries.members(ctx, id).queryKey, (old) => (old ? { ...old, members: [...members] } : old));
      patch(id, (g) => ({ ...g, agentCount: members.length }));
      patchMemberships(id, members);
    },
    /** The list's status of a group, for an optimistic switch to put back. */
    statusOf: (id: string): boolean | undefined => client.getQueryData<Group[]>(listKey)?.find((g) => g.id === id)?.active,
    refresh: () => client.invalidateQueries({ queryKey: listKey }),
  };
}
