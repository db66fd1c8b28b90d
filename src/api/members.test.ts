import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { mockStore, server, TEST_API_BASE } from '../../mocks/node';
import { at } from '../../mocks/test-helpers';
import { deleteGroup, listGroups } from './groups';
import { getGroupMembership, listAgents, setGroupMembers } from './members';
import type { ApiConfig } from './transport';
import { failureOf } from '@/test/failure-of';

const demo: ApiConfig = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' } };
const byToken: ApiConfig = { baseUrl: TEST_API_BASE, credentials: { userId: 'demo', token: 'demo-token' } };
const relationUrl = `${TEST_API_BASE}/api/v2/Group/getGroupAgentRelation`;
const agentListUrl = `${TEST_API_BASE}/api/v2/Agent/list`;
const submitUrl = `${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`;

function answerRelation(response: unknown) {
  server.use(http.post(relationUrl, () => HttpResponse.json({ status: 'success', code: 200, response })));
}
function answerAgents(extra: Record<string, unknown>) {
  server.use(http.post(agentListUrl, () => HttpResponse.json({ status: 'success', code: 200, ...extra })));
}

const listeners: Array<() => void> = [];
afterEach(() => {
  while (listeners.length) listeners.pop()?.();
});

interface Sent {
  url: string;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** Every request the client sends while the mock answers it. */
function recordRequests(): Sent[] {
  const seen: Sent[] = [];
  const listener = ({ request }: { request: Request }) => {
    void request
      .clone()
      .text()
      .then((text) => seen.push({ url: request.url, contentType: request.headers.get('content-type'), body: JSON.parse(text) as Record<string, unknown> }));
  };
  server.events.on('request:start', listener);
  listeners.push(() => server.events.removeListener('request:start', listener));
  return seen;
}

function demoAccount() {
  return mockStore.account('demo')!;
}

/** The demo group with the most members, its member ids, and agents outside it. */
function busiest() {
  const account = demoAccount();
  const group = [...account.groups].sort((a, b) => mockStore.agentCount(account, b.id) - mockStore.agentCount(account, a.id))[0]!;
  const members = mockStore.relationsOf(account, group.id).map((r) => r.agent_unique_id);
  const outsiders = account.agents.map((a) => a.agent_unique_id).filter((id) => !members.includes(id));
  return { account, group, id: String(group.id), members, outsiders };
}

describe('getGroupMembership against the mock', () => {
  test('the group, its members with their call flag, and the account’s roster', async () => {
    const { account, group, id } = busiest();
    const membership = await getGroupMembership(demo, id);
    const relations = mockStore.relationsOf(account, group.id);
    expect(membership.group).toMatchObject({ id, name: group.name, agentCount: relations.length });
    expect(membership.members).toEqual(
      relations.map((r) => {
        const agent = account.agents.find((a) => a.agent_unique_id === r.agent_unique_id)!;
        return { agentId: agent.agent_unique_id, name: agent.name, email: agent.email, receivesCalls: r.receive_call === 1 };
      }),
    );
    expect(membership.roster).toEqual(
      account.agents.map((a) => ({ agentId: a.agent_unique_id, name: a.name, email: a.email, active: a.status === 1 })),
    );
  });

  test('asks for complete data with a trimmed id, credentials in the body', async () => {
    const seen = recordRequests();
    const { id } = busiest();
    await getGroupMembership(demo, ` ${id} `);
    expect(at(seen, 0).url).toBe(relationUrl);
    expect(at(seen, 0).body).toEqual({ groupId: id, quick: true, ssid: 'demo-ssid' });
  });

  test('with the members-only switch on, the roster is unknown (null) and the members are still read', async () => {
    mockStore.configure('demo', { membersOnlyAgentData: true });
    const { account, group, id } = busiest();
    const membership = await getGroupMembership(demo, id);
    expect(membership.roster).toBeNull();
    expect(membership.members.map((m) => m.agentId)).toEqual(mockStore.relationsOf(account, group.id).map((r) => r.agent_unique_id));
    for (const member of membership.members) expect(member.name).not.toBe(member.agentId);
  });

  test('a deleted group is the Group module’s 1503', async () => {
    const { id } = busiest();
    await deleteGroup(demo, id);
    const error = await failureOf(getGroupMembership(demo, id));
    expect(error).toMatchObject({ kind: 'deepcall', code: 1503, module: 'Group', isGroupNotFound: true });
  });
});

describe('getGroupMembership: roster detection and tolerated shapes', () => {
  const group = { id: 5, name: 'Sales', status: 1 };
  const relationData = [
    { agent_unique_id: 'a1', group_id: 5, receive_call: 1 },
    { agent_unique_id: 'a2', group_id: '5', receive_call: '0' },
  ];
  const members = [
    { agentId: 'a1', name: 'Priya Patel', email: 'priya@example.com', receivesCalls: true },
    { agentId: 'a2', name: 'Omar Khan', receivesCalls: false },
  ];

  test('agentData with agents who are not members is the roster', async () => {
    answerRelation({
      groupData: group,
      agentData: [
        { agent_unique_id: 'a1', name: 'Priya Patel', email: 'priya@example.com', status: 1 },
        { agent_unique_id: 'a2', name: 'Omar Khan', email: '', status: 1 },
        { agent_unique_id: 'a3', name: 'Lena Rossi', email: 'lena@example.com', status: 0 },
      ],
      relationData,
    });
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({
      group: { id: '5', name: 'Sales', active: true, agentCount: 2 },
      members,
      roster: [
        { agentId: 'a1', name: 'Priya Patel', email: 'priya@example.com', active: true },
        { agentId: 'a2', name: 'Omar Khan', active: true },
        { agentId: 'a3', name: 'Lena Rossi', email: 'lena@example.com', active: false },
      ],
    });
  });

  test.each([
    ['only the members', [
      { agent_unique_id: 'a1', name: 'Priya Patel', email: 'priya@example.com' },
      { agent_unique_id: 'a2', name: 'Omar Khan' },
    ]],
    ['fewer than the members', [{ agent_unique_id: 'a1', name: 'Priya Patel', email: 'priya@example.com' }]],
    ['nothing', []],
  ])('agentData holding %s: the roster is unknown (null)', async (_label, agentData) => {
    answerRelation({ groupData: group, agentData, relationData });
    const membership = await getGroupMembership(demo, '5');
    expect(membership.roster).toBeNull();
    expect(membership.members.map((m) => m.agentId)).toEqual(['a1', 'a2']);
  });

  test('no agentData at all, and no members: the roster is unknown, the group empty', async () => {
    answerRelation({ groupData: group });
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({
      group: { id: '5', name: 'Sales', active: true, agentCount: 0 },
      members: [],
      roster: null,
    });
  });

  test('a roster and a group without members: every agent is a candidate', async () => {
    answerRelation({ groupData: group, agentData: [{ agent_unique_id: 'a9', name: 'Solo' }], relationData: [] });
    const membership = await getGroupMembership(demo, '5');
    expect(membership.members).toEqual([]);
    expect(membership.roster).toEqual([{ agentId: 'a9', name: 'Solo' }]);
  });

  test.each([
    ['groupData / agentData / relationData', (g: unknown, a: unknown, r: unknown) => ({ groupData: g, agentData: a, relationData: r })],
    ['GroupData / AgentData / RelationData', (g: unknown, a: unknown, r: unknown) => ({ GroupData: g, AgentData: a, RelationData: r })],
    ['group_data / agent_data / relation_data', (g: unknown, a: unknown, r: unknown) => ({ group_data: g, agent_data: a, relation_data: r })],
  ])('keys %s, each as an array or an object', async (_label, shape) => {
    const agents = [
      { agent_unique_id: 'a1', name: 'Priya Patel', email: 'priya@example.com' },
      { agent_unique_id: 'a2', name: 'Omar Khan' },
      { agent_unique_id: 'a3', name: 'Lena Rossi' },
    ];
    const expected = { group: { id: '5', name: 'Sales', active: true, agentCount: 2 }, members };
    const roster = [
      { agentId: 'a1', name: 'Priya Patel', email: 'priya@example.com' },
      { agentId: 'a2', name: 'Omar Khan' },
      { agentId: 'a3', name: 'Lena Rossi' },
    ];
    answerRelation(shape([group], agents, relationData));
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({ ...expected, roster });
    // Objects: one group, agents keyed by id (entries without their own id), relations keyed too.
    answerRelation(
      shape(
        group,
        { a1: { name: 'Priya Patel', email: 'priya@example.com' }, a2: { name: 'Omar Khan' }, a3: { name: 'Lena Rossi' } },
        { r1: at(relationData, 0), r2: at(relationData, 1) },
      ),
    );
    await expect(getGroupMembership(demo, '5')).resolves.toEqual({ ...expected, roster });
  });

  test.each([
    ['agent_unique_id', 'a7'],
    ['agentId', 'a7'],
    ['agent_id', 'a7'],
    ['id', 'a7'],
    ['agent_unique_id', 7],
    ['agentId', 7],
    ['agent_id', 7],
    ['id', 7],
  ])('an agent’s id under %s as %j is kept as a string', async (key, value) => {
    answerRelation({
      groupData: group,
      agentData: [{ [key]: value, name: 'Lena Rossi' }, { agent_unique_id: 'x', name: 'Someone else' }],
      relationData: [{ [key === 'id' ? 'agent_unique_id' : key]: value, receive_call: 1 }],
    });
    const membership = await getGroupMembership(demo, '5');
    expect(membership.members).toEqual([{ agentId: String(value), name: 'Lena Rossi', receivesCalls: true }]);
    expect(membership.roster?.map((a) => a.agentId)).toEqual([String(value), 'x']);
  });

  test.each([
    [{ name: 'Lena Rossi' }, 'Lena Rossi'],
    [{ agent_name: 'Lena Rossi' }, 'Lena Rossi'],
    [{ first_name: 'Lena', last_name: 'Rossi' }, 'Lena Rossi'],
    [{ first_name: ' Lena ', last_name: '' }, 'Lena'],
    [{ last_name: 'Rossi' }, 'Rossi'],
    [{ name: '  ', agent_name: 'Lena Rossi' }, 'Lena Rossi'],
    [{}, 'a7'],
  ])('an agent named by %j is "%s"', async (naming, name) => {
    answerRelation({ groupData: group, agentData: [{ agent_unique_id: 'a7', ...naming }], relationData: [{ agent_unique_id: 'a7', receive_call: 0 }] });
    const membership = await getGroupMembership(demo, '5');
    expect(at(membership.members, 0).name).toBe(name);
  });

  test('relations of other groups are left out, an agent listed twice is one member, the flag in any of its forms', async () => {
    answerRelation({
      groupData: group,
      relationData: [
        { agent_unique_id: 'a1', group_id: 5, receive_call: true },
        { agent_unique_id: 'a1', group_id: 5, receive_call: 0 },
        { agent_unique_id: 'a2', group_id: 6, receive_call: 1 },
        { agent_unique_id: 'a3', groupId: ' 5 ', receive_call: ' FALSE ' },
        { agent_unique_id: 'a4', receiveCall: '1' },
        { agent_unique_id: 'a5', receive_call: 0 },
      ],
    });
    const membership = await getGroupMembership(demo, '5');
    expect(membership.members).toEqual([
      { agentId: 'a1', name: 'a1', receivesCalls: true },
      { agentId: 'a3', name: 'a3', receivesCalls: false },
      { agentId: 'a4', name: 'a4', receivesCalls: true },
      { agentId: 'a5', name: 'a5', receivesCalls: false },
    ]);
  });

  // Saving members replaces every flag: a member shown as "no calls" on a guess would have them switched off.
  test.each([
    ['missing', {}],
    ['null', { receive_call: null }],
    ['an object', { receive_call: { yes: true } }],
    ['a word', { receive_call: 'sometimes' }],
    ['a number other than 0 or 1', { receive_call: 7 }],
  ])('a member whose call flag is %s makes the membership unreadable, never "no calls"', async (_label, flag) => {
    answerRelation({ groupData: group, relationData: [{ agent_unique_id: 'a1', receive_call: 1 }, { agent_unique_id: 'a2', ...flag }] });
    const error = await failureOf(getGroupMembership(demo, '5'));
    expect(error).toMatchObject({ kind: 'unexpected', module: 'Group' });
    expect(error.message).toMatch(/call setting/);
  });

  test('unreadable agentData and relationData entries are skipped, not fatal', async () => {
    answerRelation({
      groupData: group,
      agentData: ['junk', 42, null, [1, 2], { name: 'no id' }, { agent_unique_id: '', name: 'blank id' }, { agent_unique_id: 'a1', name: 'Priya' }, { agent_unique_id: 'a9', name: 'Other' }],
      relationData: ['junk', { receive_call: 1 }, { agent_unique_id: { id: 'a1' }, receive_call: 1 }, { agent_unique_id: 'a1', receive_call: 1 }],
    });
    const membership = await getGroupMembership(demo, '5');
    expect(membership.members).toEqual([{ agentId: 'a1', name: 'Priya', receivesCalls: true }]);
    expect(membership.roster?.map((a) => a.agentId)).toEqual(['a1', 'a9']);
  });

  test.each([
    ['no response', undefined],
    ['a response that is a string', 'Sales'],
    ['a response that is an array', [group]],
    ['no groupData', { agentData: [], relationData: [] }],
    ['groupData without a name', { groupData: { id: 5 } }],
    ['groupData as a number', { groupData: 5 }],
    ['agentData as a string', { groupData: group, agentData: 'everyone' }],
    ['relationData as a number', { groupData: group, relationData: 3 }],
    ['relationData as true', { groupData: group, relationData: true }],
  ])('%s is an "unexpected reply", never a crash', async (_label, response) => {
    answerRelation(response);
    const error = await failureOf(getGroupMembership(demo, '5'));
    expect(error).toMatchObject({ kind: 'unexpected', module: 'Group' });
    expect(error.message).toMatch(/does not understand/);
  });

  test('a shape fault from the mock is an "unexpected reply"', async () => {
    mockStore.addFault('demo', { kind: 'shape', actions: ['getGroupAgentRelation'], times: 1 });
    expect((await failureOf(getGroupMembership(demo, '1001'))).kind).toBe('unexpected');
  });
});

describe('listAgents', () => {
  test('reads the account’s agents from Agent/list, by ssid', async () => {
    const seen = recordRequests();
    const agents = await listAgents(demo);
    const held = mockStore.relationsByAgent(demoAccount());
    expect(agents).toEqual(
      demoAccount().agents.map((a) => ({
        agentId: a.agent_unique_id,
        name: a.name,
        email: a.email,
        active: a.status === 1,
        groups: (held.get(a.agent_unique_id) ?? []).map((r) => ({ groupId: String(r.group_id), receivesCalls: r.receive_call === 1 })),
      })),
    );
    expect(at(seen, 0)).toEqual({ url: agentListUrl, contentType: expect.stringMatching(/^text\/plain/), body: { ssid: 'demo-ssid' } });
  });

  test('with userId + token, no ssid is sent (the Agent module refuses both), even when the config holds both', async () => {
    const seen = recordRequests();
    await expect(listAgents(byToken)).resolves.toHaveLength(40);
    expect(at(seen, 0).body).toEqual({ userId: 'demo', token: 'demo-token' });
    const both = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' } } as ApiConfig;
    await expect(listAgents(both)).resolves.toHaveLength(40);
    expect(at(seen, 1).body).toEqual({ ssid: 'demo-ssid' });
    for (const request of seen) expect(request.url).toBe(agentListUrl);
  });

  test.each([
    ['an array', [{ agent_unique_id: 'a1', name: 'Priya Patel', email: 'priya@example.com', status: 1 }, { agent_unique_id: 'a2', name: 'Omar Khan', status: '0' }]],
    ['an object keyed by id', { a1: { name: 'Priya Patel', email: 'priya@example.com', status: true }, a2: { name: 'Omar Khan', status: 'inactive' } }],
    ['an object keyed by id whose entries carry their own', { x: { agentId: 'a1', name: 'Priya Patel', email: 'priya@example.com', status: 1 }, y: { agent_id: 'a2', agent_name: 'Omar Khan', status: 0 } }],
  ])('response as %s', async (_label, response) => {
    answerAgents({ response });
    await expect(listAgents(demo)).resolves.toEqual([
      { agentId: 'a1', name: 'Priya Patel', email: 'priya@example.com', active: true },
      { agentId: 'a2', name: 'Omar Khan', active: false },
    ]);
  });

  test('response as one agent object', async () => {
    answerAgents({ response: { id: 12, first_name: 'Lena', last_name: 'Rossi' } });
    await expect(listAgents(demo)).resolves.toEqual([{ agentId: '12', name: 'Lena Rossi' }]);
  });

  test.each([
    ['agent_unique_id', 42],
    ['agentId', '42'],
    ['agent_id', 42],
    ['id', '42'],
  ])('id under %s as %j is the string "42"', async (key, value) => {
    answerAgents({ response: [{ [key]: value, name: 'Lena Rossi' }] });
    await expect(listAgents(demo)).resolves.toEqual([{ agentId: '42', name: 'Lena Rossi' }]);
  });

  test('a status that says neither active nor inactive is left out; an agent listed twice counts once', async () => {
    answerAgents({
      response: [
        { id: 1, name: 'A', status: 'busy' },
        { id: 2, name: 'B', status: null },
        { id: 1, name: 'A again' },
        { id: 3, name: 'C', status: 2 },
      ],
    });
    await expect(listAgents(demo)).resolves.toEqual([
      { agentId: '1', name: 'A' },
      { agentId: '2', name: 'B' },
      { agentId: '3', name: 'C' },
    ]);
  });

  test('an empty roster is no agents, not an error', async () => {
    answerAgents({ response: [] });
    await expect(listAgents(demo)).resolves.toEqual([]);
    answerAgents({ response: {} });
    await expect(listAgents(demo)).resolves.toEqual([]);
  });

  test.each([
    ['no response', {}],
    ['a string', { response: 'Priya, Omar' }],
    ['a number', { response: 40 }],
    ['true (the mock’s shape fault)', { response: true }],
    ['an entry that is not an object', { response: [{ id: 1, name: 'A' }, 'B'] }],
    ['an entry without any id', { response: [{ name: 'Nameless id' }] }],
    ['an id that is an object', { response: [{ id: { value: 1 }, name: 'A' }] }],
    ['a blank id', { response: [{ agent_unique_id: '  ', name: 'A' }] }],
    ['keyed entries that are not objects', { response: { a1: 'Priya' } }],
    ['a keyed entry under a blank key', { response: { ' ': { name: 'Ghost' } } }],
  ])('%s is an "unexpected reply" of the Agent module', async (_label, extra) => {
    answerAgents(extra);
    const error = await failureOf(listAgents(demo));
    expect(error).toMatchObject({ kind: 'unexpected', module: 'Agent' });
    expect(error.message).toMatch(/does not understand/);
  });

  describe('the Agent module’s codes, which reuse the Group module’s numbers', () => {
    test.each([
      [1501, /still processing an earlier change/i],
      [1502, /filter/i],
      [1503, /role/i],
      [1505, /group the console sent for the agents/i],
      [1508, /agent status/i],
    ])('%i is read as the Agent module’s', async (code, message) => {
      mockStore.addFault('demo', { kind: 'code', code, actions: ['Agent/list'], times: 1 });
      const error = await failureOf(listAgents(demo));
      expect(error).toMatchObject({ kind: 'deepcall', code, module: 'Agent', isSessionEnded: false, isGroupNotFound: false });
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/group name|which group to change|no longer exists/i);
      expect(error.isTransient).toBe(false);
    });

    test('the same numbers on a Group call keep their Group meaning', async () => {
      mockStore.addFault('demo', { kind: 'code', code: 1501, actions: ['list'], times: 1 });
      expect((await failureOf(listGroups(demo))).message).toMatch(/enter a group name/i);
      mockStore.addFault('demo', { kind: 'code', code: 1503, actions: ['list'], times: 1 });
      expect(await failureOf(listGroups(demo))).toMatchObject({ module: 'Group', isGroupNotFound: true });
    });

    test.each([1014, 1020])('%i ends the session in the Agent module too', async (code) => {
      mockStore.addFault('demo', { kind: 'code', code, actions: ['Agent/list'], times: 1 });
      const error = await failureOf(listAgents(demo));
      expect(error).toMatchObject({ kind: 'deepcall', code, module: 'Agent', isSessionEnded: true });
      expect(error.message).toMatch(/sign in again/i);
    });

    test('bad credentials are 1014, a session end', async () => {
      const error = await failureOf(listAgents({ baseUrl: TEST_API_BASE, credentials: { ssid: 'stolen' } }));
      expect(error).toMatchObject({ code: 1014, module: 'Agent', isSessionEnded: true });
    });

    test('an unknown Agent code shows the server’s words', async () => {
      server.use(http.post(agentListUrl, () => HttpResponse.json({ status: 'error', code: 1599, message: 'Quota exceeded' })));
      const error = await failureOf(listAgents(demo));
      expect(error.message).toBe('DeepCall refused the request: Quota exceeded (code 1599)');
    });
  });

  test('network, HTTP and malformed faults on Agent/list', async () => {
    mockStore.addFault('demo', { kind: 'drop', actions: ['Agent/list'], times: 1 });
    expect(await failureOf(listAgents(demo))).toMatchObject({ kind: 'network', module: 'Agent', isTransient: true });
    mockStore.addFault('demo', { kind: 'http', status: 502, actions: ['Agent/list'], times: 1 });
    expect(await failureOf(listAgents(demo))).toMatchObject({ kind: 'http', httpStatus: 502, isTransient: true });
    mockStore.addFault('demo', { kind: 'malformed', actions: ['Agent/list'], times: 1 });
    expect(await failureOf(listAgents(demo))).toMatchObject({ kind: 'unexpected' });
    await expect(listAgents(demo)).resolves.toHaveLength(40);
  });
});

