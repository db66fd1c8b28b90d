import { describe, expect, test } from 'vitest';
import { parseGroup, parseGroupList, parseNewGroupId, ReplyShapeError } from './replies';
import { parseAgent, parseAgentList, parseGroupMembership } from './member-replies';

describe('parseGroup', () => {
  test('prefers the id inside the entry over the key it is filed under', () => {
    expect(parseGroup({ id: 3, name: 'Sales' }, '99')).toEqual({ id: '3', name: 'Sales', active: true });
    expect(parseGroup({ name: 'Sales' }, '99')).toEqual({ id: '99', name: 'Sales', active: true });
  });

  test.each([
    ['a blank key', { name: 'Sales' }, '  '],
    ['an id of null', { id: null, name: 'Sales' }, undefined],
    ['a name that is a number', { id: 1, name: 5 }, undefined],
    ['an array', [1, 'Sales'], undefined],
    ['null', null, undefined],
  ])('%s is a ReplyShapeError', (_label, input, key) => {
    expect(() => parseGroup(input, key)).toThrow(ReplyShapeError);
  });

  test('"inactive" and "false" read as inactive; anything else unknown as active', () => {
    expect(parseGroup({ id: 1, name: 'a', status: 'inactive' }).active).toBe(false);
    expect(parseGroup({ id: 1, name: 'a', status: 'FALSE' }).active).toBe(false);
    expect(parseGroup({ id: 1, name: 'a', status: 2 }).active).toBe(true);
  });

  test('a negative or fractional agent count is left out rather than shown', () => {
    expect(parseGroup({ id: 1, name: 'a', agent_count: -1 })).not.toHaveProperty('agentCount');
    expect(parseGroup({ id: 1, name: 'a', agentCount: 1.5 })).not.toHaveProperty('agentCount');
    expect(parseGroup({ id: 1, name: 'a', agentCount: 0 }).agentCount).toBe(0);
  });
});

describe('parseGroupList', () => {
  test('a keyed object whose key is the only id', () => {
    expect(parseGroupList({ '10': { name: 'A' }, '11': { name: 'B', status: 0 } })).toEqual([
      { id: '10', name: 'A', active: true },
      { id: '11', name: 'B', active: false },
    ]);
  });

  test.each([null, undefined, 'x', 3, true])('%j is a ReplyShapeError', (input) => {
    expect(() => parseGroupList(input)).toThrow(ReplyShapeError);
  });
});

describe('parseGroupMembership: the group and its members', () => {
  test('picks the asked-for group when groupData holds several', () => {
    const detail = parseGroupMembership(
      { groupData: [{ id: 4, name: 'Four' }, { id: 5, name: 'Five' }], relationData: [{ agent_unique_id: 'a', group_id: 5, receive_call: 1 }] },
      '5',
    );
    expect(detail.group).toEqual({ id: '5', name: 'Five', active: true, agentCount: 1 });
  });

  test('agents under agentId / agent_name, relations under agentId / receiveCall', () => {
    const detail = parseGroupMembership(
      {
        groupData: { id: 5, name: 'Five' },
        agentData: [{ agentId: 7, agent_name: 'Lena Rossi', email: 'lena@example.com' }, 'junk', { name: 'no id' }],
        relationData: [{ agentId: 7, receiveCall: 1 }, 'junk', { receive_call: 1 }],
      },
      '5',
    );
    expect(detail.members).toEqual([{ agentId: '7', name: 'Lena Rossi', email: 'lena@example.com', receivesCalls: true }]);
  });

  test.each([null, [], 'x'])('a response of %j is a ReplyShapeError', (input) => {
    expect(() => parseGroupMembership(input, '5')).toThrow(ReplyShapeError);
  });
});

