/**
 * Property tests: whatever names, ids and replies arrive, the client either
 * returns parsed data or throws an ApiError, and the mock keeps its rules.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
 
import { createHandlers } from '../../mocks/handlers';
 
import { mockStore, TEST_API_BASE } from '../../mocks/node';
import { addGroup, deleteGroup, findGroup, listGroups, updateGroup } from './groups';
import { getGroupMembership, listAgents, setGroupMembers } from './members';
import { ApiError } from './errors';
import { parseGroupList, parseNewGroupId, ReplyShapeError } from './replies';
import { parseAgentList, parseGroupMembership } from './member-replies';
import type { ApiConfig } from './transport';
import type { Agent, Group, GroupMembership } from './types';

const RUNS = { numRuns: 1000 };
/** 1000 runs of real client and handler work; generous so a busy machine does not turn it into a timeout. */
const PROPERTY_TIMEOUT_MS = 60_000;

/**
 * The mock's own handlers over the shared store, called the way mocks/server.ts
 * calls them. Skipping the fetch interceptor keeps thousands of requests fast;
 * the example tests cover the interceptor path.
 */
const handlers = createHandlers({ store: mockStore, origin: TEST_API_BASE });
const mockFetch: typeof fetch = async (input, init) => {
  const response = await getResponse(handlers, new Request(input, init));
  if (!response) throw new Error(`no mock handler for ${String(input)}`);
  if (response.type === 'error') throw new TypeError('Failed to fetch');
  return response;
};
const demo: ApiConfig = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' }, fetch: mockFetch };

const padding = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'), { maxLength: 3 })
  .map((chars) => chars.join(''));
const core = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.constantFrom('Sales', 'sales', 'SALES', 'Sales1', 'Support', 'Inside Sales', '0', 'null', '<b>x</b>', '"; DROP TABLE'),
);
/** Names as a supervisor might type or paste them: any Unicode, stray whitespace, likely duplicates. */
const names = fc.tuple(padding, core, padding).map(([a, b, c]) => a + b + c);

/** Group ids as they might reach the client: real ones, numbers, padding, junk. */
const ids = fc.oneof(
  fc.constantFrom('1001', '1007', ' 1002 ', '', '  ', '-1', '0', '1e3', '0x3ED', '١٠٠١', '1001.0', '99999999999999999999'),
  fc.integer({ min: 1000, max: 1030 }).map(String),
  fc.integer().map(String),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

/** Either the value, or the ApiError it was rejected with; anything else fails the property. */
async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: ApiError }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { ok: false, error };
  }
}

/** The Group module's own refusals are the only errors a well-signed-in call may meet. */
function expectOnlyGroupCodes(outcome: { ok: true } | { ok: false; error: ApiError }) {
  if (outcome.ok) return;
  expect(outcome.error.kind).toBe('deepcall');
  expect([1501, 1502, 1503]).toContain(outcome.error.code);
}

function expectGroup(group: Group) {
  expect(typeof group.id).toBe('string');
  expect(group.id.trim()).not.toBe('');
  expect(typeof group.name).toBe('string');
  expect(typeof group.active).toBe('boolean');
  if (group.createdAt !== undefined) expect(typeof group.createdAt).toBe('string');
  if (group.agentCount !== undefined) expect(Number.isInteger(group.agentCount) && group.agentCount >= 0).toBe(true);
}

function expectDetail(detail: Pick<GroupMembership, 'group' | 'members'>) {
  expectGroup(detail.group);
  expect(detail.group.agentCount).toBe(detail.members.length);
  for (const member of detail.members) {
    expect(typeof member.agentId).toBe('string');
    expect(typeof member.name).toBe('string');
    expect(typeof member.receivesCalls).toBe('boolean');
  }
}

function expectAgent(agent: Agent) {
  expect(typeof agent.agentId).toBe('string');
  expect(agent.agentId.trim()).not.toBe('');
  expect(typeof agent.name).toBe('string');
  if (agent.email !== undefined) expect(typeof agent.email).toBe('string');
  if (agent.active !== undefined) expect(typeof agent.active).toBe('boolean');
}

