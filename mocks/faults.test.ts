import { describe, expect, test } from 'vitest';
import { changeElsewhere, takeFault } from './faults';
import { MockStore } from './store';

describe('faults', () => {
  test('takeFault matches actions, counts down times, and keeps an unlimited fault', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.addFault('demo', { kind: 'code', code: 1503, actions: ['delete'], times: 2 });
    store.addFault('demo', { kind: 'latency', ms: 1 });
    expect(takeFault(demo, 'list')?.kind).toBe('latency');
    expect(takeFault(demo, 'delete')?.kind).toBe('code');
    expect(takeFault(demo, 'delete')?.kind).toBe('code');
    expect(takeFault(demo, 'delete')?.kind).toBe('latency');
    expect(takeFault(demo, 'delete')?.kind).toBe('latency');
    expect(takeFault(store.account('other')!, 'list')).toBeUndefined();
  });

  test('the fault a caller passes is copied, so counting down never changes the caller’s object', () => {
    const store = new MockStore();
    const fault = { kind: 'drop' as const, times: 1 };
    store.addFault('demo', fault);
    takeFault(store.account('demo')!, 'list');
    expect(fault.times).toBe(1);
    expect(store.account('demo')!.faults).toEqual([]);
  });

  test('a fault for an unknown account is ignored', () => {
    const store = new MockStore();
    store.addFault('nobody', { kind: 'drop' });
    expect(store.account('nobody')).toBeUndefined();
  });

  test('fault actions: Agent-module actions are named with their module', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.addFault('demo', { kind: 'drop', actions: ['Agent/list'] });
    store.addFault('demo', { kind: 'latency', actions: ['list', 'submitAssignGroupToAgent'] });
    expect(takeFault(demo, 'list')?.kind).toBe('latency');
    expect(takeFault(demo, 'Agent/list')?.kind).toBe('drop');
    expect(takeFault(demo, 'submitAssignGroupToAgent')?.kind).toBe('latency');
    expect(takeFault(demo, 'getGroupAgentRelation')).toBeUndefined();
  });
});

describe('a colleague’s change (elsewhere)', () => {
  test('renames, switches or deletes by DeepCall’s rules, and does nothing to a group already gone', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    changeElsewhere(store, demo, { groupId: '1001', name: 'Support' });
    expect(demo.groups.find((g) => g.id === 1001)?.name).toBe('Support1');
    changeElsewhere(store, demo, { groupId: 1001, status: 0 });
    expect(demo.groups.find((g) => g.id === 1001)).toMatchObject({ name: 'Support1', status: 0 });
    changeElsewhere(store, demo, { groupId: 1001, delete: true });
    expect(demo.groups.some((g) => g.id === 1001)).toBe(false);
    expect(() => changeElsewhere(store, demo, { groupId: 1001, name: 'Back' })).not.toThrow();
  });

  test('an elsewhere fault matches a request about its group, or a list of every group', () => {
    const store = new MockStore();
    const demo = store.account('demo')!;
    store.addFault('demo', { kind: 'elsewhere', elsewhere: { groupId: 1002, delete: true } });
    expect(takeFault(demo, 'update', '1003')).toBeUndefined();
    expect(takeFault(demo, 'list', 1002)?.kind).toBe('elsewhere');
    expect(takeFault(demo, 'list')?.kind).toBe('elsewhere');
    expect(takeFault(demo, 'add')).toBeUndefined();
  });
});
