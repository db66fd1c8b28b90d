import { describe, expect, test } from 'vitest';
import { formatDeepCallDate, seedAgentEmail, seedAgentNames, seedGroupNames } from './seed';
import { DeepCallError } from './errors';
import { uniqueName } from './rules';
import type { StoreSnapshot } from './snapshot';
import { DEFAULT_SEED_AGENTS, MockStore } from './store';
import type { MockAccount } from './types';
import { at } from './test-helpers';

function codeOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DeepCallError) return error.code;
    throw error;
  }
  return undefined;
}

function accountWith(...names: string[]): MockAccount {
  return {
    id: 'x',
    groups: names.map((name, i) => ({ id: i + 1, name, status: 1, createDate: '2025-01-01 00:00:00' })),
    agents: [],
    relationsByGroup: new Map(),
    faults: [],
    settings: { membersOnlyAgentData: false, agentListWithoutGroups: false },
  };
}

describe('uniqueName', () => {
  test('a free name stays as typed', () => {
    expect(uniqueName(accountWith('Sales'), 'Support')).toBe('Support');
  });

  test('the smallest free number n ≥ 1 is appended, with no separator, case-insensitively', () => {
    expect(uniqueName(accountWith('Sales'), 'Sales')).toBe('Sales1');
    expect(uniqueName(accountWith('sales', 'SALES1'), 'Sales')).toBe('Sales2');
    expect(uniqueName(accountWith('Sales', 'Sales2'), 'Sales')).toBe('Sales1');
  });

  test('a group does not clash with itself', () => {
    expect(uniqueName(accountWith('Sales', 'Support'), 'SALES', 1)).toBe('SALES');
    expect(uniqueName(accountWith('Sales', 'Support'), 'SALES', 2)).toBe('SALES1');
  });
});

describe('seed', () => {
  test('demo has 25 groups, every seventh inactive; other has three', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    expect(demo.groups).toHaveLength(25);
    expect(demo.groups.filter((g) => g.status === 0).map((g) => g.id)).toEqual([1007, 1014, 1021]);
    expect(demo.agents).toHaveLength(40);
    expect(store.account('other')!.groups.map((g) => g.name)).toEqual(['Other Co Sales', 'Other Co Support', 'Other Co Billing']);
  });

  test('the same seed gives the same demo data every run', () => {
    const [first, second] = [new MockStore(), new MockStore()];
    const a = first.account('demo')!;
    const b = second.account('demo')!;
    expect(b.groups).toEqual(a.groups);
    expect(second.allRelations(b)).toEqual(first.allRelations(a));
  });

  test('relations point at real groups and agents, and no agent sits twice in a group', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    const groupIds = new Set(demo.groups.map((g) => g.id));
    const agentIds = new Set(demo.agents.map((a) => a.agent_unique_id));
    const pairs = new Set<string>();
    for (const relation of store.allRelations(demo)) {
      expect(groupIds.has(relation.group_id)).toBe(true);
      expect(agentIds.has(relation.agent_unique_id)).toBe(true);
      const pair = `${relation.group_id}/${relation.agent_unique_id}`;
      expect(pairs.has(pair)).toBe(false);
      pairs.add(pair);
    }
    expect(store.allRelations(demo).length).toBeGreaterThan(0);
  });

  test('seeded names never clash, even case-insensitively, for a 10,000-group seed', () => {
    const names = seedGroupNames(10_000);
    expect(names).toHaveLength(10_000);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(10_000);
    for (const name of names) expect(name).toBe(name.trim());
  });

  // How long a large seed takes is the bench's figure (it seeds 50,000 groups); here the seed is built in full.
  test('a large seed is built in full: 10,000 groups with distinct ids and names, members only in real groups', () => {
    const store = new MockStore({ seedGroups: 10_000 });
    const demo = store.account('demo')!;
    expect(demo.groups).toHaveLength(10_000);
    expect(new Set(demo.groups.map((g) => g.id)).size).toBe(10_000);
    expect(new Set(demo.groups.map((g) => g.name.toLowerCase())).size).toBe(10_000);
    const ids = new Set(demo.groups.map((g) => g.id));
    expect(store.allRelations(demo).every((r) => ids.has(r.group_id))).toBe(true);
  });

  test('dates use DeepCall’s format', () => {
    expect(formatDeepCallDate(new Date(Date.UTC(2025, 0, 6, 9, 5, 3)))).toBe('2025-01-06 09:05:03');
  });
});