function expectMembership(membership: GroupMembership) {
  expectDetail(membership);
  expect(new Set(membership.members.map((m) => m.agentId)).size).toBe(membership.members.length);
  if (membership.roster === null) return;
  membership.roster.forEach(expectAgent);
  expect(new Set(membership.roster.map((a) => a.agentId)).size).toBe(membership.roster.length);
  // A roster is only reported when it holds someone who is not a member.
  const members = new Set(membership.members.map((m) => m.agentId));
  expect(membership.roster.some((a) => !members.has(a.agentId))).toBe(true);
}

/** Only what JSON.parse can produce: replies are always parsed JSON text. */
const json = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const idish = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.double(), fc.boolean());
/** Objects that look like groups often enough to reach the deeper branches of the parsers. */
const groupish = fc.record(
  {
    id: idish,
    groupId: idish,
    group_id: idish,
    _id: idish,
    name: fc.oneof(fc.string(), json),
    group_name: fc.string(),
    status: fc.oneof(fc.constantFrom(0, 1, '0', '1', true, false, null, 'inactive'), json),
    create_date: fc.oneof(fc.string(), json),
    agent_count: fc.oneof(fc.nat(), fc.string(), json),
  },
  { requiredKeys: [] },
).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
/** An entry filed under its id as the key, carrying no id itself. */
const nameOnly = fc.record({ name: fc.string(), status: fc.constantFrom(0, 1) });
const replyContent = fc.oneof(
  json,
  groupish,
  fc.array(groupish, { maxLength: 4 }),
  fc
    .dictionary(fc.oneof(fc.constantFrom('', ' ', '12', 'abc'), fc.string()), fc.oneof(groupish, nameOnly), { maxKeys: 4 })
    .map((v) => JSON.parse(JSON.stringify(v)) as unknown),
);

function onlyShapeErrors(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReplyShapeError);
    return undefined;
  }
}

