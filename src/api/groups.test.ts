import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
 
import { mockStore, server, TEST_API_BASE } from '../../mocks/node';
import { addGroup, deleteGroup, findGroup, listGroups, updateGroup } from './groups';
import { getGroupMembership } from './members';
import type { GroupAction } from './contract';
import type { ApiConfig } from './transport';
import { failureOf } from '@/test/failure-of';
import { at } from '../../mocks/test-helpers';

const demo: ApiConfig = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' } };
const urlOf = (action: GroupAction) => `${TEST_API_BASE}/api/v2/Group/${action}`;

/** A success reply to one action, carrying `extra` (e.g. a `response` in some shape). */
function answer(action: GroupAction, extra: Record<string, unknown>) {
  server.use(http.post(urlOf(action), () => HttpResponse.json({ status: 'success', code: 200, ...extra })));
}


const listeners: Array<() => void> = [];
afterEach(() => {
  while (listeners.length) listeners.pop()?.();
});

/** The JSON bodies the client sent, per action, while the mock answers normally. */
function recordBodies(): Array<{ action: string; body: Record<string, unknown> }> {
  const seen: Array<{ action: string; body: Record<string, unknown> }> = [];
  const listener = ({ request }: { request: Request }) => {
    const action = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
    void request
      .clone()
      .text()
      .then((text) => seen.push({ action, body: JSON.parse(text) as Record<string, unknown> }));
  };
  server.events.on('request:start', listener);
  listeners.push(() => server.events.removeListener('request:start', listener));
  return seen;
}

describe('listGroups against the mock', () => {
  test('reads the seeded groups with status, creation date and agent count', async () => {
    const groups = await listGroups(demo);
    expect(groups).toHaveLength(25);
    expect(groups[0]).toEqual({
      id: '1001',
      name: 'Inside Sales',
      active: true,
      createdAt: '2025-01-06 09:00:00',
      agentCount: expect.any(Number),
    });
    // Every seventh seeded group is inactive.
    expect(groups.filter((g) => !g.active).map((g) => g.id)).toEqual(['1007', '1014', '1021']);
    const counts = mockStore.agentCounts(mockStore.account('demo')!);
    for (const group of groups) expect(group.agentCount).toBe(counts.get(Number(group.id)) ?? 0);
  });

  test('quick list: fewer details, same groups', async () => {
    const seen = recordBodies();
    const groups = await listGroups(demo, { quick: true });
    expect(at(seen, 0).body).toMatchObject({ quick: true });
    expect(groups).toHaveLength(25);
    expect(groups[0]).toEqual({ id: '1001', name: 'Inside Sales', active: true });
  });

  test('name filter and group id are sent and honoured', async () => {
    const seen = recordBodies();
    const support = await listGroups(demo, { name: 'SUPPORT' });
    expect(support.length).toBeGreaterThan(1);
    for (const g of support) expect(g.name.toLowerCase()).toContain('support');
    const one = await listGroups(demo, { groupId: '1003' });
    expect(one.map((g) => g.id)).toEqual(['1003']);
    expect(seen.map((s) => s.body)).toEqual([
      { name: 'SUPPORT', ssid: 'demo-ssid' },
      { groupId: '1003', ssid: 'demo-ssid' },
    ]);
  });

  test('findGroup reads one group back, or nothing when it is gone', async () => {
    await expect(findGroup(demo, '1002')).resolves.toMatchObject({ id: '1002', name: 'Support' });
    await expect(findGroup(demo, '999999')).resolves.toBeUndefined();
    // Another account's group is not visible.
    await expect(findGroup(demo, String(at(mockStore.account('other')!.groups, 0).id))).resolves.toBeUndefined();
  });
});

