import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { describeReplyStructure, describeUnreadableBody } from './reply-structure';

/** Every planted value: none may appear in a description. */
const SECRET = {
  token: 'tok-7f3a9c1e55',
  ssid: 'ssid-9b2d44e0aa',
  password: 'Hunter2-Plaintext',
  apiKey: 'ak_live_51Hq0Z',
  email: 'lena.rossi@example.com',
  otherEmail: 'priya.k@example.org',
  name: 'Lena Rossi',
  otherName: 'Priya Kapoor',
  groupName: 'Zanzibar Night Desk',
  phone: '+44 7700 900123',
  groupId: '987654',
  agentId: 'agt-55821',
  uuid: '3f2b8c1e-9d4a-4b6e-8f00-1c2d3e4f5a6b',
  date: '2025-01-06 09:00:00',
};
const PLANTED = Object.values(SECRET);

function expectNoPlanted(text: string, extra: string[] = []) {
  for (const value of [...PLANTED, ...extra]) expect(text).not.toContain(value);
  // Parts of values too: the local part of an email, a phone's digits, the id's digits.
  for (const part of ['lena.rossi', 'priya.k', '7700', '900123', '987654', '55821', 'Zanzibar', 'Rossi', 'Kapoor']) {
    expect(text).not.toContain(part);
  }
}

const group = { id: Number(SECRET.groupId), name: SECRET.groupName, status: 1, create_date: SECRET.date, agent_count: 3 };
const agent = { agent_unique_id: SECRET.agentId, name: SECRET.name, email: SECRET.email, phone: SECRET.phone, status: 'active' };
const relation = { agent_unique_id: SECRET.agentId, group_id: SECRET.groupId, receive_call: '1' };

/** The reply shapes the parsers tolerate (replies.ts, groups.test.ts, members.test.ts), with planted values. */
const tolerated: Array<[string, unknown]> = [
  ['list: response as an array', { status: 'success', code: 200, response: [group, { ...group, status: '0' }] }],
  ['list: an array with strings for numbers', { status: 'success', response: [{ id: SECRET.groupId, name: SECRET.groupName, status: '1', agent_count: '5' }] }],
  ['list: group_name instead of name', { status: 'success', response: [{ id: 5, group_name: SECRET.groupName }] }],
  ['list: response keyed by group id', { status: 'success', response: { [SECRET.groupId]: { name: SECRET.groupName }, '987655': { name: SECRET.otherName, status: 0 } } }],
  ['list: one group object', { status: 'success', response: group }],
  ['list: nested response.groups', { status: 'success', response: { groups: [group], total: 1 } }],
  ['list: an empty list', { status: 'success', response: [] }],
  [
    'relation: arrays',
    { status: 'success', response: { groupData: [group], agentData: [agent, { ...agent, email: SECRET.otherEmail, name: SECRET.otherName }], relationData: [relation] } },
  ],
  [
    'relation: single objects and other casings',
    { status: 'success', response: { GroupData: group, agent_data: agent, RelationData: relation } },
  ],
  [
    'relation: keyed by agent id',
    { status: 'success', response: { groupData: group, agentData: { [SECRET.agentId]: { name: SECRET.name, email: SECRET.email } }, relationData: { '1': relation } } },
  ],
  [
    'relation: agentId / agent_name / first and last names',
    {
      status: 'success',
      response: {
        groupData: group,
        agentData: [{ agentId: 7, agent_name: SECRET.name }, { agent_id: SECRET.agentId, first_name: 'Lena', last_name: 'Rossi' }, 'junk'],
        relationData: [{ agentId: 7, receiveCall: 1 }],
      },
    },
  ],
  ['add: groupId at the top', { status: 'success', groupId: Number(SECRET.groupId) }],
  ['add: a nested response id', { status: 'success', response: { id: SECRET.groupId } }],
  ['add: a bare response id', { status: 'success', response: SECRET.groupId }],
  ['Agent/list: keyed by email', { status: 'success', response: { [SECRET.email]: agent, [SECRET.otherEmail]: { ...agent, name: SECRET.otherName } } }],
];