describe('authenticate', () => {
  const store = new MockStore();

  test.each([
    [{ ssid: 'demo-ssid' }, 'demo'],
    [{ userId: 'demo', token: 'demo-token' }, 'demo'],
    [{ userId: 'other', token: 'other-token' }, 'other'],
    // ssid wins when both schemes arrive.
    [{ ssid: 'demo-ssid', userId: 'other', token: 'other-token' }, 'demo'],
  ])('%j is %s', (body, id) => {
    expect(store.authenticate(body).id).toBe(id);
  });

  test.each([
    [{ ssid: 'demo-token' }, 1014],
    [{ ssid: ['demo-ssid'] }, 1014],
    [{ userId: 'demo', token: 'demo-ssid' }, 1014],
    [{ userId: 42, token: 'demo-token' }, 1014],
    [{ token: 'demo-token' }, 1014],
    [{}, 1020],
    [{ userId: 'demo' }, 1020],
    [{ userId: 'demo', token: null }, 1020],
  ])('%j is refused with %i', (body, code) => {
    expect(codeOf(() => store.authenticate(body))).toBe(code);
  });
});

describe('rules on the store itself', () => {
  test('update validates id, then name, then existence', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    expect(codeOf(() => store.update(demo, undefined, undefined, 1))).toBe(1502);
    expect(codeOf(() => store.update(demo, 1001, '  ', 1))).toBe(1501);
    expect(codeOf(() => store.update(demo, 5, 'Name', 1))).toBe(1503);
    expect(at(demo.groups, 0).name).toBe('Inside Sales');
  });

  test('update with any non-zero status activates; 0 or "0" deactivates', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    expect(store.update(demo, 1001, 'A', 0).status).toBe(0);
    expect(store.update(demo, 1001, 'A', 5).status).toBe(1);
    expect(store.update(demo, 1001, 'A', '0').status).toBe(0);
    expect(store.update(demo, 1001, 'A', undefined).status).toBe(1);
  });

  test('new ids are unique across accounts', () => {
    const store = new MockStore();
    const a = store.add(store.account('demo')!, 'X');
    const b = store.add(store.account('other')!, 'X');
    expect(a.id).not.toBe(b.id);
    expect(b.name).toBe('X');
  });

  test('reset forgets everything done since', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.delete(demo, 1001);
    store.addFault('demo', { kind: 'drop' });
    const created = store.createAccount(2);
    store.reset();
    expect(store.account('demo')!.groups).toHaveLength(25);
    expect(store.account('demo')!.faults).toEqual([]);
    expect(store.account(created.userId)).toBeUndefined();
  });

  test('snapshot and restore round-trip, and the restored store is independent', () => {
    const store = new MockStore();
    store.add(store.account('demo')!, 'Kept');
    const snapshot = store.snapshot();
    const copy = new MockStore();
    copy.restore(JSON.parse(JSON.stringify(snapshot)));
    expect(copy.account('demo')!.groups.map((g) => g.name)).toContain('Kept');
    // The id counter carries over: the next group gets a fresh id.
    const next = copy.add(copy.account('demo')!, 'Next');
    expect(copy.account('demo')!.groups.filter((g) => g.id === next.id)).toHaveLength(1);
    // Changing the restored store does not reach the snapshot or the original.
    copy.delete(copy.account('demo')!, 1001);
    expect(store.account('demo')!.groups.some((g) => g.id === 1001)).toBe(true);
    expect(at(snapshot.accounts, 0).groups.some((g) => g.id === 1001)).toBe(true);
  });
});

describe('createAccount', () => {
  test('fresh credentials, own seeded groups, nobody else’s', () => {
    const store = new MockStore();
    const a = store.createAccount(4);
    const b = store.createAccount(4);
    expect(a.userId).not.toBe(b.userId);
    expect(store.authenticate({ ssid: a.ssid }).id).toBe(a.userId);
    expect(store.authenticate({ userId: b.userId, token: b.token }).id).toBe(b.userId);
    expect(codeOf(() => store.authenticate({ userId: a.userId, token: b.token }))).toBe(1014);
    const groupsA = store.account(a.userId)!.groups;
    const groupsB = store.account(b.userId)!.groups;
    expect(groupsA).toHaveLength(4);
    expect(groupsA.map((g) => g.name)).toEqual(groupsB.map((g) => g.name));
    expect(codeOf(() => store.delete(store.account(a.userId)!, at(groupsB, 0).id))).toBe(1503);
    for (const relation of store.allRelations(store.account(a.userId)!)) {
      expect(groupsA.some((g) => g.id === relation.group_id)).toBe(true);
    }
  });
});