describe('listGroups tolerates every reply shape', () => {
  test('response as an array', async () => {
    answer('list', { response: [{ id: 7, name: 'Sales', status: 1 }, { id: 8, name: 'Care', status: 0 }] });
    await expect(listGroups(demo)).resolves.toEqual([
      { id: '7', name: 'Sales', active: true },
      { id: '8', name: 'Care', active: false },
    ]);
  });

  test('response as an object keyed by group id', async () => {
    answer('list', { response: { '7': { name: 'Sales', status: 1 }, '8': { name: 'Care', status: '0' } } });
    await expect(listGroups(demo)).resolves.toEqual([
      { id: '7', name: 'Sales', active: true },
      { id: '8', name: 'Care', active: false },
    ]);
  });

  test('response keyed by id whose entries carry their own id', async () => {
    answer('list', { response: { a: { groupId: 7, name: 'Sales' } } });
    await expect(listGroups(demo)).resolves.toEqual([{ id: '7', name: 'Sales', active: true }]);
  });

  test('response as one group object', async () => {
    answer('list', { response: { group_id: '12', name: 'Solo', status: 1, create_date: '2025-02-01 10:00:00' } });
    await expect(listGroups(demo)).resolves.toEqual([
      { id: '12', name: 'Solo', active: true, createdAt: '2025-02-01 10:00:00' },
    ]);
  });

  test('an empty list is no groups, not an error', async () => {
    answer('list', { response: [] });
    await expect(listGroups(demo)).resolves.toEqual([]);
    answer('list', { response: {} });
    await expect(listGroups(demo)).resolves.toEqual([]);
  });

  test.each([
    ['id', 42],
    ['id', '42'],
    ['groupId', 42],
    ['groupId', '42'],
    ['group_id', 42],
    ['group_id', '42'],
    ['_id', 42],
    ['_id', ' 42 '],
  ])('group id under %s as %j is kept as the string "42"', async (key, value) => {
    answer('list', { response: [{ [key]: value, name: 'Sales' }] });
    await expect(listGroups(demo)).resolves.toEqual([{ id: '42', name: 'Sales', active: true }]);
  });

  test.each([
    [1, true],
    [0, false],
    ['1', true],
    ['0', false],
    [true, true],
    [false, false],
    [' 0 ', false],
    [null, true],
  ])('status %j reads as active=%s', async (status, active) => {
    answer('list', { response: [{ id: 1, name: 'Sales', status }] });
    const group = at(await listGroups(demo), 0);
    expect(group.active).toBe(active);
  });

  test('a missing status is active, DeepCall’s documented default', async () => {
    answer('list', { response: [{ id: 1, name: 'Sales' }] });
    await expect(listGroups(demo)).resolves.toEqual([{ id: '1', name: 'Sales', active: true }]);
  });

  test('extra fields are ignored and missing optional fields stay absent', async () => {
    answer('list', {
      response: [
        { id: 1, name: 'Full', status: 1, user_id: 'u1', create_date: '2025-01-06 09:00:00', agent_count: 3, colour: 'red', nested: { a: 1 } },
        { id: 2, name: 'Bare' },
        { id: 3, name: 'Odd', agent_count: 'many', create_date: '' },
        { id: 4, name: 'Strings', agent_count: '5', created_at: '2025-03-01' },
      ],
    });
    const groups = await listGroups(demo);
    const [full, bare, odd, strings] = [at(groups, 0), at(groups, 1), at(groups, 2), at(groups, 3)];
    expect(full).toEqual({ id: '1', name: 'Full', active: true, createdAt: '2025-01-06 09:00:00', agentCount: 3 });
    expect(Object.keys(bare).sort()).toEqual(['active', 'id', 'name']);
    expect(Object.keys(odd).sort()).toEqual(['active', 'id', 'name']);
    expect(strings).toEqual({ id: '4', name: 'Strings', active: true, createdAt: '2025-03-01', agentCount: 5 });
  });

  test('group_name is read when name is absent', async () => {
    answer('list', { response: [{ id: 5, group_name: 'Legacy' }] });
    await expect(listGroups(demo)).resolves.toEqual([{ id: '5', name: 'Legacy', active: true }]);
  });

  test.each([
    ['an entry without an id', { response: [{ name: 'Nameless id' }] }],
    ['an entry without a name', { response: [{ id: 3 }] }],
    ['an entry that is not an object', { response: ['Sales'] }],
    ['an id that is empty', { response: [{ id: '', name: 'Sales' }] }],
    ['no response at all', {}],
    ['a response that is a string', { response: 'Sales, Support' }],
    ['a response that is a number', { response: 42 }],
    ['a response keyed by an empty id', { response: { '': { name: 'Ghost' } } }],
  ])('%s is an "unexpected reply", not a crash', async (_label, extra) => {
    answer('list', extra);
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('unexpected');
    expect(error.message).toMatch(/does not understand/);
  });
});