describe('the structure of every tolerated reply', () => {
  test.each(tolerated)('%s: keys, types and lengths, no value', (_label, reply) => {
    const text = describeReplyStructure(reply);
    expectNoPlanted(text);
    expect(text).toContain('status: string');
  });

  test('a list reads as its keys, types and array length', () => {
    const reply = { status: 'success', code: 200, response: Array.from({ length: 1200 }, (_, i) => ({ groupid: i, name: `${SECRET.groupName} ${i}` })) };
    expect(describeReplyStructure(reply)).toBe(
      [
        '{',
        '  status: string',
        '  code: number',
        '  response: array(1200, first 20 looked at) of',
        '    {',
        '      groupid: number',
        '      name: string',
        '    }',
        '}',
      ].join('\n'),
    );
  });

  test('entries of different shapes are each described once, strings of digits told apart from numbers', () => {
    const text = describeReplyStructure({ status: 'success', response: [group, group, { ...group, id: SECRET.groupId }, 'junk', null] });
    expect(text).toContain('(1) {');
    expect(text).toContain('id: number');
    expect(text).toContain('id: string (digits)');
    expect(text).toContain('(3) string');
    expect(text).toContain('(and other shapes)');
    expectNoPlanted(text);
  });

  test('a reply keyed by group id shows that it is, not the ids', () => {
    const text = describeReplyStructure({ status: 'success', response: { [SECRET.groupId]: { name: SECRET.groupName }, '987655': { name: 'B' } } });
    expect(text).toContain('(2 keys not shown: numbers) each holding');
    expect(text).toContain('name: string');
    expectNoPlanted(text, ['987655']);
  });

  test('the relation reply names its three parts and their fields', () => {
    const text = describeReplyStructure(at(tolerated, 7)[1]);
    for (const line of ['groupData: array(1) of', 'agentData: array(2) of', 'relationData: array(1) of', 'agent_unique_id: string', 'receive_call: string (digits)', 'email: string']) {
      expect(text).toContain(line);
    }
  });
});

describe('keys that are data or credentials', () => {
  test('credential-like keys show only their name, anywhere in the reply', () => {
    const reply = {
      status: 'success',
      token: SECRET.token,
      ssid: SECRET.ssid,
      response: { user: { password: SECRET.password, api_key: SECRET.apiKey, Authorization: `Bearer ${SECRET.token}`, sessionSecret: { nested: SECRET.ssid } } },
    };
    const text = describeReplyStructure(reply);
    expectNoPlanted(text, ['Bearer']);
    for (const key of ['token', 'ssid', 'password', 'api_key', 'Authorization', 'sessionSecret']) expect(text).toContain(`${key}: redacted`);
    expect(text).not.toContain('nested');
  });

  test.each([
    ['emails', { [SECRET.email]: 1, [SECRET.otherEmail]: 2 }, 'emails'],
    ['uuids', { [SECRET.uuid]: 'x' }, 'uuids'],
    ['phone numbers', { [SECRET.phone]: 'x' }, 'words'],
    ['names', { [SECRET.name]: { id: 1 }, [SECRET.otherName]: { id: 2, x: 1 } }, 'words'],
    ['ids with letters', { [SECRET.agentId]: { name: 'x' }, 'agt-55822': { id: 3 } }, 'other text'],
    ['long keys', { ['x'.repeat(40)]: 1 }, 'other text'],
  ])('keys that are %s are counted, not shown', (_label, response, looks) => {
    const text = describeReplyStructure({ status: 'success', response });
    expect(text).toContain(`not shown: ${looks}`);
    expectNoPlanted(text, ['x'.repeat(40), '55822']);
  });

  test('ordinary-looking keys of a collection (same-shaped records) are not shown either', () => {
    const text = describeReplyStructure({ status: 'success', response: { lena: { name: SECRET.name, id: 1 }, priya: { name: SECRET.otherName, id: 2 } } });
    expect(text).not.toMatch(/lena|priya/i);
    expect(text).toContain('(2 keys not shown: other text) each holding');
  });

  test.each([
    ['one agent keyed by user name', { lena: { name: SECRET.name, email: SECRET.email } }],
    ['one user name for a name', { lena: SECRET.name }],
    ['user names for names', { lena: SECRET.name, priya: SECRET.otherName }],
    ['user names for lists', { lena: [SECRET.groupId], priya: [] }],
  ])('keys none of which DeepCall uses, holding one kind of value, are not shown: %s', (_label, response) => {
    const text = describeReplyStructure({ status: 'success', response });
    expect(text).not.toMatch(/lena|priya/i);
    expect(text).toMatch(/\(\d keys? not shown: other text\)/);
    expectNoPlanted(text);
  });

  test('records with DeepCall’s field names keep their keys, even of the same shape', () => {
    const text = describeReplyStructure({ status: 'success', response: { groupData: { id: 5, name: SECRET.groupName }, agentData: { id: 6, name: SECRET.name }, agentList: [agent] } });
    for (const line of ['groupData: {', 'agentData: {', 'agentList: array(1) of', 'id: number']) expect(text).toContain(line);
    expectNoPlanted(text);
  });

  test('an object of many keys shows none of them, however field-like', () => {
    const response = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`user_${String.fromCharCode(97 + (i % 26))}${i}`, i % 2 ? 'x' : { a: 1 }]));
    const text = describeReplyStructure({ status: 'success', response });
    expect(text).not.toContain('user_');
    expect(text).toContain('(500 keys not shown: other text, first 20 looked at) each holding');
  });
});

/**
 * `value` read through proxies that count every property read, at any depth: the describer's work,
 * counted instead of timed (how long a huge reply takes is a figure for the bench, not a unit test).
 */