describe('parseNewGroupId', () => {
  test.each([
    [{ groupId: 12 }, '12'],
    [{ groupId: ' 12 ' }, '12'],
    [{ _id: 'abc' }, 'abc'],
    [{ response: { id: 12 } }, '12'],
    [{ response: '12' }, '12'],
  ])('%j → %s', (body, id) => {
    expect(parseNewGroupId(body)).toBe(id);
  });

  test.each([
    {},
    { groupId: null },
    { groupId: '' },
    { response: '  ' },
    { response: [12] },
    { response: true },
    // A message is not an id: an add must not look successful with a made-up group.
    { response: 'Group added successfully' },
  ])(
    '%j is a ReplyShapeError',
    (body) => {
      expect(() => parseNewGroupId(body)).toThrow(ReplyShapeError);
    },
  );
});

describe('parseAgent and parseAgentList', () => {
  test('the key is the id of an entry that carries none; its own id wins', () => {
    expect(parseAgent({ name: 'A' }, 'k1')).toEqual({ agentId: 'k1', name: 'A' });
    expect(parseAgent({ agent_unique_id: 'own', name: 'A' }, 'k1')).toEqual({ agentId: 'own', name: 'A' });
  });

  test('ids are kept as written (they go back to the server), numbers as decimal text', () => {
    expect(parseAgent({ id: 1001 }).agentId).toBe('1001');
    expect(parseAgent({ id: ' a1' }).agentId).toBe(' a1');
  });

  test('an agent_unique_id of the wrong type gives way to the next key', () => {
    expect(parseAgent({ agent_unique_id: null, agentId: 'a2', name: 'B' }).agentId).toBe('a2');
  });

  test.each([null, 'a1', 7, [{ id: 1 }], { name: 'no id' }, { id: true, name: 'x' }])('%j is a ReplyShapeError', (input) => {
    expect(() => parseAgent(input)).toThrow(ReplyShapeError);
  });

  test.each([null, undefined, 'x', 3, true])('a list of %j is a ReplyShapeError', (input) => {
    expect(() => parseAgentList(input)).toThrow(ReplyShapeError);
  });

  // Work counted, not timed (the time of a 5,000-agent roster is the bench's figure): a few field reads per agent, none across agents.
  test('5,000 agents parse completely, reading each agent’s fields a fixed number of times', () => {
    let reads = 0;
    const counted = <T extends object>(entry: T): T =>
      new Proxy(entry, {
        get(target, key, receiver) {
          reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const response = Array.from({ length: 5_000 }, (_, i) =>
      counted({ agent_unique_id: `ag-${i}`, name: `Agent ${i}`, email: `a${i}@example.com`, status: i % 17 ? 1 : 0 }),
    );
    const agents = parseAgentList(response);
    expect(agents).toHaveLength(5_000);
    expect(agents[4_999]).toEqual({ agentId: 'ag-4999', name: 'Agent 4999', email: 'a4999@example.com', active: true });
    expect(agents[17]).toEqual({ agentId: 'ag-17', name: 'Agent 17', email: 'a17@example.com', active: false });
    expect(reads).toBeLessThanOrEqual(5_000 * 10);
  });
});

describe('parseGroupMembership', () => {
  test('the roster is detected from agentData entries that are not members', () => {
    const group = { id: 5, name: 'Five' };
    const relationData = [{ agent_unique_id: 'a', receive_call: 1 }];
    expect(parseGroupMembership({ groupData: group, agentData: [{ id: 'a' }, { id: 'b' }], relationData }, '5').roster).toEqual([
      { agentId: 'a', name: 'a' },
      { agentId: 'b', name: 'b' },
    ]);
    expect(parseGroupMembership({ groupData: group, agentData: [{ id: 'a' }], relationData }, '5').roster).toBeNull();
  });

  test('the asked-for group is found by a padded id too', () => {
    const detail = parseGroupMembership({ groupData: [{ id: 4, name: 'Four' }, { id: 5, name: 'Five' }] }, ' 5 ');
    expect(detail.group).toEqual({ id: '5', name: 'Five', active: true, agentCount: 0 });
  });

  test.each([null, [], 'x', 5])('a response of %j is a ReplyShapeError', (input) => {
    expect(() => parseGroupMembership(input, '5')).toThrow(ReplyShapeError);
  });
});