describe('addGroup', () => {
  test('sends the trimmed name and reports the stored one', async () => {
    const seen = recordBodies();
    const saved = await addGroup(demo, '  Night Owls  ');
    expect(seen[0]).toEqual({ action: 'add', body: { name: 'Night Owls', ssid: 'demo-ssid' } });
    expect(saved).toEqual({ id: expect.stringMatching(/^\d+$/), name: 'Night Owls', requestedName: 'Night Owls', active: true });
    await expect(findGroup(demo, saved.id)).resolves.toMatchObject({ name: 'Night Owls', active: true });
  });

  test('a duplicate name comes back with the number DeepCall appended', async () => {
    const first = await addGroup(demo, 'Sales');
    const second = await addGroup(demo, 'sales');
    const third = await addGroup(demo, 'Sales');
    expect([first.name, second.name, third.name]).toEqual(['Sales', 'sales1', 'Sales2']);
    expect(second.requestedName).toBe('sales');
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
  });

  test('an empty name is refused with 1501', async () => {
    const error = await failureOf(addGroup(demo, '   '));
    expect(error).toMatchObject({ kind: 'deepcall', code: 1501 });
    expect(error.message).toMatch(/enter a group name/i);
  });

  test.each([
    ['groupId as a number', { groupId: 77 }],
    ['groupId as a string', { groupId: '77' }],
    ['id', { id: 77 }],
    ['group_id', { group_id: '77' }],
    ['a nested response object', { response: { groupId: 77 } }],
    ['a bare response', { response: 77 }],
  ])('reads the new id from %s', async (_label, extra) => {
    answer('add', { message: 'Group added successfully', ...extra });
    answer('list', { response: [{ id: 77, name: 'Renamed By Server', status: 1 }] });
    await expect(addGroup(demo, 'Sales')).resolves.toEqual({
      id: '77',
      name: 'Renamed By Server',
      requestedName: 'Sales',
      active: true,
    });
  });

  test('an add reply without any id is an "unexpected reply"', async () => {
    answer('add', { message: 'Group added successfully' });
    const error = await failureOf(addGroup(demo, 'Sales'));
    expect(error.kind).toBe('unexpected');
    expect(error.message).toMatch(/which id the new group got/);
  });

  test('when reading the group back fails, the typed name is reported', async () => {
    answer('add', { groupId: 88 });
    server.use(http.post(urlOf('list'), () => HttpResponse.error()));
    await expect(addGroup(demo, 'Sales')).resolves.toEqual({ id: '88', name: 'Sales', requestedName: 'Sales', active: true });
  });
});

describe('updateGroup', () => {
  test('always sends name and status; status 0 for an inactive group', async () => {
    const seen = recordBodies();
    await updateGroup(demo, { groupId: '1002', name: 'Support', active: false });
    await updateGroup(demo, { groupId: '1002', name: 'Support', active: true });
    const updates = seen.filter((s) => s.action === 'update').map((s) => s.body);
    expect(updates).toEqual([
      { groupId: '1002', name: 'Support', status: 0, ssid: 'demo-ssid' },
      { groupId: '1002', name: 'Support', status: 1, ssid: 'demo-ssid' },
    ]);
  });

  test('renaming an inactive group keeps it inactive', async () => {
    expect((await findGroup(demo, '1007'))?.active).toBe(false);
    const saved = await updateGroup(demo, { groupId: '1007', name: '  Night Desk  ', active: false });
    expect(saved).toEqual({ id: '1007', name: 'Night Desk', requestedName: 'Night Desk', active: false });
    await expect(findGroup(demo, '1007')).resolves.toMatchObject({ name: 'Night Desk', active: false });
  });

  test('deactivating and reactivating shows in the list', async () => {
    await updateGroup(demo, { groupId: '1001', name: 'Inside Sales', active: false });
    expect((await findGroup(demo, '1001'))?.active).toBe(false);
    const saved = await updateGroup(demo, { groupId: '1001', name: 'Inside Sales', active: true });
    expect(saved).toMatchObject({ name: 'Inside Sales', active: true });
  });

  test('renaming onto a taken name reports the suffixed name', async () => {
    const saved = await updateGroup(demo, { groupId: '1003', name: 'Support', active: true });
    expect(saved).toEqual({ id: '1003', name: 'Support1', requestedName: 'Support', active: true });
  });

  test('keeping its own name (even in another case) adds no suffix', async () => {
    const saved = await updateGroup(demo, { groupId: '1002', name: 'SUPPORT', active: true });
    expect(saved.name).toBe('SUPPORT');
  });

  test('a group that is gone or belongs to another account is 1503', async () => {
    const otherId = String(at(mockStore.account('other')!.groups, 0).id);
    const error = await failureOf(updateGroup(demo, { groupId: otherId, name: 'Mine now', active: true }));
    expect(error).toMatchObject({ kind: 'deepcall', code: 1503 });
    expect(at(mockStore.account('other')!.groups, 0).name).toBe('Other Co Sales');
  });
});

