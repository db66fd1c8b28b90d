import { describe, expect, test } from 'vitest';
import { formatDeepCallDate, seedGroupNames } from './seed';
import { DeepCallError, MockStore, uniqueName, type MockAccount } from './store';
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
    relations: [],
    faults: [],
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
    const a = new MockStore().account('demo')!;
    const b = new MockStore().account('demo')!;
    expect(b.groups).toEqual(a.groups);
    expect(b.relations).toEqual(a.relations);
  });

  test('relations point at real groups and agents, and no agent sits twice in a group', () => {
    const demo = new MockStore().account('demo')!;
    const groupIds = new Set(demo.groups.map((g) => g.id));
    const agentIds = new Set(demo.agents.map((a) => a.agent_unique_id));
    const pairs = new Set<string>();
    for (const relation of demo.relations) {
      expect(groupIds.has(relation.group_id)).toBe(true);
      expect(agentIds.has(relation.agent_unique_id)).toBe(true);
      const pair = `${relation.group_id}/${relation.agent_unique_id}`;
      expect(pairs.has(pair)).toBe(false);
      pairs.add(pair);
    }
    expect(demo.relations.length).toBeGreaterThan(0);
  });

  test('seeded names never clash, even case-insensitively, for a 10,000-group seed', () => {
    const names = seedGroupNames(10_000);
    expect(names).toHaveLength(10_000);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(10_000);
    for (const name of names) expect(name).toBe(name.trim());
  });

  test('a large seed builds quickly', () => {
    const started = performance.now();
    const store = new MockStore({ seedGroups: 10_000 });
    expect(store.account('demo')!.groups).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(2_000);
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

describe('faults', () => {
  test('takeFault matches actions, counts down times, and keeps an unlimited fault', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.addFault('demo', { kind: 'code', code: 1503, actions: ['delete'], times: 2 });
    store.addFault('demo', { kind: 'latency', ms: 1 });
    expect(store.takeFault(demo, 'list')?.kind).toBe('latency');
    expect(store.takeFault(demo, 'delete')?.kind).toBe('code');
    expect(store.takeFault(demo, 'delete')?.kind).toBe('code');
    expect(store.takeFault(demo, 'delete')?.kind).toBe('latency');
    expect(store.takeFault(demo, 'delete')?.kind).toBe('latency');
    expect(store.takeFault(store.account('other')!, 'list')).toBeUndefined();
  });

  test('the fault a caller passes is copied, so counting down never changes the caller’s object', () => {
    const store = new MockStore();
    const fault = { kind: 'drop' as const, times: 1 };
    store.addFault('demo', fault);
    store.takeFault(store.account('demo')!, 'list');
    expect(fault.times).toBe(1);
    expect(store.account('demo')!.faults).toEqual([]);
  });

  test('a fault for an unknown account is ignored', () => {
    const store = new MockStore();
    store.addFault('nobody', { kind: 'drop' });
    expect(store.account('nobody')).toBeUndefined();
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
    for (const relation of store.account(a.userId)!.relations) {
      expect(groupsA.some((g) => g.id === relation.group_id)).toBe(true);
    }
  });
});