describe('seeded agents', () => {
  test('N agents with distinct ids, names and emails, spread over the groups: some in several, the last tenth in none', () => {
    const store = new MockStore({ seedGroups: 60, seedAgents: 200 });
    const demo = store.account('demo')!;
    expect(demo.agents).toHaveLength(200);
    for (const key of ['agent_unique_id', 'name', 'email'] as const) {
      expect(new Set(demo.agents.map((a) => a[key])).size).toBe(200);
    }
    const groupsPerAgent = new Map(demo.agents.map((a) => [a.agent_unique_id, 0]));
    for (const relation of store.allRelations(demo)) {
      groupsPerAgent.set(relation.agent_unique_id, (groupsPerAgent.get(relation.agent_unique_id) ?? 0) + 1);
    }
    const counts = [...groupsPerAgent.values()];
    expect(counts.some((n) => n >= 2)).toBe(true);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(20);
    for (const agent of demo.agents.slice(180)) expect(groupsPerAgent.get(agent.agent_unique_id)).toBe(0);
    expect(demo.agents.filter((a) => a.status === 0).length).toBe(11);
  });

  test('the default demo has 40 agents, four of them in no group; other has three agents of its own', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    expect(demo.agents).toHaveLength(DEFAULT_SEED_AGENTS);
    const seated = new Set(store.allRelations(demo).map((r) => r.agent_unique_id));
    for (const agent of demo.agents.slice(36)) expect(seated.has(agent.agent_unique_id)).toBe(false);
    expect(store.account('other')!.agents.map((a) => a.agent_unique_id)).toEqual(['ag-other-1', 'ag-other-2', 'ag-other-3']);
  });

  test('the same seed gives the same agents and relations for any size', () => {
    const [a, b] = [new MockStore({ seedGroups: 300, seedAgents: 700 }), new MockStore({ seedGroups: 300, seedAgents: 700 })];
    expect(b.account('demo')!.agents).toEqual(a.account('demo')!.agents);
    expect(b.allRelations(b.account('demo')!)).toEqual(a.allRelations(a.account('demo')!));
  });

  test('zero agents: groups without members, nothing crashes', () => {
    const store = new MockStore({ seedGroups: 10, seedAgents: 0 });
    const demo = store.account('demo')!;
    expect(demo.agents).toEqual([]);
    expect(store.allRelations(demo)).toEqual([]);
    expect(store.relations(demo, 1001).agentData).toEqual([]);
  });

  test('seedAgentNames stays distinct at 10,000', () => {
    const names = seedAgentNames(10_000);
    expect(new Set(names).size).toBe(10_000);
    expect(new Set(names.map(seedAgentEmail)).size).toBe(10_000);
    expect(seedAgentEmail('Priya C. Patel')).toBe('priya.c.patel@example.com');
  });
});

/**
 * `items` behind a proxy that counts the elements read: the store's work, counted instead of timed (a
 * busy machine cannot fail it; the times themselves are the bench's figures).
 */
function elementReads<T>(items: T[]): { items: T[]; reads: () => number; reset: () => void } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads, reset: () => (reads = 0) };
}

describe('5,000 agents and 50,000 groups', () => {
  // The point is no O(groups × agents) work: a call reads each group and agent at most twice (about once today).
  test('seeds, reads, counts and replaces a membership with work linear in groups + agents', () => {
    const store = new MockStore({ seedGroups: 50_000, seedAgents: 5_000 });
    const demo = store.account('demo')!;
    expect(demo.groups).toHaveLength(50_000);
    const groups = elementReads(demo.groups);
    const agents = elementReads(demo.agents);
    demo.groups = groups.items;
    demo.agents = agents.items;
    const reads = () => groups.reads() + agents.reads();
    const linear = 2 * (50_000 + 5_000);

    const last = at(demo.groups, 49_999).id;
    groups.reset();
    for (let i = 0; i < 20; i++) store.relations(demo, last - i);
    expect(reads()).toBeLessThanOrEqual(20 * linear);

    const ids = demo.agents.slice(0, 500).map((a) => a.agent_unique_id);
    groups.reset();
    agents.reset();
    for (let i = 0; i < 20; i++) store.assign(demo, last - i, ids, ids.slice(0, 250));
    expect(reads()).toBeLessThanOrEqual(20 * linear);
    expect(store.agentCount(demo, last)).toBe(500);

    groups.reset();
    agents.reset();
    const counts = store.list(demo, {}).map((g) => store.agentCount(demo, g.id));
    expect(reads()).toBeLessThanOrEqual(linear);
    expect(counts.filter((n) => n === 500)).toHaveLength(20);
  }, 30_000);
});