describe('deleteGroup', () => {
  test('sends the id and the group is gone, for good', async () => {
    const seen = recordBodies();
    await expect(deleteGroup(demo, '1004')).resolves.toBeUndefined();
    expect(seen[0]).toEqual({ action: 'delete', body: { groupId: '1004', ssid: 'demo-ssid' } });
    await expect(findGroup(demo, '1004')).resolves.toBeUndefined();
    const again = await failureOf(deleteGroup(demo, '1004'));
    expect(again.code).toBe(1503);
  });
});

describe('getGroupMembership: the group and its members', () => {
  test('asks for complete data and returns the group with its agents', async () => {
    const seen = recordBodies();
    const account = mockStore.account('demo')!;
    const relation = at(mockStore.allRelations(account), 0);
    const groupId = String(relation.group_id);
    const detail = await getGroupMembership(demo, groupId);
    expect(seen[0]).toEqual({ action: 'getGroupAgentRelation', body: { groupId, quick: true, ssid: 'demo-ssid' } });
    const expected = mockStore.allRelations(account).filter((r) => r.group_id === relation.group_id);
    expect(detail.group.id).toBe(groupId);
    expect(detail.group.agentCount).toBe(expected.length);
    expect(detail.members).toHaveLength(expected.length);
    for (const r of expected) {
      const agent = account.agents.find((a) => a.agent_unique_id === r.agent_unique_id)!;
      expect(detail.members).toContainEqual({
        agentId: agent.agent_unique_id,
        name: agent.name,
        email: agent.email,
        receivesCalls: r.receive_call === 1,
      });
    }
  });

  const group = { id: 5, name: 'Sales', status: 1 };
  const agents = [
    { agent_unique_id: 'a1', name: 'Priya Patel', email: 'priya@example.com' },
    { agent_unique_id: 'a2', name: 'Omar Khan', email: '' },
  ];
  const relations = [
    { agent_unique_id: 'a1', group_id: 5, receive_call: 1 },
    { agent_unique_id: 'a2', group_id: '5', receive_call: '0' },
    { agent_unique_id: 'a3', group_id: 6, receive_call: 1 },
  ];
  const members = [
    { agentId: 'a1', name: 'Priya Patel', email: 'priya@example.com', receivesCalls: true },
    { agentId: 'a2', name: 'Omar Khan', receivesCalls: false },
  ];

  test.each([
    ['groupData as an object', { groupData: group, agentData: agents, relationData: relations }],
    ['GroupData as an array', { GroupData: [group], AgentData: agents, RelationData: relations }],
    ['group_data keyed by id', { group_data: { '5': group }, agent_data: { a1: agents[0], a2: agents[1] }, relation_data: relations }],
  ])('%s', async (_label, response) => {
    answer('getGroupAgentRelation', { response });
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({
      group: { id: '5', name: 'Sales', active: true, agentCount: 2 },
      members,
      roster: null,
    });
  });

  test('a single relation object and booleans are read too', async () => {
    answer('getGroupAgentRelation', {
      response: { groupData: { groupId: '5', name: 'Sales', status: false }, relationData: { agent_unique_id: 'a9', receive_call: true } },
    });
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({
      group: { id: '5', name: 'Sales', active: false, agentCount: 1 },
      members: [{ agentId: 'a9', name: 'a9', receivesCalls: true }],
      roster: null,
    });
  });

  test('a group without agents has no members', async () => {
    answer('getGroupAgentRelation', { response: { groupData: group } });
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({
      group: { id: '5', name: 'Sales', active: true, agentCount: 0 },
      members: [],
      roster: null,
    });
  });

  test.each([
    ['no groupData', { response: { agentData: agents } }],
    ['groupData without a name', { response: { groupData: { id: 5 } } }],
    ['agentData that is a string', { response: { groupData: group, agentData: 'none' } }],
    ['no response', {}],
  ])('%s is an "unexpected reply"', async (_label, extra) => {
    answer('getGroupAgentRelation', extra);
    const error = await failureOf(getGroupMembership(demo, '5'));
    expect(error.kind).toBe('unexpected');
  });

  test('a deleted group is 1503, and its relations are gone with it', async () => {
    const account = mockStore.account('demo')!;
    const groupId = at(mockStore.allRelations(account), 0).group_id;
    await deleteGroup(demo, String(groupId));
    const error = await failureOf(getGroupMembership(demo, String(groupId)));
    expect(error.code).toBe(1503);
    expect(mockStore.allRelations(account).some((r) => r.group_id === groupId)).toBe(false);
  });
});