describe('setGroupMembers', () => {
  test('sends exactly {groupId, agent_unique_id, receive_call} plus the credentials, in the body and never the URL', async () => {
    const seen = recordRequests();
    const { id, members, outsiders } = busiest();
    const next = [at(members, 0), at(outsiders, 0)];
    await expect(setGroupMembers(byToken, { groupId: id, members: next, receiveCalls: [at(outsiders, 0)] })).resolves.toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(at(seen, 0)).toEqual({
      url: submitUrl,
      contentType: expect.stringMatching(/^text\/plain/),
      body: { groupId: id, agent_unique_id: next, receive_call: [at(outsiders, 0)], userId: 'demo', token: 'demo-token' },
    });
    expect(at(seen, 0).url).not.toMatch(/demo-token|token=|userId=|ssid/);
  });

  test('the membership is replaced: read back, and counted in the list', async () => {
    const { id, members, outsiders } = busiest();
    const next = [at(outsiders, 1), at(members, 1), at(outsiders, 2)];
    await setGroupMembers(demo, { groupId: id, members: next, receiveCalls: [at(members, 1)] });
    const membership = await getGroupMembership(demo, id);
    expect(membership.members.map((m) => [m.agentId, m.receivesCalls])).toEqual([
      [at(outsiders, 1), false],
      [at(members, 1), true],
      [at(outsiders, 2), false],
    ]);
    expect((await listGroups(demo, { groupId: id }))[0]?.agentCount).toBe(3);
  });

  test('empty lists leave the group without members', async () => {
    const { id } = busiest();
    await setGroupMembers(demo, { groupId: id, members: [], receiveCalls: [] });
    expect((await getGroupMembership(demo, id)).members).toEqual([]);
  });

  test('ids are sent once each, in the order given; the group id is trimmed', async () => {
    const seen = recordRequests();
    const { id, outsiders } = busiest();
    const [a, b] = [at(outsiders, 0), at(outsiders, 1)];
    await setGroupMembers(demo, { groupId: ` ${id} `, members: [b, a, b], receiveCalls: [a, a] });
    expect(at(seen, 0).body).toEqual({ groupId: id, agent_unique_id: [b, a], receive_call: [a], ssid: 'demo-ssid' });
  });

  test('receiveCalls outside members is refused before anything is sent', async () => {
    const seen = recordRequests();
    const { id, members, outsiders } = busiest();
    await expect(setGroupMembers(demo, { groupId: id, members: [at(members, 0)], receiveCalls: [at(outsiders, 0)] })).rejects.toThrow(RangeError);
    await listGroups(demo, { quick: true });
    expect(seen.map((s) => s.url)).toEqual([`${TEST_API_BASE}/api/v2/Group/list`]);
  });

  test('an agent the account does not have is 1000, and nothing changes', async () => {
    const { account, group, id } = busiest();
    const before = [...mockStore.relationsOf(account, group.id)];
    const error = await failureOf(setGroupMembers(demo, { groupId: id, members: ['ag-other-1'], receiveCalls: [] }));
    expect(error).toMatchObject({ kind: 'deepcall', code: 1000, module: 'Group', serverMessage: 'Invalid parameter(s)' });
    expect(error.message).toMatch(/no longer be part of this account/);
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test('a deleted group is 1503 (group gone)', async () => {
    const { id } = busiest();
    await deleteGroup(demo, id);
    expect(await failureOf(setGroupMembers(demo, { groupId: id, members: [], receiveCalls: [] }))).toMatchObject({
      code: 1503,
      isGroupNotFound: true,
    });
  });

  test('a session end mid-save is 1014, and nothing changes', async () => {
    const { account, group, id } = busiest();
    const before = [...mockStore.relationsOf(account, group.id)];
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['submitAssignGroupToAgent'], times: 1 });
    expect(await failureOf(setGroupMembers(demo, { groupId: id, members: [], receiveCalls: [] }))).toMatchObject({ isSessionEnded: true });
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test('a dropped connection is a network error; the server kept the old membership', async () => {
    const { account, group, id } = busiest();
    const before = [...mockStore.relationsOf(account, group.id)];
    mockStore.addFault('demo', { kind: 'drop', actions: ['submitAssignGroupToAgent'], times: 1 });
    expect(await failureOf(setGroupMembers(demo, { groupId: id, members: [], receiveCalls: [] }))).toMatchObject({ kind: 'network' });
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test('an error body on HTTP 500 is the DeepCall error it names', async () => {
    server.use(http.post(submitUrl, () => HttpResponse.json({ status: 'error', code: 1000, message: 'Invalid parameter(s)' }, { status: 500 })));
    expect(await failureOf(setGroupMembers(demo, { groupId: '1001', members: [], receiveCalls: [] }))).toMatchObject({
      kind: 'deepcall',
      code: 1000,
      httpStatus: 500,
    });
  });

  test('an already cancelled change sends nothing', async () => {
    const seen = recordRequests();
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(setGroupMembers(demo, { groupId: '1001', members: [], receiveCalls: [] }, controller.signal));
    expect(error.kind).toBe('aborted');
    await listGroups(demo, { quick: true });
    expect(seen.map((s) => s.url)).toEqual([`${TEST_API_BASE}/api/v2/Group/list`]);
  });
});
