import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { mockStore, server, TEST_API_BASE } from '../../mocks/node';
import { version } from '../../package.json';
import { addGroup, listGroups } from './groups';
import { getGroupMembership, listAgents } from './members';
import { formatSupportDetails } from './support-details';
import type { ApiConfig } from './transport';
import { failureOf } from '@/test/failure-of';

/** Credentials the console sends: they must never reach the details. */
const SIGNED_IN = { ssid: 'ssid-SENT-4f9e1b77c2' };
const BY_TOKEN = { userId: 'user-SENT-8812', token: 'token-SENT-b04c6d19' };
const config: ApiConfig = { baseUrl: TEST_API_BASE, credentials: SIGNED_IN };

/** Credentials and personal data planted in the reply. */
const PLANTED = {
  token: 'tok-PLANTED-7f3a9c1e55',
  ssid: 'ssid-PLANTED-9b2d44e0',
  password: 'Hunter2-PLANTED',
  email: 'lena.rossi@example.com',
  name: 'Lena Rossi',
  phone: '+44 7700 900123',
  groupId: '987654',
  groupName: 'Zanzibar Night Desk',
};

/** A reply the parsers cannot read, carrying every planted value in values and in keys. */
const hostileReply = {
  status: 'success',
  code: 200,
  token: PLANTED.token,
  ssid: PLANTED.ssid,
  user: { password: PLANTED.password, email: PLANTED.email, phone: PLANTED.phone, name: PLANTED.name },
  // A list of groups would be here; this one is a string, which no parser reads.
  response: `${PLANTED.groupName}, ${PLANTED.groupId}`,
  byEmail: { [PLANTED.email]: { name: PLANTED.name, phone: PLANTED.phone } },
  byId: { [PLANTED.groupId]: { name: PLANTED.groupName }, '987655': { name: PLANTED.groupName } },
};

function reply(path: string, body: string | object, init?: { status?: number; contentType?: string }) {
  server.use(
    http.post(`${TEST_API_BASE}${path}`, () =>
      typeof body === 'string'
        ? new HttpResponse(body, { status: init?.status ?? 200, headers: { 'Content-Type': init?.contentType ?? 'text/html' } })
        : HttpResponse.json(body as Record<string, unknown>, { status: init?.status ?? 200 }),
    ),
  );
}

function expectNothingPlanted(text: string) {
  const forbidden = [...Object.values(PLANTED), ...Object.values(SIGNED_IN), ...Object.values(BY_TOKEN)];
  for (const value of forbidden) expect(text).not.toContain(value);
  for (const part of ['lena', 'Rossi', '7700', '98765', 'Zanzibar', 'PLANTED', 'SENT']) expect(text.toLowerCase()).not.toContain(part.toLowerCase());
}

describe('details for support of a reply that cannot be read', () => {
  test('say the action, HTTP status, time, console version, what was wrong and the structure, with no planted value', async () => {
    reply('/api/v2/Group/list', hostileReply);
    const before = Date.now();
    const error = await failureOf(listGroups(config, { name: PLANTED.groupName }));
    expect(error.kind).toBe('unexpected');
    expect(error.message).toContain('while reading the groups');
    const details = error.support;
    expect(details).toMatchObject({ action: 'Group/list', httpStatus: 200, consoleVersion: version, problem: 'the list of groups is missing' });
    expect(Date.parse(details?.at ?? '')).toBeGreaterThanOrEqual(before - 1);
    expect(details?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const text = formatSupportDetails(details!);
    expect(text).toContain('Action: Group/list');
    expect(text).toContain('HTTP status: 200');
    expect(text).toContain(`Console version: ${version}`);
    expect(text).toContain('Problem: the list of groups is missing');
    for (const line of ['  token: redacted', '  ssid: redacted', '    password: redacted', '  response: string', '    email: string', 'not shown: emails', 'not shown: numbers']) {
      expect(text).toContain(line);
    }
    expectNothingPlanted(text);
  });

  test('signed in with user id and token: neither reaches the details', async () => {
    reply('/api/v2/Group/list', hostileReply);
    const error = await failureOf(listGroups({ baseUrl: TEST_API_BASE, credentials: BY_TOKEN }));
    expectNothingPlanted(formatSupportDetails(error.support!));
  });

  test.each([
    ['Group/getGroupAgentRelation', '/api/v2/Group/getGroupAgentRelation', () => getGroupMembership(config, PLANTED.groupId), 'the group details are missing'],
    ['Agent/list', '/api/v2/Agent/list', () => listAgents(config), 'the list of agents is missing'],
    ['Group/add', '/api/v2/Group/add', () => addGroup(config, PLANTED.groupName), 'the reply does not say which id the new group got'],
  ])('%s names its action and its problem', async (action, path, call, problem) => {
    reply(path, { ...hostileReply, response: true });
    const error = await failureOf(call());
    expect(error.support).toMatchObject({ action, problem });
    expectNothingPlanted(formatSupportDetails(error.support!));
  });

  test('a body that is not JSON: its length and content type, never its text', async () => {
    const page = `<html><body>Signed in as ${PLANTED.email} (${PLANTED.token})</body></html>`;
    reply('/api/v2/Group/list', page);
    const error = await failureOf(listGroups(config));
    expect(error.support).toMatchObject({ problem: 'the reply is not JSON', reply: `a body of ${page.length} characters that is not JSON (content type: text/html)` });
    expectNothingPlanted(formatSupportDetails(error.support!));
  });

  test('an empty body', async () => {
    reply('/api/v2/Group/list', '', { contentType: 'application/json' });
    const error = await failureOf(listGroups(config));
    expect(error.support?.reply).toBe('an empty body (content type: application/json)');
  });

  test('JSON without the envelope, and a status that is neither success nor error', async () => {
    reply('/api/v2/Group/list', [{ id: PLANTED.groupId, name: PLANTED.groupName }]);
    const noEnvelope = await failureOf(listGroups(config));
    expect(noEnvelope.support?.problem).toMatch(/not an object with a "status"/);
    expect(noEnvelope.support?.reply).toContain('array(1) of');

    reply('/api/v2/Group/list', { status: PLANTED.token, response: [] });
    const oddStatus = await failureOf(listGroups(config));
    expect(oddStatus.support?.problem).toMatch(/neither "success" nor "error"/);
    expectNothingPlanted(formatSupportDetails(noEnvelope.support!) + formatSupportDetails(oddStatus.support!));
  });

  test('the mock’s shape and malformed faults carry details', async () => {
    mockStore.addFault('demo', { kind: 'shape', actions: ['list'], times: 1 });
    mockStore.addFault('demo', { kind: 'malformed', actions: ['getGroupAgentRelation'], times: 1 });
    const demo: ApiConfig = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' } };
    expect((await failureOf(listGroups(demo))).support).toMatchObject({ action: 'Group/list', reply: expect.stringContaining('response: boolean') });
    expect((await failureOf(getGroupMembership(demo, '1001'))).support).toMatchObject({ action: 'Group/getGroupAgentRelation', problem: 'the reply is not JSON' });
  });

  test('errors that are answers or glitches carry none', async () => {
    reply('/api/v2/Group/list', { status: 'error', code: 1503, message: 'Group not found' });
    expect((await failureOf(listGroups(config))).support).toBeUndefined();
    reply('/api/v2/Group/list', '<html>Bad Gateway</html>', { status: 502 });
    expect((await failureOf(listGroups(config))).support).toBeUndefined();
    server.use(http.post(`${TEST_API_BASE}/api/v2/Group/list`, () => HttpResponse.error()));
    expect((await failureOf(listGroups(config))).support).toBeUndefined();
  });
});