describe('what the client makes of each mock fault', () => {
  test('latency: slower, same answer', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 30, times: 1 });
    await expect(listGroups(demo)).resolves.toHaveLength(25);
  });

  test('http: a transient HTTP error; with a body, the DeepCall error it carries', async () => {
    mockStore.addFault('demo', { kind: 'http', status: 502, times: 1 });
    expect(await failureOf(listGroups(demo))).toMatchObject({ kind: 'http', httpStatus: 502, isTransient: true });
    mockStore.addFault('demo', { kind: 'http', status: 500, withBody: true, times: 1 });
    expect(await failureOf(listGroups(demo))).toMatchObject({ kind: 'deepcall', httpStatus: 500, code: 500 });
  });

  test('malformed: an "unexpected reply"', async () => {
    mockStore.addFault('demo', { kind: 'malformed' });
    expect(await failureOf(listGroups(demo))).toMatchObject({ kind: 'unexpected' });
  });

  test('shape: an "unexpected reply" for every call that reads the reply, and nothing is created', async () => {
    mockStore.addFault('demo', { kind: 'shape' });
    expect((await failureOf(listGroups(demo))).kind).toBe('unexpected');
    expect((await failureOf(getGroupMembership(demo, '1001'))).kind).toBe('unexpected');
    expect((await failureOf(addGroup(demo, 'Ghost'))).kind).toBe('unexpected');
    mockStore.clearFaults();
    await expect(listGroups(demo, { name: 'Ghost' })).resolves.toEqual([]);
  });

  test('drop: a network error', async () => {
    mockStore.addFault('demo', { kind: 'drop', actions: ['delete'] });
    expect(await failureOf(deleteGroup(demo, '1001'))).toMatchObject({ kind: 'network', isTransient: true });
    await expect(findGroup(demo, '1001')).resolves.toBeDefined();
  });

  test('code 1014: the session has ended', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1014, times: 1 });
    expect(await failureOf(listGroups(demo))).toMatchObject({ kind: 'deepcall', code: 1014, isSessionEnded: true });
    await expect(listGroups(demo)).resolves.toHaveLength(25);
  });
});

describe('ids with stray whitespace', () => {
  test('a padded id still finds its group, and a rename reports the name the server stored', async () => {
    await expect(findGroup(demo, ' 1002 ')).resolves.toMatchObject({ id: '1002', name: 'Support' });
    const saved = await updateGroup(demo, { groupId: ' 1002 ', name: 'Inside Sales', active: true });
    expect(saved.name).toBe('Inside Sales1');
  });
});
