/**
 * The mock's documented rules, one by one, spoken to the way a browser would:
 * fetch against the test origin, with msw's setupServer answering.
 */
import { describe, expect, test } from 'vitest';
import { mockStore, TEST_API_BASE } from './node';
import { at } from './test-helpers';

type Body = Record<string, unknown>;
const demo = { ssid: 'demo-ssid' };
const other = { userId: 'other', token: 'other-token' };

interface CallInit {
  contentType?: string;
  trailingSlash?: boolean;
  module?: 'Group' | 'Agent';
}

async function raw(action: string, body: string, init: CallInit = {}) {
  const response = await fetch(`${TEST_API_BASE}/api/v2/${init.module ?? 'Group'}/${action}${init.trailingSlash ? '/' : ''}`, {
    method: 'POST',
    headers: init.contentType === undefined ? {} : { 'content-type': init.contentType },
    body,
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Body };
}

/** Calls one action as `credentials`, the way DeepCall's samples do (no content type). */
function call(action: string, body: Body, credentials: Body = demo, init: CallInit = {}) {
  return raw(action, JSON.stringify({ ...body, ...credentials }), init);
}

/** Agent/list as `credentials`. */
function agentList(body: Body = {}, credentials: Body = demo, init: CallInit = {}) {
  return call('list', body, credentials, { ...init, module: 'Agent' });
}

async function groupsOf(credentials: Body = demo, filter: Body = {}): Promise<Body[]> {
  const { json } = await call('list', filter, credentials);
  expect(json.status).toBe('success');
  return json.response as Body[];
}

async function add(name: unknown, credentials: Body = demo): Promise<{ id: number; name: string }> {
  const { json } = await call('add', { name }, credentials);
  expect(json).toMatchObject({ status: 'success', code: 200, groupId: expect.any(Number) });
  const group = at(await groupsOf(credentials, { groupId: json.groupId }), 0);
  return { id: json.groupId as number, name: group.name as string };
}

function expectError(json: Body, code: number) {
  expect(json).toEqual({ status: 'error', code, message: expect.any(String) });
}

async function admin(path: string, method: string, body?: Body) {
  const response = await fetch(`${TEST_API_BASE}/__mock/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Body };
}

describe('list', () => {
  test('full entries: id, name, status, user_id, create_date, agent_count', async () => {
    const groups = await groupsOf();
    expect(groups).toHaveLength(25);
    for (const group of groups) {
      expect(Object.keys(group).sort()).toEqual(['agent_count', 'create_date', 'id', 'name', 'status', 'user_id']);
      expect(group).toMatchObject({ id: expect.any(Number), user_id: 'demo' });
      expect([0, 1]).toContain(group.status);
      expect(group.create_date).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    }
    expect(groups[0]).toMatchObject({ id: 1001, name: 'Inside Sales', status: 1, create_date: '2025-01-06 09:00:00' });
  });

  test('quick: true answers only id, name and status', async () => {
    const groups = await groupsOf(demo, { quick: true });
    expect(groups).toHaveLength(25);
    for (const group of groups) expect(Object.keys(group).sort()).toEqual(['id', 'name', 'status']);
  });

  test('the name filter is a case-insensitive substring, trimmed', async () => {
    const names = (await groupsOf(demo, { name: '  sUPPort ' })).map((g) => g.name as string);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toContain('Technical Support');
    for (const name of names) expect(name.toLowerCase()).toContain('support');
    const all = (await groupsOf()).filter((g) => (g.name as string).toLowerCase().includes('support'));
    expect(names).toEqual(all.map((g) => g.name));
    expect(await groupsOf(demo, { name: 'no such group' })).toEqual([]);
  });

  test.each([
    ['groupId', 1003],
    ['groupId', '1003'],
    ['groupid', 1003],
    ['groupid', ' 1003 '],
  ])('%s as %j filters to one group', async (key, value) => {
    const groups = await groupsOf(demo, { [key]: value });
    expect(groups.map((g) => g.id)).toEqual([1003]);
  });

  test('a group id that is not a number, or not this account’s, lists nothing', async () => {
    expect(await groupsOf(demo, { groupId: 'abc' })).toEqual([]);
    expect(await groupsOf(demo, { groupId: 1003.5 })).toEqual([]);
    const otherId = at(await groupsOf(other), 0).id;
    expect(await groupsOf(demo, { groupId: otherId })).toEqual([]);
  });

  test('agent_count counts the group’s relations', async () => {
    const account = mockStore.account('demo')!;
    for (const group of await groupsOf()) {
      expect(group.agent_count).toBe(mockStore.allRelations(account).filter((r) => r.group_id === group.id).length);
    }
  });
});

describe('names', () => {
  test('duplicates get the smallest free number appended, case-insensitively: Sales → Sales1 → Sales2', async () => {
    expect((await add('Sales')).name).toBe('Sales');
    expect((await add('SALES')).name).toBe('SALES1');
    expect((await add('sales')).name).toBe('sales2');
    // A freed number is reused.
    const sales1 = at(await groupsOf(demo, { name: 'sales1' }), 0);
    await call('delete', { groupId: sales1.id });
    expect((await add('Sales')).name).toBe('Sales1');
  });

  test('names are trimmed before storing and before comparing', async () => {
    expect((await add('  Night Owls \t')).name).toBe('Night Owls');
    expect((await add('Night Owls   ')).name).toBe('Night Owls1');
  });

  test('a seeded name is taken too', async () => {
    expect((await add('inside sales')).name).toBe('inside sales1');
  });

  test.each([[''], ['   '], ['\n\t']])('add with name %j is 1501', async (name) => {
    const { status, json } = await call('add', { name });
    expect(status).toBe(200);
    expectError(json, 1501);
    expect(await groupsOf()).toHaveLength(25);
  });

  test('add without a name, or with a name that is not text, is 1501', async () => {
    expectError((await call('add', {})).json, 1501);
    expectError((await call('add', { name: 42 })).json, 1501);
  });

  test('update keeps its own name without a suffix, and suffixes a name another group holds', async () => {
    const { json } = await call('update', { groupId: 1002, name: 'Support', status: 1 });
    expect(json).toEqual({ status: 'success', code: 200, message: 'Group updated successfully' });
    expect(at(await groupsOf(demo, { groupId: 1002 }), 0).name).toBe('Support');
    await call('update', { groupId: 1002, name: 'support', status: 1 });
    expect(at(await groupsOf(demo, { groupId: 1002 }), 0).name).toBe('support');
    await call('update', { groupId: 1003, name: 'SUPPORT', status: 1 });
    expect(at(await groupsOf(demo, { groupId: 1003 }), 0).name).toBe('SUPPORT1');
  });

  test('the same name in another account is no duplicate', async () => {
    expect((await add('Other Co Sales')).name).toBe('Other Co Sales');
    expect((await add('Other Co Sales', other)).name).toBe('Other Co Sales1');
  });
});

describe('update', () => {
  test('status 0 deactivates, "0" too; a missing status re-activates (DeepCall’s default)', async () => {
    const statusOf = async () => at(await groupsOf(demo, { groupId: 1001 }), 0).status;
    await call('update', { groupId: '1001', name: 'Inside Sales', status: 0 });
    expect(await statusOf()).toBe(0);
    await call('update', { groupId: '1001', name: 'Inside Sales', status: 1 });
    expect(await statusOf()).toBe(1);
    await call('update', { groupid: 1001, name: 'Inside Sales', status: '0' });
    expect(await statusOf()).toBe(0);
    await call('update', { groupId: 1001, name: 'Inside Sales' });
    expect(await statusOf()).toBe(1);
  });

  test('a missing id is 1502, before the name is looked at', async () => {
    expectError((await call('update', { name: 'X', status: 1 })).json, 1502);
    expectError((await call('update', {})).json, 1502);
    expectError((await call('update', { groupId: '' , name: 'X' })).json, 1502);
  });

  test('a missing name is 1501, even for a status-only change', async () => {
    expectError((await call('update', { groupId: 1001, status: 0 })).json, 1501);
    expect(at(await groupsOf(demo, { groupId: 1001 }), 0)).toMatchObject({ name: 'Inside Sales', status: 1 });
  });

  test('an unknown id is 1503', async () => {
    expectError((await call('update', { groupId: 999999, name: 'X' })).json, 1503);
    expectError((await call('update', { groupId: 'abc', name: 'X' })).json, 1503);
  });
});

describe('per-account isolation', () => {
  test('each account lists only its own groups', async () => {
    const mine = (await groupsOf()).map((g) => g.id);
    const theirs = (await groupsOf(other)).map((g) => g.name);
    expect(theirs).toEqual(['Other Co Sales', 'Other Co Support', 'Other Co Billing']);
    expect((await groupsOf(other)).some((g) => mine.includes(g.id))).toBe(false);
  });

  test('another account’s group id is 1503 for update, delete and relations, and is left untouched', async () => {
    const target = at(await groupsOf(other), 0);
    expectError((await call('update', { groupId: target.id, name: 'Taken over', status: 0 })).json, 1503);
    expectError((await call('delete', { groupId: target.id })).json, 1503);
    expectError((await call('getGroupAgentRelation', { groupId: target.id })).json, 1503);
    expect(at(await groupsOf(other), 0)).toMatchObject({ id: target.id, name: 'Other Co Sales', status: 1 });
  });

  test('userId + token and ssid reach the same demo account', async () => {
    await add('Via ssid');
    const names = (await groupsOf({ userId: 'demo', token: 'demo-token' })).map((g) => g.name);
    expect(names).toContain('Via ssid');
  });
});

describe('credentials and body', () => {
  test.each([
    ['a wrong ssid', { ssid: 'nope' }, 1014],
    ['an ssid that is not text', { ssid: 7 }, 1014],
    ['a wrong token', { userId: 'demo', token: 'other-token' }, 1014],
    ['a token without userId', { token: 'demo-token' }, 1014],
    ['another account’s userId with this token', { userId: 'other', token: 'demo-token' }, 1014],
    ['no credentials', {}, 1020],
    ['a userId without token', { userId: 'demo' }, 1020],
    ['empty credentials', { ssid: '', userId: '', token: '' }, 1020],
  ])('%s is %i', async (_label, credentials, code) => {
    const { status, json, headers } = await call('list', {}, credentials);
    expect(status).toBe(200);
    expectError(json, code);
    expect(headers.get('access-control-allow-origin')).toBe('*');
  });

  test('bad credentials never change anything', async () => {
    expectError((await call('delete', { groupId: 1001 }, { ssid: 'nope' })).json, 1014);
    expect(await groupsOf(demo, { groupId: 1001 })).toHaveLength(1);
  });

  test.each([
    ['an empty body', ''],
    ['plain text', 'name=Sales'],
    ['cut-off JSON', '{"ssid":"demo-ssid",'],
    ['a JSON array', '[{"ssid":"demo-ssid"}]'],
    ['JSON null', 'null'],
    ['a JSON string', '"demo-ssid"'],
  ])('%s is 1047', async (_label, body) => {
    const { status, json } = await raw('list', body);
    expect(status).toBe(200);
    expectError(json, 1047);
  });

  test.each([
    ['no content type', undefined],
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['application/json', 'application/json'],
    ['a form type', 'application/x-www-form-urlencoded'],
  ])('JSON is read whatever the content type: %s', async (_label, contentType) => {
    const { json } = await call('list', { groupId: 1001 }, demo, { contentType });
    expect(json).toMatchObject({ status: 'success', response: [{ id: 1001 }] });
  });

  test.each(['list', 'add', 'update', 'delete', 'getGroupAgentRelation'])(
    'the path with a trailing "/" works for %s',
    async (action) => {
      const body: Body = action === 'add' ? { name: 'Slash' } : { groupId: 1005, name: 'Renamed', status: 1 };
      const { status, json } = await call(action, body, demo, { trailingSlash: true });
      expect(status).toBe(200);
      expect(json.status).toBe('success');
    },
  );

  test('an unknown action is an error, not a success', async () => {
    const { status, json } = await call('rename', { groupId: 1001 });
    expect(status).toBe(404);
    expect(json).toMatchObject({ status: 'error', code: 404 });
  });
});

describe('delete and relations', () => {
  test('delete answers the documented message and cascades the group’s relations', async () => {
    const account = mockStore.account('demo')!;
    const groupId = at(mockStore.allRelations(account), 0).group_id;
    const before = mockStore.allRelations(account).length;
    const members = mockStore.allRelations(account).filter((r) => r.group_id === groupId).length;
    expect(members).toBeGreaterThan(0);
    const { json } = await call('delete', { groupid: String(groupId) });
    expect(json).toEqual({ status: 'success', code: 200, message: 'Group deleted successfully' });
    expect(mockStore.allRelations(account).some((r) => r.group_id === groupId)).toBe(false);
    expect(mockStore.allRelations(account)).toHaveLength(before - members);
    expect(await groupsOf(demo, { groupId })).toEqual([]);
    // The agents themselves stay.
    expect(account.agents).toHaveLength(40);
  });

  test('delete without an id is 1502; an unknown one 1503', async () => {
    expectError((await call('delete', {})).json, 1502);
    expectError((await call('delete', { groupId: null })).json, 1502);
    expectError((await call('delete', { groupId: 424242 })).json, 1503);
    expect(await groupsOf()).toHaveLength(25);
  });

  test('getGroupAgentRelation answers groupData, agentData and relationData', async () => {
    const account = mockStore.account('demo')!;
    const groupId = at(mockStore.allRelations(account), 0).group_id;
    const { json } = await call('getGroupAgentRelation', { groupId: String(groupId), quick: true });
    expect(json.status).toBe('success');
    const response = json.response as { groupData: Body; agentData: Body[]; relationData: Body[] };
    expect(response.groupData).toMatchObject({ id: groupId, name: expect.any(String), status: expect.any(Number) });
    const expected = mockStore.allRelations(account).filter((r) => r.group_id === groupId);
    expect(response.relationData).toEqual(expected);
    expect(response.groupData.agent_count).toBe(expected.length);
    // agentData is the account's roster (the contract's default), members and the others alike.
    expect(response.agentData).toEqual(account.agents);
    for (const r of expected) expect(response.agentData.map((a) => a.agent_unique_id)).toContain(r.agent_unique_id);
    for (const agent of response.agentData) expect(Object.keys(agent).sort()).toEqual(['agent_unique_id', 'email', 'name', 'status']);
    for (const relation of response.relationData) expect([0, 1]).toContain(relation.receive_call);
  });

  test('getGroupAgentRelation without an id is 1502', async () => {
    expectError((await call('getGroupAgentRelation', {})).json, 1502);
  });
});

describe('CORS like the real API', () => {
  test('replies carry the real API’s CORS headers', async () => {
    const { headers } = await call('list', {});
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-allow-methods')).toBe('POST, GET, OPTIONS, PATCH, DELETE');
    expect(headers.get('access-control-allow-headers')).toBe('X-Requested-With, content-type');
    expect(headers.get('access-control-allow-credentials')).toBe('true');
    expect(headers.get('content-type')).toMatch(/^application\/json/);
  });

  test.each(['list', 'list/', 'add'])('a preflight OPTIONS to %s is 204 with the CORS headers', async (path) => {
    const response = await fetch(`${TEST_API_BASE}/api/v2/Group/${path}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://console.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(await response.text()).toBe('');
  });
});