function readsCounted<T extends object>(value: T): { value: T; reads: () => number } {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = <V>(target: V): V => {
    if (typeof target !== 'object' || target === null) return target;
    const known = proxies.get(target);
    if (known) return known as V;
    const proxy = new Proxy(target, {
      get(inner, key, receiver) {
        reads += 1;
        return wrap(Reflect.get(inner, key, receiver) as unknown);
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return { value: wrap(value), reads: () => reads };
}

describe('hostile replies', () => {
  test('10,000 levels deep: cut at a depth, no stack overflow', () => {
    const reply = JSON.parse(`${'{"data":'.repeat(10_000)}"${SECRET.token}"${'}'.repeat(10_000)}`) as unknown;
    const deepArrays = JSON.parse(`${'['.repeat(10_000)}"${SECRET.email}"${']'.repeat(10_000)}`) as unknown;
    const described = describeReplyStructure(reply);
    expect(described.split('\n').length).toBeLessThan(20);
    expect(described).toContain('{ 1 key … }');
    expect(describeReplyStructure(deepArrays)).toContain('array(1) …');
    expectNoPlanted(described + describeReplyStructure(deepArrays));
  });

  test('an array of a million items: as much work as a hundred, and the description stays short', () => {
    const replyOf = (length: number) => ({
      status: 'success',
      response: Array.from({ length }, (_, i) => ({ id: i, name: SECRET.groupName, email: SECRET.email })),
    });
    const hundred = readsCounted(replyOf(100));
    describeReplyStructure(hundred.value);
    const million = readsCounted(replyOf(1_000_000));
    const text = describeReplyStructure(million.value);
    expect(million.reads()).toBe(hundred.reads());
    expect(million.reads()).toBeLessThan(1_000);
    expect(text).toContain('response: array(1000000, first 20 looked at) of');
    expect(text.length).toBeLessThan(300);
    expectNoPlanted(text);
  });

  test('wide and deep at once: bounded work and at most 6,000 characters', () => {
    const level = (depth: number): unknown => {
      if (depth === 0) return SECRET.email;
      const inner = level(depth - 1);
      return Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field${String.fromCharCode(97 + i)}`, [inner, { other: inner }]]));
    };
    // 30 fields, each an array of two shapes, seven levels: 60^7 paths, far more than anyone reads.
    const reply = readsCounted({ status: 'success', response: level(7) });
    const text = describeReplyStructure(reply.value);
    // The describer stops after 2,000 values, each costing a few reads.
    expect(reply.reads()).toBeLessThan(20_000);
    expect(text.length).toBeLessThanOrEqual(6_000 + 40);
    expect(text).toMatch(/more keys|cut at 6000 characters|…/);
    expectNoPlanted(text);
  });

  test('a cycle (never in JSON, guarded anyway) is named, not followed', () => {
    const reply: Record<string, unknown> = { status: 'success' };
    reply.self = reply;
    expect(describeReplyStructure(reply)).toContain('self: (cycle)');
  });

  test('a long string value is only "string"', () => {
    const text = describeReplyStructure({ status: 'success', message: SECRET.password.repeat(10_000) });
    expect(text).toBe('{\n  status: string\n  message: string\n}');
  });

  test.each([
    ['null', null, 'null'],
    ['an array', [1, 'x'], 'array(2) of\n  (1) number\n  (2) string'],
    ['a number', 42, 'number'],
    ['an empty object', {}, '{}'],
  ])('a reply that is %s', (_label, reply, expected) => {
    expect(describeReplyStructure(reply)).toBe(expected);
  });
});

describe('a body that is not JSON', () => {
  test('only its length and media type, never its text', () => {
    const body = `<html><body>Welcome ${SECRET.name}, ${SECRET.email}</body></html>`;
    const text = describeUnreadableBody(body, 'text/html; charset=utf-8; x-user=lena.rossi@example.com');
    expect(text).toBe(`a body of ${body.length} characters that is not JSON (content type: text/html)`);
    expectNoPlanted(text);
  });

  test('an empty body, with no content type', () => {
    expect(describeUnreadableBody('', null)).toBe('an empty body (content type: none given)');
  });

  test('a content type that is not a media type is not repeated', () => {
    expect(describeUnreadableBody('x', SECRET.email)).toBe('a body of 1 character that is not JSON (content type: none given)');
  });
});

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe('any JSON reply', () => {
  /** Every string value becomes a marker and every number a planted one; keys stay as generated. */
  function plant(value: unknown, next: { n: number }): unknown {
    if (typeof value === 'string') return `⟦value ${next.n++}⟧`;
    if (typeof value === 'number') return 9_876_000 + next.n++;
    if (Array.isArray(value)) return value.map((item) => plant(item, next));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plant(item, next)]));
    return value;
  }

  test('no value of any generated reply reaches its description, which stays bounded', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), (generated) => {
        const text = describeReplyStructure(plant(generated, { n: 0 }));
        expect(text).not.toContain('⟦');
        expect(text).not.toContain('9876');
        expect(text.length).toBeLessThanOrEqual(6_000 + 40);
      }),
      { numRuns: 300 },
    );
  });
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
