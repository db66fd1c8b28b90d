/** Who is in which group, account-wide: from Agent/list's groups, or else group by group, as the server holds it. */
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, test } from 'vitest';
import { mockStore, TEST_API_BASE } from '../../../mocks/node';
import { recordRequests, countOf } from '@/test/render';
import type { SignedIn } from '@/features/session/signed-in';
import { groupCache, groupQueries } from './queries';
import type { AccountMemberships } from './account-memberships';

const ctx: SignedIn = { api: { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' } }, account: 'demo' };

function demo() {
  return mockStore.account('demo')!;
}

/** The server's relations as the memberships name them, in one order. */
function serverLinks() {
  return mockStore
    .allRelations(demo())
    .map((r) => ({ agentId: r.agent_unique_id, groupId: String(r.group_id), receivesCalls: r.receive_call === 1 }))
    .sort(byKey);
}
const byKey = (a: { agentId: string; groupId: string }, b: { agentId: string; groupId: string }) =>
  `${a.groupId}/${a.agentId}`.localeCompare(`${b.groupId}/${b.agentId}`);

async function read(client: QueryClient): Promise<AccountMemberships> {
  const result = await client.fetchQuery(groupQueries.memberships(ctx));
  if (!result) throw new Error('no memberships');
  return result;
}

beforeEach(() => mockStore.reset({ seedGroups: 60, seedAgents: 50 }));

describe('the account’s memberships', () => {
  test('from one Agent/list call when its entries carry groups', async () => {
    const requests = recordRequests();
    const result = await read(new QueryClient());
    expect(result.source).toBe('agent-list');
    expect([...result.links].sort(byKey)).toEqual(serverLinks());
    expect(result.agents).toHaveLength(50);
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(0);
  });

  test('reads Agent/list through the agents query, so the members editor\'s roster and the memberships share one read', async () => {
    const client = new QueryClient();
    const result = await read(client);
    expect(client.getQueryData(groupQueries.agents(ctx).queryKey)).toBe(result.agents);
  });

  test('group by group, at most three at a time, when Agent/list says nothing of groups; each group lands in its members query', async () => {
    mockStore.configure('demo', { agentListWithoutGroups: true });
    const requests = recordRequests();
    const client = new QueryClient();
    const seen: AccountMemberships[] = [];
    const unsubscribe = client.getQueryCache().subscribe(() => {
      const data = client.getQueryData(groupQueries.memberships(ctx).queryKey);
      if (data && seen.at(-1) !== data) seen.push(data);
    });
    const result = await read(client);
    unsubscribe();
    expect(result.source).toBe('per-group');
    expect(result.groupsRead).toBe(60);
    expect(result.groupsTotal).toBe(60);
    expect([...result.links].sort(byKey)).toEqual(serverLinks());
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(60);
    // What it had so far was handed out on the way: progress a page can show.
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]!.groupsRead).toBeLessThan(60);
    const someGroup = String(demo().groups[0]!.id);
    expect(client.getQueryData(groupQueries.members(ctx, someGroup).queryKey)).toBeDefined();
  });

  test('a change the console made is held at once; a deleted group leaves nobody in it', async () => {
    const client = new QueryClient();
    const before = await read(client);
    const groupId = before.links[0]!.groupId;
    const cache = groupCache(client, ctx);
    cache.membersHeld(groupId, [{ agentId: 'ag-demo-50', name: 'X', receivesCalls: false }]);
    const after = client.getQueryData(groupQueries.memberships(ctx).queryKey)!;
    expect(after.links.filter((l) => l.groupId === groupId)).toEqual([{ agentId: 'ag-demo-50', groupId, receivesCalls: false }]);
    await cache.gone(groupId, { refresh: false });
    expect(client.getQueryData(groupQueries.memberships(ctx).queryKey)!.links.some((l) => l.groupId === groupId)).toBe(false);
  });
});