describe('the reply parsers on arbitrary JSON', () => {
  test('parseGroupList returns well-formed groups or throws ReplyShapeError, nothing else', () => {
    fc.assert(
      fc.property(replyContent, (response) => {
        const groups = onlyShapeErrors(() => parseGroupList(response)) as Group[] | undefined;
        if (groups !== undefined) groups.forEach(expectGroup);
      }),
      RUNS,
    );
  });

  test('parseGroupMembership returns a well-formed group and members or throws ReplyShapeError', () => {
    const detailish = fc.record(
      {
        groupData: fc.oneof(groupish, fc.array(groupish, { maxLength: 3 }), json),
        agentData: fc.oneof(fc.array(fc.oneof(json, fc.record({ agent_unique_id: idish, name: fc.string() })), { maxLength: 3 }), json),
        relationData: fc.oneof(
          fc.array(fc.oneof(json, fc.record({ agent_unique_id: idish, group_id: idish, receive_call: fc.oneof(idish, json) })), { maxLength: 3 }),
          json,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(json, detailish.map((v) => JSON.parse(JSON.stringify(v)) as unknown)), ids, (response, groupId) => {
        const detail = onlyShapeErrors(() => parseGroupMembership(response, groupId)) as GroupMembership | undefined;
        if (detail === undefined) return;
        // A blank requested id cannot stand in for a missing one.
        expectGroup(detail.group);
        expectDetail(detail);
      }),
      RUNS,
    );
  });

  const agentish = fc
    .record(
      {
        agent_unique_id: idish,
        agentId: idish,
        agent_id: idish,
        id: idish,
        name: fc.oneof(fc.string(), json),
        agent_name: fc.oneof(fc.string(), json),
        first_name: fc.oneof(fc.string(), json),
        last_name: fc.string(),
        email: fc.oneof(fc.string(), json),
        status: fc.oneof(fc.constantFrom(0, 1, '0', '1', true, 'busy', null), json),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown);
  const agentLists = fc.oneof(
    json,
    agentish,
    fc.array(agentish, { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom('', ' ', 'a1', '7'), fc.string()), agentish, { maxKeys: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  );

  test('parseAgentList returns well-formed, distinct agents or throws ReplyShapeError', () => {
    fc.assert(
      fc.property(agentLists, (response) => {
        const agents = onlyShapeErrors(() => parseAgentList(response)) as Agent[] | undefined;
        if (agents === undefined) return;
        agents.forEach(expectAgent);
        expect(new Set(agents.map((a) => a.agentId)).size).toBe(agents.length);
      }),
      RUNS,
    );
  });

  test('parseGroupMembership returns a well-formed membership (roster or null) or throws ReplyShapeError', () => {
    const membershipish = fc.record(
      {
        groupData: fc.oneof(groupish, fc.array(groupish, { maxLength: 3 }), json),
        agentData: agentLists,
        relationData: fc.oneof(
          fc.array(fc.oneof(json, fc.record({ agent_unique_id: idish, agentId: idish, group_id: idish, receive_call: fc.oneof(idish, json) }, { requiredKeys: [] })), { maxLength: 4 }),
          json,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(json, membershipish.map((v) => JSON.parse(JSON.stringify(v)) as unknown)), ids, (response, groupId) => {
        const membership = onlyShapeErrors(() => parseGroupMembership(response, groupId)) as GroupMembership | undefined;
        if (membership !== undefined) expectMembership(membership);
      }),
      RUNS,
    );
  });

  test('parseNewGroupId returns a non-blank id or throws ReplyShapeError', () => {
    const body = fc.oneof(
      fc.dictionary(fc.string(), json, { maxKeys: 4 }),
      fc.record({ groupId: idish, id: idish, response: fc.oneof(json, groupish) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(body.map((v) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>), (reply) => {
        const id = onlyShapeErrors(() => parseNewGroupId(reply));
        if (id !== undefined) {
          expect(typeof id).toBe('string');
          expect((id as string).trim()).not.toBe('');
        }
      }),
      RUNS,
    );
  });
});

describe('the client on arbitrary replies', () => {
  const nullBodyStatus = new Set([204, 205, 304]);
  const status = fc.oneof(
    fc.constant(200),
    fc.integer({ min: 200, max: 599 }).filter((s) => !nullBodyStatus.has(s)),
  );
  const envelope = fc
    .record(
      {
        status: fc.oneof(fc.constantFrom('success', 'error'), fc.string(), json),
        code: fc.oneof(fc.constantFrom(200, 1014, 1501, 1503, '1020'), json),
        message: fc.oneof(fc.string(), json),
        response: replyContent,
        groupId: idish,
      },
      { requiredKeys: ['status'] },
    )
    .map((v) => JSON.stringify(v));
  const text = fc.oneof(envelope, envelope, json.map((v) => JSON.stringify(v)), fc.string(), fc.constant(''));

  test('every call resolves with parsed data or rejects with an ApiError', async () => {
    const listed = { ok: 0, failed: 0 };
    await fc.assert(
      fc.asyncProperty(status, text, names, ids, async (httpStatus, body, name, groupId) => {
        const config: ApiConfig = {
          ...demo,
          fetch: async () => new Response(body, { status: httpStatus }),
        };
        const list = await settle(listGroups(config));
        listed[list.ok ? 'ok' : 'failed'] += 1;
        if (list.ok) list.value.forEach(expectGroup);
        const added = await settle(addGroup(config, name));
        if (added.ok) expect(added.value.id.trim()).not.toBe('');
        await settle(updateGroup(config, { groupId, name, active: false }));
        await settle(deleteGroup(config, groupId));
        const detail = await settle(getGroupMembership(config, groupId));
        if (detail.ok) expectDetail(detail.value);
        for (const outcome of [list, added, detail]) {
          if (!outcome.ok) {
            expect(outcome.error.message.length).toBeGreaterThan(10);
            expect(['deepcall', 'http', 'unexpected']).toContain(outcome.error.kind);
          }
        }
      }),
      RUNS,
    );
    // Both outcomes were reached, so the property checked parsed data too.
    expect(listed.ok).toBeGreaterThan(0);
    expect(listed.failed).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT_MS);
});

describe('the membership calls on arbitrary replies', () => {
  const nullBodyStatus = new Set([204, 205, 304]);
  const status = fc.oneof(fc.constant(200), fc.integer({ min: 200, max: 599 }).filter((s) => !nullBodyStatus.has(s)));
  const text = fc.oneof(
    fc
      .record(
        {
          status: fc.oneof(fc.constantFrom('success', 'error'), fc.string(), json),
          code: fc.oneof(fc.constantFrom(200, 1000, 1014, 1501, 1503, 1508, '1020'), json),
          message: fc.oneof(fc.string(), json),
          response: fc.oneof(replyContent, json),
        },
        { requiredKeys: ['status'] },
      )
      .map((v) => JSON.stringify(v)),
    json.map((v) => JSON.stringify(v)),
    fc.string(),
  );

  test('getGroupMembership, listAgents and setGroupMembers resolve with parsed data or reject with an ApiError', async () => {
    await fc.assert(
      fc.asyncProperty(status, text, ids, async (httpStatus, body, groupId) => {
        const config: ApiConfig = { ...demo, fetch: async () => new Response(body, { status: httpStatus }) };
        const membership = await settle(getGroupMembership(config, groupId));
        if (membership.ok) expectMembership(membership.value);
        const agents = await settle(listAgents(config));
        if (agents.ok) agents.value.forEach(expectAgent);
        else expect(agents.error.module).toBe('Agent');
        const saved = await settle(setGroupMembers(config, { groupId, members: ['a1'], receiveCalls: ['a1'] }));
        for (const outcome of [membership, agents, saved]) {
          if (!outcome.ok) expect(['deepcall', 'http', 'unexpected']).toContain(outcome.error.kind);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('the client against the mock, with random names and ids', () => {
  test('add → list round-trips the trimmed name, or a suffixed one; a blank name is 1501', async () => {
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        const trimmed = name.trim();
        const outcome = await settle(addGroup(demo, name));
        if (trimmed === '') {
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(outcome.error.code).toBe(1501);
          return;
        }
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const saved = outcome.value;
        expect(saved.requestedName).toBe(trimmed);
        expect(saved.name.startsWith(trimmed)).toBe(true);
        expect(saved.name.slice(trimmed.length)).toMatch(/^(|[1-9]\d*)$/);
        // addGroup reports what the mock stored (it read the group back).
        const stored = mockStore.account('demo')!.groups.find((g) => String(g.id) === saved.id);
        expect(stored).toMatchObject({ name: saved.name, status: 1 });
      }),
      RUNS,
    );
    // Across all of that, no two groups of the account share a name, case-insensitively.
    const stored = mockStore.account('demo')!.groups.map((g) => g.name.toLowerCase());
    expect(new Set(stored).size).toBe(stored.length);
  }, PROPERTY_TIMEOUT_MS);

  test('the name filter only ever returns groups containing the typed text', async () => {
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        const outcome = await settle(listGroups(demo, { name }));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const needle = name.trim().toLowerCase();
        for (const group of outcome.value) expect(group.name.toLowerCase()).toContain(needle);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  test('random ids and names on update, delete, members and find: a result or a 1501/1502/1503', async () => {
    const succeeded = { found: 0, members: 0, updated: 0, deleted: 0 };
    await fc.assert(
      // Deleting only now and then keeps real groups around for the other calls.
      fc.asyncProperty(ids, names, fc.boolean(), fc.nat(3), async (groupId, name, active, dice) => {
        const found = await settle(findGroup(demo, groupId));
        const members = await settle(getGroupMembership(demo, groupId));
        const updated = await settle(updateGroup(demo, { groupId, name, active }));
        for (const outcome of [found, members, updated]) expectOnlyGroupCodes(outcome);
        if (found.ok && found.value) succeeded.found += 1;
        if (members.ok) succeeded.members += 1;
        if (updated.ok) succeeded.updated += 1;
        if (found.ok && found.value) expectGroup(found.value);
        if (members.ok) expectDetail(members.value);
        if (updated.ok) {
          // The rename stuck, with the status asked for (a rename never re-activates).
          expect(updated.value.name.startsWith(name.trim())).toBe(true);
          expect(updated.value.name.slice(name.trim().length)).toMatch(/^(|[1-9]\d*)$/);
          expect(updated.value.active).toBe(active);
          const stored = mockStore.account('demo')!.groups.find((g) => g.id === Number(groupId.trim()));
          expect(stored).toMatchObject({ name: updated.value.name, status: active ? 1 : 0 });
        }
        if (dice === 0) {
          const deleted = await settle(deleteGroup(demo, groupId));
          expectOnlyGroupCodes(deleted);
          if (deleted.ok) succeeded.deleted += 1;
        }
      }),
      RUNS,
    );
    // Real ids came up too, so success paths were checked, not only refusals.
    for (const count of Object.values(succeeded)) expect(count).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT_MS);
});