describe('membership rules on the store', () => {
  test('assign validates group id, then the group, then the lists, and changes nothing when refused', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    const before = store.allRelations(demo);
    expect(codeOf(() => store.assign(demo, undefined, 'x', 'y'))).toBe(1502);
    expect(codeOf(() => store.assign(demo, 5, [], []))).toBe(1503);
    expect(codeOf(() => store.assign(demo, 1001, undefined, []))).toBe(1000);
    expect(codeOf(() => store.assign(demo, 1001, ['ag-demo-1'], ['ag-demo-2']))).toBe(1000);
    expect(codeOf(() => store.assign(demo, 1001, ['ag-other-1'], []))).toBe(1000);
    expect(store.allRelations(demo)).toEqual(before);
  });

  test('relationsOf answers an empty list, never undefined, for a group without members', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.assign(demo, 1001, [], []);
    expect(store.relationsOf(demo, 1001)).toEqual([]);
    expect(store.agentCounts(demo).has(1001)).toBe(false);
    expect(store.relationsOf(demo, 999_999)).toEqual([]);
  });

  test('authenticateAgentModule refuses ssid with userId or token (1000), otherwise authenticates like the Group module', () => {
    const store = new MockStore();
    expect(codeOf(() => store.authenticateAgentModule({ ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' }))).toBe(1000);
    expect(codeOf(() => store.authenticateAgentModule({ ssid: 'demo-ssid', token: 'x' }))).toBe(1000);
    expect(store.authenticateAgentModule({ ssid: 'demo-ssid', userId: '', token: null }).id).toBe('demo');
    expect(store.authenticateAgentModule({ userId: 'other', token: 'other-token' }).id).toBe('other');
    expect(codeOf(() => store.authenticateAgentModule({ ssid: 'nope' }))).toBe(1014);
    expect(codeOf(() => store.authenticateAgentModule({}))).toBe(1020);
  });

  test('the constructor’s options are the defaults of reset and of new accounts', () => {
    const store = new MockStore({ seedGroups: 5, seedAgents: 9, membersOnlyAgentData: true });
    store.reset();
    expect(store.account('demo')!.groups).toHaveLength(5);
    expect(store.account('demo')!.agents).toHaveLength(9);
    expect(store.account('demo')!.settings.membersOnlyAgentData).toBe(true);
    const created = store.account(store.createAccount({ seedAgents: 2 }).userId)!;
    expect(created.groups).toHaveLength(5);
    expect(created.agents).toHaveLength(2);
    expect(created.settings.membersOnlyAgentData).toBe(true);
    store.reset({ seedGroups: 1, membersOnlyAgentData: false });
    expect(store.account('demo')!.groups).toHaveLength(1);
    expect(store.account('demo')!.agents).toHaveLength(9);
    expect(store.account('demo')!.settings.membersOnlyAgentData).toBe(false);
  });
});

describe('snapshot and restore with members', () => {
  test('agents, relations and settings survive a JSON round trip, and the copy is independent', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.assign(demo, 1002, ['ag-demo-40', 'ag-demo-1'], ['ag-demo-40']);
    store.configure('demo', { membersOnlyAgentData: true });
    const snapshot = JSON.parse(JSON.stringify(store.snapshot())) as StoreSnapshot;
    const copy = new MockStore();
    copy.restore(snapshot);
    const restored = copy.account('demo')!;
    expect(restored.agents).toEqual(demo.agents);
    expect(copy.allRelations(restored)).toEqual(store.allRelations(demo));
    expect(copy.relationsOf(restored, 1002)).toEqual([
      { agent_unique_id: 'ag-demo-40', group_id: 1002, receive_call: 1 },
      { agent_unique_id: 'ag-demo-1', group_id: 1002, receive_call: 0 },
    ]);
    expect(copy.relations(restored, 1002).agentData.map((a) => a.agent_unique_id)).toEqual(['ag-demo-40', 'ag-demo-1']);
    copy.assign(restored, 1002, [], []);
    expect(store.relationsOf(demo, 1002)).toHaveLength(2);
    expect(at(snapshot.accounts, 0).relations.filter((r) => r.group_id === 1002)).toHaveLength(2);
  });

  test('a snapshot saved before agents had a status and accounts had settings still loads', () => {
    const store = new MockStore();
    const old = JSON.parse(JSON.stringify(store.snapshot())) as { accounts: Array<Record<string, unknown>> };
    for (const account of old.accounts) {
      delete account.settings;
      account.agents = (account.agents as Array<Record<string, unknown>>).map(({ status: _, ...agent }) => agent);
    }
    const copy = new MockStore({ seedGroups: 1 });
    copy.restore(old as unknown as StoreSnapshot);
    const demo = copy.account('demo')!;
    expect(demo.groups).toHaveLength(25);
    expect(demo.agents.every((a) => a.status === 1)).toBe(true);
    expect(demo.settings).toEqual({ membersOnlyAgentData: false, agentListWithoutGroups: false });
    expect(copy.allRelations(demo)).toEqual(store.allRelations(store.account('demo')!));
  });
});
