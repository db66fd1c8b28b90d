/**
 * Whatever a client sends, the mock answers a DeepCall envelope and keeps its
 * rules: names unique per account (case-insensitively), trimmed and never
 * blank; no relation pointing at a deleted group or at an agent the account
 * does not have; no agent twice in one group.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { createHandlers } from './handlers';
import { TEST_API_BASE } from './node';
import { MockStore } from './store';

/** 1000 runs of real handler work; generous so a busy machine does not turn it into a timeout. */
const PROPERTY_TIMEOUT_MS = 60_000;

const actions = ['list', 'add', 'update', 'delete', 'getGroupAgentRelation', 'submitAssignGroupToAgent'] as const;

const json = fc.jsonValue({ maxDepth: 3 });
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const idLike = fc.oneof(
  fc.constantFrom(1001, '1002', ' 1003 ', 1026, '', 'abc', -1, 0, 1.5, '1e3'),
  fc.integer({ min: 1000, max: 1040 }),
  text,
  json,
);
const credentials = fc.oneof(
  fc.constant({ ssid: 'demo-ssid' }),
  fc.constant({ userId: 'demo', token: 'demo-token' }),
  fc.constant({ userId: 'other', token: 'other-token' }),
  fc.record({ ssid: fc.oneof(text, json), userId: fc.oneof(text, json), token: fc.oneof(text, json) }, { requiredKeys: [] }),
);
const agentIds = fc.oneof(
  fc.subarray(['ag-demo-1', 'ag-demo-2', 'ag-demo-39', 'ag-other-1', 'ag-other-3']),
  fc.array(fc.constantFrom('ag-demo-1', 'ag-demo-1', 'ag-other-2', 'nobody', ' ag-demo-2', '')),
  json,
);
const fields = fc.record(
  {
    name: fc.oneof(text, fc.constantFrom('Sales', ' sales ', 'SALES1', 'Support', '   '), json),
    groupId: idLike,
    groupid: idLike,
    status: fc.oneof(fc.constantFrom(0, 1, '0', '1', true, null, ''), json),
    quick: fc.oneof(fc.boolean(), json),
    forward: fc.boolean(),
    agent_unique_id: agentIds,
    receive_call: agentIds,
  },
  { requiredKeys: [] },
);
/** A submit that can succeed: demo's group, demo's agents, receive_call among them. */
const coherentSubmit = fc
  .tuple(fc.integer({ min: 1001, max: 1028 }), fc.subarray(['ag-demo-1', 'ag-demo-2', 'ag-demo-3', 'ag-demo-40']))
  .chain(([groupId, members]) =>
    fc.subarray(members).map((takesCalls) =>
      JSON.stringify({ groupId, agent_unique_id: members, receive_call: takesCalls, ssid: 'demo-ssid' }),
    ),
  );
const body = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fields, credentials).map(([f, c]) => JSON.stringify({ ...f, ...c })) },
  { weight: 1, arbitrary: coherentSubmit },
  { weight: 1, arbitrary: json.map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: text },
);
const action = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...actions) },
  { weight: 1, arbitrary: fc.string({ minLength: 1 }).map(encodeURIComponent).filter((a) => a !== '.' && a !== '..') },
);

/** The store's invariants, as a list of what is wrong (plain checks: this runs after every request). */
function broken(store: MockStore): string[] {
  const problems: string[] = [];
  for (const id of ['demo', 'other']) {
    const account = store.account(id)!;
    const seen = new Set<string>();
    for (const group of account.groups) {
      const lower = group.name.toLowerCase();
      if (seen.has(lower)) problems.push(`${id}: duplicate name ${JSON.stringify(group.name)}`);
      seen.add(lower);
      if (group.name !== group.name.trim() || group.name === '') problems.push(`${id}: untrimmed or blank name ${JSON.stringify(group.name)}`);
      if (group.status !== 0 && group.status !== 1) problems.push(`${id}: status ${String(group.status)}`);
    }
    const ids = new Set(account.groups.map((g) => g.id));
    const agents = new Set(account.agents.map((a) => a.agent_unique_id));
    const pairs = new Set<string>();
    for (const relation of store.allRelations(account)) {
      if (!ids.has(relation.group_id)) problems.push(`${id}: relation to deleted group ${relation.group_id}`);
      if (!agents.has(relation.agent_unique_id)) problems.push(`${id}: relation to unknown agent ${relation.agent_unique_id}`);
      const pair = `${relation.group_id}/${relation.agent_unique_id}`;
      if (pairs.has(pair)) problems.push(`${id}: ${pair} twice`);
      pairs.add(pair);
      if (relation.receive_call !== 0 && relation.receive_call !== 1) problems.push(`${id}: receive_call ${String(relation.receive_call)}`);
    }
  }
  return problems;
}

test('random requests get a DeepCall envelope and never break the store’s rules', async () => {
  const store = new MockStore({ seedGroups: 25 });
  const handlers = createHandlers({ store, origin: TEST_API_BASE });
  const succeeded = new Set<string>();
  await fc.assert(
    fc.asyncProperty(action, body, fc.boolean(), async (name, payload, slash) => {
      const request = new Request(`${TEST_API_BASE}/api/v2/Group/${name}${slash ? '/' : ''}`, { method: 'POST', body: payload });
      const response = await getResponse(handlers, request);
      expect(response).toBeDefined();
      const known = (actions as readonly string[]).includes(name);
      const reply = (await response!.json()) as Record<string, unknown>;
      if (reply.status === 'success') {
        expect(known).toBe(true);
        expect(response!.status).toBe(200);
        expect(reply.code).toBe(200);
        succeeded.add(name);
      } else {
        expect(reply.status).toBe('error');
        expect(typeof reply.message).toBe('string');
        expect([1000, 1501, 1502, 1503, 1014, 1020, 1047, 404]).toContain(reply.code);
        expect(response!.status).toBe(reply.code === 404 ? 404 : 200);
      }
      expect(response!.headers.get('access-control-allow-origin')).toBe('*');
      expect(broken(store)).toEqual([]);
    }),
    { numRuns: 1000 },
  );
  // The runs reached every action's success path, not only the error answers.
  expect([...succeeded].sort()).toEqual([...actions].sort());
}, PROPERTY_TIMEOUT_MS);