describe('faults', () => {
  async function fault(account: string, spec: Body) {
    const { status } = await admin('faults', 'POST', { account, fault: spec });
    expect(status).toBe(200);
  }

  test('latency delays the answer, then answers normally', async () => {
    await fault('demo', { kind: 'latency', ms: 80, times: 1 });
    const started = performance.now();
    const groups = await groupsOf();
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
    expect(groups).toHaveLength(25);
  });

  test('http without a body: an HTML error page with the status asked for', async () => {
    await fault('demo', { kind: 'http', status: 503 });
    const response = await fetch(`${TEST_API_BASE}/api/v2/Group/list`, { method: 'POST', body: JSON.stringify(demo) });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<html>');
  });

  test('http with a body: a DeepCall error body on that status', async () => {
    await fault('demo', { kind: 'http', status: 500, withBody: true });
    const { status, json } = await call('list', {});
    expect(status).toBe(500);
    expect(json).toMatchObject({ status: 'error', code: 500 });
  });

  test('malformed: a cut-off JSON text on HTTP 200', async () => {
    await fault('demo', { kind: 'malformed' });
    const response = await fetch(`${TEST_API_BASE}/api/v2/Group/list`, { method: 'POST', body: JSON.stringify(demo) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"status":"succ');
  });

  test('shape: a success whose content nobody can read', async () => {
    await fault('demo', { kind: 'shape' });
    const { json } = await call('add', { name: 'Ghost' });
    expect(json.status).toBe('success');
    expect(json.groupId).toBeNull();
    // The fault answered instead of the store: nothing was added.
    expect(mockStore.account('demo')!.groups.some((g) => g.name === 'Ghost')).toBe(false);
  });

  test('drop: the connection fails', async () => {
    await fault('demo', { kind: 'drop' });
    await expect(call('list', {})).rejects.toThrow(TypeError);
  });

  test('code: the DeepCall error asked for', async () => {
    await fault('demo', { kind: 'code', code: 1015 });
    expectError((await call('list', {})).json, 1015);
    await fault('other', { kind: 'code' });
    const { json } = await call('list', {}, other);
    expect(json).toEqual({ status: 'error', code: 1014, message: 'Invalid or expired token' });
  });

  test('a fault applies only to its account and, with actions, only to those actions', async () => {
    await fault('demo', { kind: 'code', code: 1503, actions: ['delete'] });
    expect(await groupsOf()).toHaveLength(25);
    expectError((await call('delete', { groupId: 1001 })).json, 1503);
    expect(await groupsOf(demo, { groupId: 1001 })).toHaveLength(1);
    const theirs = at(await groupsOf(other), 0);
    expect((await call('delete', { groupId: theirs.id }, other)).json.status).toBe('success');
  });

  test('times: the fault runs out; without times it stays until cleared', async () => {
    await fault('demo', { kind: 'code', code: 1014, times: 2 });
    expectError((await call('list', {})).json, 1014);
    expectError((await call('list', {})).json, 1014);
    expect((await call('list', {})).json.status).toBe('success');

    await fault('demo', { kind: 'code', code: 1014 });
    for (let i = 0; i < 3; i++) expectError((await call('list', {})).json, 1014);
    expect((await admin('faults', 'DELETE', { account: 'demo' })).status).toBe(200);
    expect((await call('list', {})).json.status).toBe('success');
  });

  test('clearing one account’s faults leaves the others', async () => {
    await fault('demo', { kind: 'code', code: 1015 });
    await fault('other', { kind: 'code', code: 1015 });
    await admin('faults', 'DELETE', { account: 'demo' });
    expect((await call('list', {})).json.status).toBe('success');
    expectError((await call('list', {}, other)).json, 1015);
    await admin('faults', 'DELETE');
    expect((await call('list', {}, other)).json.status).toBe('success');
  });

  test('a fault for an unknown account, or without a fault, is refused', async () => {
    expect((await admin('faults', 'POST', { account: 'nobody', fault: { kind: 'drop' } })).status).toBe(400);
    expect((await admin('faults', 'POST', { account: 'demo' })).status).toBe(400);
    expect((await call('list', {})).json.status).toBe('success');
  });

  test('elsewhere: a colleague renames a group the moment the console reads it, and the read sees it', async () => {
    await fault('demo', { kind: 'elsewhere', actions: ['list'], elsewhere: { groupId: 1002, name: 'Support Desk', status: 0 }, times: 1 });
    // A request about another group does not set it off.
    expect(at(await groupsOf(demo, { groupId: 1003 }), 0).name).toBe('Billing');
    expect(at(await groupsOf(demo, { groupId: 1002 }), 0)).toMatchObject({ name: 'Support Desk', status: 0 });
    // Once only: the name stays theirs, nothing changes again.
    expect(at(await groupsOf(demo, { groupId: 1002 }), 0)).toMatchObject({ name: 'Support Desk', status: 0 });
  });

  test('elsewhere: a group deleted just before the console’s update is answered 1503, and stays deleted', async () => {
    await fault('demo', { kind: 'elsewhere', actions: ['update'], elsewhere: { groupId: '1003', delete: true }, times: 1 });
    expect((await groupsOf()).some((g) => g.id === 1003)).toBe(true);
    expectError((await call('update', { groupId: '1003', name: 'Billing', status: 1 })).json, 1503);
    expect(await groupsOf(demo, { groupId: 1003 })).toEqual([]);
  });

  test('elsewhere: a list of every group sets it off; a rename keeps names unique', async () => {
    await fault('demo', { kind: 'elsewhere', elsewhere: { groupId: 1001, name: 'support' }, times: 1 });
    const names = (await groupsOf()).map((g) => g.name);
    expect(names).toContain('support1');
    expect(names).not.toContain('Inside Sales');
  });

  test('bad credentials are answered before any fault', async () => {
    await fault('demo', { kind: 'drop' });
    expectError((await call('list', {}, { ssid: 'nope' })).json, 1014);
  });
});

describe('admin routes', () => {
  test('health', async () => {
    const response = await fetch(`${TEST_API_BASE}/__mock/health`);
    expect(await response.json()).toEqual({ ok: true });
  });

  test('/__mock/accounts creates an isolated account with its own seeded groups', async () => {
    const { json: first } = await admin('accounts', 'POST', { seedGroups: 3 });
    const { json: second } = await admin('accounts', 'POST', {});
    expect(first).toEqual({ userId: expect.any(String), token: expect.any(String), ssid: expect.any(String) });
    expect(first.userId).not.toBe(second.userId);
    expect(first.ssid).not.toBe(second.ssid);

    const byToken = { userId: first.userId, token: first.token };
    const mine = await groupsOf(byToken);
    expect(mine.map((g) => g.name)).toEqual(['Inside Sales', 'Support', 'Billing']);
    expect(await groupsOf({ ssid: first.ssid })).toEqual(mine);
    expect(await groupsOf({ ssid: second.ssid })).toHaveLength(25);

    // Same names as demo, different groups: demo cannot touch them, nor can the other test account.
    const demoIds = (await groupsOf()).map((g) => g.id);
    for (const g of mine) expect(demoIds).not.toContain(g.id);
    expectError((await call('delete', { groupId: at(mine, 0).id })).json, 1503);
    expectError((await call('delete', { groupId: at(mine, 0).id }, { ssid: second.ssid })).json, 1503);
    expect((await call('delete', { groupId: at(mine, 0).id }, byToken)).json.status).toBe('success');

    // Its faults stay its own.
    await admin('faults', 'POST', { account: first.userId, fault: { kind: 'code', code: 1015 } });
    expectError((await call('list', {}, byToken)).json, 1015);
    expect((await call('list', {}, { ssid: second.ssid })).json.status).toBe('success');
    expect((await call('list', {})).json.status).toBe('success');
  });

  test('/__mock/reset restores the demo data with the seed size asked for', async () => {
    await call('delete', { groupId: 1001 });
    await admin('accounts', 'POST', {});
    expect((await admin('reset', 'POST', { seedGroups: 5 })).json).toEqual({ ok: true });
    const groups = await groupsOf();
    expect(groups.map((g) => g.id)).toEqual([1001, 1002, 1003, 1004, 1005]);
    await admin('reset', 'POST');
    expect(await groupsOf()).toHaveLength(25);
  });
});

/* ---------- membership: submitAssignGroupToAgent, Agent/list, the members-only switch ---------- */

interface RelationReply {
  groupData: Body;
  agentData: Body[];
  relationData: Body[];
}

async function relationOf(groupId: number | string, credentials: Body = demo): Promise<RelationReply> {
  const { json } = await call('getGroupAgentRelation', { groupId, quick: true }, credentials);
  expect(json.status).toBe('success');
  return json.response as RelationReply;
}

async function agentCountOf(groupId: number, credentials: Body = demo): Promise<unknown> {
  return at(await groupsOf(credentials, { groupId }), 0).agent_count;
}

function assign(groupId: unknown, agentIds: unknown, receiveCalls: unknown, credentials: Body = demo, init: CallInit = {}) {
  return call('submitAssignGroupToAgent', { groupId, agent_unique_id: agentIds, receive_call: receiveCalls }, credentials, init);
}

const invalidParameters = { status: 'error', code: 1000, message: 'Invalid parameter(s)' };

/** The demo group with the most members, and agents of the account who are not in it. */
function busiestDemoGroup() {
  const account = mockStore.account('demo')!;
  const group = [...account.groups].sort((a, b) => mockStore.agentCount(account, b.id) - mockStore.agentCount(account, a.id))[0]!;
  const members = mockStore.relationsOf(account, group.id).map((r) => r.agent_unique_id);
  const outsiders = account.agents.map((a) => a.agent_unique_id).filter((id) => !members.includes(id));
  return { account, group, members, outsiders };
}

describe('submitAssignGroupToAgent', () => {
  test('replaces the membership: exactly the listed agents afterwards, exactly receive_call taking calls', async () => {
    const { group, members, outsiders } = busiestDemoGroup();
    expect(members.length).toBeGreaterThan(1);
    const kept = at(members, 0);
    const joining = at(outsiders, 0);
    const { status, json } = await assign(String(group.id), [kept, joining], [joining]);
    expect(status).toBe(200);
    expect(json).toEqual({ status: 'success', code: 200, message: 'Agents assigned successfully' });

    const reply = await relationOf(group.id);
    expect(reply.relationData).toEqual([
      { agent_unique_id: kept, group_id: group.id, receive_call: 0 },
      { agent_unique_id: joining, group_id: group.id, receive_call: 1 },
    ]);
    expect(reply.groupData.agent_count).toBe(2);
    expect(await agentCountOf(group.id)).toBe(2);
  });

  test('other groups keep their members, including the agents that moved', async () => {
    const { account, group, members } = busiestDemoGroup();
    const before = new Map(account.groups.filter((g) => g.id !== group.id).map((g) => [g.id, [...mockStore.relationsOf(account, g.id)]]));
    await assign(group.id, [], []);
    for (const [id, relations] of before) expect(mockStore.relationsOf(account, id)).toEqual(relations);
    // Taking an agent out of one group does not take it out of the account.
    for (const id of members) expect(account.agents.some((a) => a.agent_unique_id === id)).toBe(true);
  });

  test('empty lists leave the group without members; a group without members can get some', async () => {
    const { group, outsiders } = busiestDemoGroup();
    expect((await assign(group.id, [], [])).json.status).toBe('success');
    expect((await relationOf(group.id)).relationData).toEqual([]);
    expect(await agentCountOf(group.id)).toBe(0);

    const fresh = await add('Night Crew');
    expect((await relationOf(fresh.id)).relationData).toEqual([]);
    const three = outsiders.slice(0, 3);
    expect((await assign(fresh.id, three, three)).json.status).toBe('success');
    expect((await relationOf(fresh.id)).relationData.map((r) => r.agent_unique_id)).toEqual(three);
    expect(await agentCountOf(fresh.id)).toBe(3);
  });

  test('an id listed twice is one member', async () => {
    const { group, outsiders } = busiestDemoGroup();
    const [a, b] = [at(outsiders, 0), at(outsiders, 1)];
    await assign(group.id, [a, b, a], [b, b]);
    expect((await relationOf(group.id)).relationData).toEqual([
      { agent_unique_id: a, group_id: group.id, receive_call: 0 },
      { agent_unique_id: b, group_id: group.id, receive_call: 1 },
    ]);
  });

  test.each([
    ['groupId', 'a number', (id: number) => ({ groupId: id })],
    ['groupId', 'a string', (id: number) => ({ groupId: String(id) })],
    ['groupid', 'a padded string', (id: number) => ({ groupid: ` ${id} ` })],
  ])('the group id under %s as %s, and the path with a trailing "/"', async (_key, _as, idField) => {
    const { group, outsiders } = busiestDemoGroup();
    const one = at(outsiders, 0);
    const { json } = await call(
      'submitAssignGroupToAgent',
      { ...idField(group.id), agent_unique_id: [one], receive_call: [one] },
      demo,
      { trailingSlash: true },
    );
    expect(json.status).toBe('success');
    expect(mockStore.relationsOf(mockStore.account('demo')!, group.id).map((r) => r.agent_unique_id)).toEqual([one]);
  });

  test.each([[undefined], [null], ['']])('no groupId (%j) is 1502, before the lists are looked at', async (groupId) => {
    expectError((await assign(groupId, 'not a list', 7)).json, 1502);
  });

  test('a group of another account, or none, is 1503 and nothing changes', async () => {
    const theirs = at(await groupsOf(other), 0);
    const demoAgent = at(mockStore.account('demo')!.agents, 0).agent_unique_id;
    expectError((await assign(theirs.id, [demoAgent], [])).json, 1503);
    expectError((await assign(424242, [demoAgent], [])).json, 1503);
    expectError((await assign('abc', [demoAgent], [])).json, 1503);
    expect(mockStore.relationsOf(mockStore.account('other')!, theirs.id as number)).toEqual([]);
  });

  test('an id in receive_call that is not in agent_unique_id is 1000 Invalid parameter(s), and nothing changes', async () => {
    const { account, group, members, outsiders } = busiestDemoGroup();
    const before = [...mockStore.relationsOf(account, group.id)];
    const { status, json } = await assign(group.id, [at(members, 0)], [at(members, 0), at(outsiders, 0)]);
    expect(status).toBe(200);
    expect(json).toEqual(invalidParameters);
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test.each([
    ['an id nobody has', ['ag-demo-999999']],
    ['another account’s agent', ['ag-other-1']],
    ['a padded id', [' ag-demo-1']],
    ['one unknown among known ones', ['ag-demo-1', 'ag-demo-2', 'nobody']],
  ])('%s in agent_unique_id is 1000, and nothing changes', async (_label, ids) => {
    const { account, group } = busiestDemoGroup();
    const before = [...mockStore.relationsOf(account, group.id)];
    expect((await assign(group.id, ids, [])).json).toEqual(invalidParameters);
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test.each([
    ['agent_unique_id missing', { receive_call: [] }],
    ['receive_call missing', { agent_unique_id: ['ag-demo-1'] }],
    ['both missing', {}],
    ['agent_unique_id as one string', { agent_unique_id: 'ag-demo-1', receive_call: [] }],
    ['numbers as ids', { agent_unique_id: [1001], receive_call: [] }],
    ['receive_call as an object', { agent_unique_id: ['ag-demo-1'], receive_call: { 'ag-demo-1': 1 } }],
    ['a null id', { agent_unique_id: ['ag-demo-1', null], receive_call: [] }],
  ])('%s is 1000: a missing list never empties a group', async (_label, fields) => {
    const { account, group } = busiestDemoGroup();
    const before = [...mockStore.relationsOf(account, group.id)];
    expect((await call('submitAssignGroupToAgent', { groupId: group.id, ...fields })).json).toEqual(invalidParameters);
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test('per account: another account assigns its own agents to its own groups, and never demo’s', async () => {
    const theirs = at(await groupsOf(other), 0);
    expect((await assign(theirs.id, ['ag-other-1', 'ag-other-2'], ['ag-other-2'], other)).json.status).toBe('success');
    expect((await relationOf(theirs.id as number, other)).relationData.map((r) => r.agent_unique_id)).toEqual(['ag-other-1', 'ag-other-2']);
    expect(await agentCountOf(theirs.id as number, other)).toBe(2);
    expect((await assign(theirs.id, ['ag-demo-1'], [], other)).json).toEqual(invalidParameters);
  });

  test('bad credentials change nothing', async () => {
    const { account, group } = busiestDemoGroup();
    const before = [...mockStore.relationsOf(account, group.id)];
    expectError((await assign(group.id, [], [], { ssid: 'nope' })).json, 1014);
    expectError((await assign(group.id, [], [], {})).json, 1020);
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });

  test('deleting a group removes the relations it was just given; the agents and the other groups stay', async () => {
    const { account, outsiders } = busiestDemoGroup();
    const fresh = await add('Short-lived');
    await assign(fresh.id, outsiders.slice(0, 4), outsiders.slice(0, 2));
    const total = mockStore.allRelations(account).length;
    await call('delete', { groupId: fresh.id });
    expect(mockStore.allRelations(account).some((r) => r.group_id === fresh.id)).toBe(false);
    expect(mockStore.allRelations(account)).toHaveLength(total - 4);
    expect(account.agents).toHaveLength(40);
    expectError((await assign(fresh.id, [], [])).json, 1503);
  });
});

describe('getGroupAgentRelation and the members-only switch', () => {
  test('by default agentData is the roster: every agent of the account, with status', async () => {
    const { account, group } = busiestDemoGroup();
    const reply = await relationOf(group.id);
    expect(reply.agentData).toEqual(account.agents.map(({ agent_unique_id, name, email, status }) => ({ agent_unique_id, name, email, status })));
    expect(reply.agentData.length).toBeGreaterThan(reply.relationData.length);
  });

  test('POST /__mock/settings switches one account to members-only agentData, and back', async () => {
    const { account, group } = busiestDemoGroup();
    const { status, json } = await admin('settings', 'POST', { account: 'demo', membersOnlyAgentData: true });
    expect(status).toBe(200);
    expect(json).toEqual({ ok: true, settings: { membersOnlyAgentData: true, agentListWithoutGroups: false } });

    const reply = await relationOf(group.id);
    expect(reply.agentData.map((a) => a.agent_unique_id)).toEqual(reply.relationData.map((r) => r.agent_unique_id));
    for (const agent of reply.agentData) expect(account.agents).toContainEqual(agent);
    // Only that account: another keeps its roster.
    const theirs = at(await groupsOf(other), 0);
    expect((await relationOf(theirs.id as number, other)).agentData).toHaveLength(3);

    await admin('settings', 'POST', { account: 'demo', membersOnlyAgentData: false });
    expect((await relationOf(group.id)).agentData).toHaveLength(40);
  });

  test('members-only agentData follows a submit at once, and is empty for a group without members', async () => {
    await admin('settings', 'POST', { account: 'demo', membersOnlyAgentData: true });
    const { group, outsiders } = busiestDemoGroup();
    await assign(group.id, [at(outsiders, 1)], []);
    expect((await relationOf(group.id)).agentData.map((a) => a.agent_unique_id)).toEqual([at(outsiders, 1)]);
    await assign(group.id, [], []);
    expect((await relationOf(group.id)).agentData).toEqual([]);
  });

  test('/__mock/settings refuses an unknown account or a setting that is not a boolean', async () => {
    expect((await admin('settings', 'POST', { account: 'nobody', membersOnlyAgentData: true })).status).toBe(400);
    expect((await admin('settings', 'POST', { account: 'demo', membersOnlyAgentData: 'yes' })).status).toBe(400);
    expect((await admin('settings', 'POST', { account: 'demo' })).status).toBe(400);
    expect(mockStore.account('demo')!.settings.membersOnlyAgentData).toBe(false);
  });

  test('/__mock/accounts takes seedAgents and membersOnlyAgentData', async () => {
    const { json: created } = await admin('accounts', 'POST', { seedGroups: 6, seedAgents: 12, membersOnlyAgentData: true });
    const credentials = { userId: created.userId, token: created.token };
    const account = mockStore.account(created.userId as string)!;
    expect(account.agents).toHaveLength(12);
    expect(account.settings.membersOnlyAgentData).toBe(true);
    const group = [...account.groups].sort((a, b) => mockStore.agentCount(account, b.id) - mockStore.agentCount(account, a.id))[0]!;
    const reply = await relationOf(group.id, credentials);
    expect(reply.relationData.length).toBeGreaterThan(0);
    expect(reply.agentData.map((a) => a.agent_unique_id)).toEqual(reply.relationData.map((r) => r.agent_unique_id));
    // Without the switch, a new account answers the roster.
    const { json: plain } = await admin('accounts', 'POST', { seedGroups: 2, seedAgents: 0 });
    expect(mockStore.account(plain.userId as string)!.agents).toEqual([]);
    expect(mockStore.account(plain.userId as string)!.settings.membersOnlyAgentData).toBe(false);
  });

  test('/__mock/reset takes seedAgents, and forgets the switch', async () => {
    await admin('settings', 'POST', { account: 'demo', membersOnlyAgentData: true });
    await admin('reset', 'POST', { seedGroups: 3, seedAgents: 7 });
    expect(mockStore.account('demo')!.agents).toHaveLength(7);
    expect(mockStore.account('demo')!.settings.membersOnlyAgentData).toBe(false);
    await admin('reset', 'POST');
    expect(mockStore.account('demo')!.agents).toHaveLength(40);
  });
});

describe('Agent/list', () => {
  test('answers the account’s agents as {agent_unique_id, name, email, status, groups}, by ssid or by userId + token', async () => {
    const { status, json } = await agentList();
    expect(status).toBe(200);
    expect(json.status).toBe('success');
    expect(json.code).toBe(200);
    const agents = json.response as Body[];
    const account = mockStore.account('demo')!;
    expect(agents.map(({ groups: _, ...agent }) => agent)).toEqual(account.agents);
    for (const agent of agents) {
      expect(Object.keys(agent).sort()).toEqual(['agent_unique_id', 'email', 'groups', 'name', 'status']);
      expect(agent).toMatchObject({ agent_unique_id: expect.any(String), name: expect.any(String), email: expect.stringContaining('@') });
      expect([0, 1]).toContain(agent.status);
    }
    expect(agents.some((a) => a.status === 0)).toBe(true);
    // Each agent's groups are exactly the relations the server holds, with their call flags.
    const held = mockStore.allRelations(account).map(({ agent_unique_id, group_id, receive_call }) => ({ agent_unique_id, group_id, receive_call }));
    const listed = agents.flatMap((a) =>
      (a.groups as { group_id: number; receive_call: 0 | 1 }[]).map((g) => ({ agent_unique_id: a.agent_unique_id, ...g })),
    );
    const order = (r: { agent_unique_id: unknown; group_id: number }) => `${String(r.agent_unique_id)}/${r.group_id}`;
    expect(listed.map(order).sort()).toEqual(held.map(order).sort());
    expect(listed.sort((a, b) => order(a).localeCompare(order(b)))).toEqual(held.sort((a, b) => order(a).localeCompare(order(b))));
    // The seed leaves some agents in no group.
    expect(agents.some((a) => (a.groups as unknown[]).length === 0)).toBe(true);
    expect((await agentList({}, { userId: 'demo', token: 'demo-token' })).json.response).toEqual(agents);
  });

  test('with agentListWithoutGroups the entries carry no groups, until switched back', async () => {
    expect((await admin('settings', 'POST', { account: 'demo', agentListWithoutGroups: true })).json).toEqual({
      ok: true,
      settings: { membersOnlyAgentData: false, agentListWithoutGroups: true },
    });
    for (const agent of (await agentList()).json.response as Body[]) expect(Object.keys(agent).sort()).toEqual(['agent_unique_id', 'email', 'name', 'status']);
    await admin('settings', 'POST', { account: 'demo', agentListWithoutGroups: false });
    for (const agent of (await agentList()).json.response as Body[]) expect(agent.groups).toEqual(expect.any(Array));
  });

  test('the path with a trailing "/" works, and the preflight is answered', async () => {
    expect((await agentList({}, demo, { trailingSlash: true })).json.status).toBe('success');
    const response = await fetch(`${TEST_API_BASE}/api/v2/Agent/list`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://console.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('each account sees its own agents', async () => {
    const theirs = (await agentList({}, other)).json.response as Body[];
    expect(theirs.map((a) => a.agent_unique_id)).toEqual(['ag-other-1', 'ag-other-2', 'ag-other-3']);
  });

  test.each([
    ['ssid with userId + token', { ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' }],
    ['ssid with a token', { ssid: 'demo-ssid', token: 'demo-token' }],
    ['ssid with a userId', { ssid: 'demo-ssid', userId: 'demo' }],
  ])('%s is refused with 1000: in the Agent module, ssid must be absent with userId + token', async (_label, credentials) => {
    expect((await agentList({}, credentials)).json).toEqual(invalidParameters);
    // The Group module lets the ssid win, as before.
    expect((await call('list', { quick: true }, credentials)).json.status).toBe('success');
  });

  test.each([
    ['a wrong ssid', { ssid: 'nope' }, 1014],
    ['a wrong token', { userId: 'demo', token: 'other-token' }, 1014],
    ['no credentials', {}, 1020],
    ['empty credentials', { ssid: '', userId: '', token: '' }, 1020],
  ])('%s is %i, as in the Group module', async (_label, credentials, code) => {
    expectError((await agentList({}, credentials)).json, code);
  });

  test('a body that is not JSON is 1047; an unknown Agent action 404', async () => {
    expectError((await raw('list', 'name=Priya', { module: 'Agent' })).json, 1047);
    const { status, json } = await call('delete', {}, demo, { module: 'Agent' });
    expect(status).toBe(404);
    expect(json).toMatchObject({ status: 'error', code: 404 });
  });

  test('filters: name (case-insensitive, name or email), status, and group', async () => {
    const account = mockStore.account('demo')!;
    const byName = (await agentList({ name: ' PRIYA ' })).json.response as Body[];
    expect(byName.length).toBeGreaterThan(0);
    for (const agent of byName) expect(`${String(agent.name)} ${String(agent.email)}`.toLowerCase()).toContain('priya');
    expect(((await agentList({ name: 'example.com' })).json.response as Body[]).length).toBe(40);

    const inactive = (await agentList({ status: '0' })).json.response as Body[];
    expect(inactive.map((a) => a.agent_unique_id)).toEqual(account.agents.filter((a) => a.status === 0).map((a) => a.agent_unique_id));

    const { group, members } = busiestDemoGroup();
    const inGroup = (await agentList({ groupId: String(group.id) })).json.response as Body[];
    expect(inGroup.map((a) => a.agent_unique_id).sort()).toEqual([...members].sort());
  });

  test('the Agent module’s own codes: 1508 for a bad status, 1502 for a bad filter', async () => {
    const theirs = at(await groupsOf(other), 0);
    expect((await agentList({ status: 2 })).json).toEqual({ status: 'error', code: 1508, message: 'Invalid status value' });
    expect((await agentList({ status: 'active' })).json).toEqual({ status: 'error', code: 1508, message: 'Invalid status value' });
    expect((await agentList({ status: [1] })).json).toEqual({ status: 'error', code: 1508, message: 'Invalid status value' });
    expect((await agentList({ groupId: theirs.id })).json).toEqual({ status: 'error', code: 1502, message: 'Invalid filter value' });
    expect((await agentList({ groupId: { id: 1 } })).json).toEqual({ status: 'error', code: 1502, message: 'Invalid filter value' });
    expect((await agentList({ name: 42 })).json).toEqual({ status: 'error', code: 1502, message: 'Invalid filter value' });
  });
});

describe('faults on the membership actions', () => {
  async function fault(account: string, spec: Body) {
    expect((await admin('faults', 'POST', { account, fault: spec })).status).toBe(200);
  }

  test('actions: ["submitAssignGroupToAgent"] hits the submit only, which then changes nothing', async () => {
    const { account, group } = busiestDemoGroup();
    const before = [...mockStore.relationsOf(account, group.id)];
    await fault('demo', { kind: 'code', code: 1503, actions: ['submitAssignGroupToAgent'], times: 1 });
    expect((await relationOf(group.id)).relationData).toEqual(before);
    expectError((await assign(group.id, [], [])).json, 1503);
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
    expect((await assign(group.id, [], [])).json.status).toBe('success');
  });

  test('actions: ["Agent/list"] hits the roster only; ["list"] the group list only', async () => {
    await fault('demo', { kind: 'drop', actions: ['Agent/list'], times: 1 });
    expect((await call('list', { quick: true })).json.status).toBe('success');
    await expect(agentList()).rejects.toThrow(TypeError);
    expect((await agentList()).json.status).toBe('success');

    await fault('demo', { kind: 'code', code: 1015, actions: ['list'], times: 1 });
    expect((await agentList()).json.status).toBe('success');
    expectError((await call('list', {})).json, 1015);
  });

  test('a fault without actions applies to the new actions too', async () => {
    await fault('demo', { kind: 'http', status: 503, times: 2 });
    const response = await fetch(`${TEST_API_BASE}/api/v2/Agent/list`, { method: 'POST', body: JSON.stringify(demo) });
    expect(response.status).toBe(503);
    const { group } = busiestDemoGroup();
    const submit = await fetch(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, {
      method: 'POST',
      body: JSON.stringify({ groupId: group.id, agent_unique_id: [], receive_call: [], ...demo }),
    });
    expect(submit.status).toBe(503);
    expect(mockStore.relationsOf(mockStore.account('demo')!, group.id).length).toBeGreaterThan(0);
  });

  test('latency, malformed and shape on Agent/list', async () => {
    await fault('demo', { kind: 'latency', ms: 60, actions: ['Agent/list'], times: 1 });
    const started = performance.now();
    expect((await agentList()).json.status).toBe('success');
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);

    await fault('demo', { kind: 'malformed', actions: ['Agent/list'], times: 1 });
    const response = await fetch(`${TEST_API_BASE}/api/v2/Agent/list`, { method: 'POST', body: JSON.stringify(demo) });
    expect(await response.text()).toBe('{"status":"succ');

    await fault('demo', { kind: 'shape', actions: ['Agent/list'], times: 1 });
    expect((await agentList()).json).toMatchObject({ status: 'success', response: true });
  });

  test('a forced code on Agent/list is answered in the Agent module’s words', async () => {
    await fault('demo', { kind: 'code', code: 1501, actions: ['Agent/list'], times: 1 });
    expect((await agentList()).json).toEqual({ status: 'error', code: 1501, message: 'Data already in processing' });
    await fault('demo', { kind: 'code', code: 1501, actions: ['add'], times: 1 });
    expect((await call('add', { name: 'X' })).json).toEqual({ status: 'error', code: 1501, message: 'name field is required' });
  });

  test('shape on the submit: a success nobody can read, and nothing changes', async () => {
    const { account, group } = busiestDemoGroup();
    const before = [...mockStore.relationsOf(account, group.id)];
    await fault('demo', { kind: 'shape', actions: ['submitAssignGroupToAgent'], times: 1 });
    expect((await assign(group.id, [], [])).json).toMatchObject({ status: 'success', response: true });
    expect(mockStore.relationsOf(account, group.id)).toEqual(before);
  });
});
