import { describe, expect, it, vi } from 'vitest';
import type { Agent, Group, GroupMember } from '@/api/types';
import type { ImportRow } from './parse-import-csv';
import { resolveImport, summarisePlan, type ImportContext, type ImportMode } from './resolve-import';

const groups: Group[] = [
  { id: 'g1', name: 'Billing', active: true },
  { id: 'g2', name: 'Sales', active: true },
  { id: 'g3', name: 'Support', active: true },
  { id: 'g4', name: 'support', active: true },
  { id: 'g5', name: 'Night shift', active: false },
  { id: 'g6', name: 'Unreadable', active: true },
];
const agents: Agent[] = [
  { agentId: 'a1', name: 'Priya', email: 'Priya@Example.com' },
  { agentId: 'a2', name: 'Li', email: 'li@example.com' },
  { agentId: 'a3', name: 'Omar', email: 'omar@example.com' },
  { agentId: 'a4', name: 'Ana' },
  { agentId: 'a5', name: 'Sam A', email: 'shared@example.com' },
  { agentId: 'a6', name: 'Sam B', email: 'shared@example.com' },
];
const m = (agentId: string, receivesCalls: boolean): GroupMember => {
  const agent = agents.find((a) => a.agentId === agentId) as Agent;
  return { agentId, name: agent.name, email: agent.email, receivesCalls };
};
const memberships: Record<string, GroupMember[]> = {
  g1: [m('a1', true), m('a2', false)],
  g2: [m('a3', true)],
  g3: [],
  g4: [],
  g5: [m('a1', true)],
};
const ctx: ImportContext = { groups, agents, membersOf: (id) => memberships[id] };

let nextLine = 2;
function row(fields: Partial<ImportRow>): ImportRow {
  return { line: nextLine++, cells: [], groupId: '', groupName: '', agentId: '', agentEmail: '', ...fields };
}
const resolve = (mode: ImportMode, rows: ImportRow[]) => resolveImport(rows, mode, ctx);
const verdicts = (rows: ImportRow[], mode: ImportMode) => resolve(mode, rows).rows.map((r) => (r.outcome === 'error' ? `error: ${r.reason}` : r.outcome));

describe('resolveImport: Add', () => {
  it('joins newcomers (taking calls unless the row says no) and changes only the call flags rows name', () => {
    const rows = [
      row({ groupId: 'g1', agentId: 'a3' }),
      row({ groupName: 'BILLING', agentEmail: 'PRIYA@example.com', takesCalls: false }),
      row({ groupId: 'g1', agentId: 'a2', takesCalls: true }),
      row({ groupId: 'g2', agentId: 'a4', takesCalls: false }),
      row({ groupId: 'g2', agentId: 'a3' }),
      row({ groupId: 'g2', agentId: 'a3', takesCalls: true, line: 99 }),
    ];
    const result = resolve('add', rows.slice(0, 5));
    expect(result.rows.map((r) => r.outcome)).toEqual(['will join', 'will stop taking calls', 'will take calls', 'will join', 'already so']);
    expect(result.rows[0]).toEqual({ line: rows[0]?.line, outcome: 'will join', groupId: 'g1', groupName: 'Billing', agentId: 'a3', agentName: 'Omar', receivesCalls: true });
    expect(result.errorCount).toBe(0);
    const [billing, sales] = result.plans;
    expect(billing?.after).toEqual([m('a1', false), m('a2', true), m('a3', true)]);
    expect(billing).toMatchObject({ joins: 1, leaves: 0, callChanges: 2, nobodyTakesCalls: false, rowLines: rows.slice(0, 3).map((r) => r.line) });
    expect(sales?.after).toEqual([m('a3', true), m('a4', false)]);
    expect(sales?.rowLines).toEqual([rows[3]?.line, rows[4]?.line]);
    expect(verdicts([rows[5] as ImportRow], 'add')).toEqual(['already so']);
  });

  it('a group where nothing changes has a plan with an empty difference, for its rows', () => {
    const { plans } = resolve('add', [row({ groupId: 'g2', agentId: 'a3' })]);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ joins: 0, leaves: 0, callChanges: 0, diff: { add: [], remove: [], calls: [] } });
    expect(summarisePlan(plans[0]!)).toBe('Sales: no change');
  });
});

describe('resolveImport: Remove', () => {
  it('members leave, others are already so, and takes_calls means nothing', () => {
    const rows = [row({ groupId: 'g1', agentId: 'a2', takesCalls: true }), row({ groupId: 'g1', agentId: 'a3' })];
    const result = resolve('remove', rows);
    expect(result.rows.map((r) => r.outcome)).toEqual(['will leave', 'already so']);
    expect(result.plans[0]).toMatchObject({ leaves: 1, joins: 0, after: [m('a1', true)], nobodyTakesCalls: false });
  });

  it('says when an active group would be left with nobody taking its calls, never for an inactive one', () => {
    const result = resolve('remove', [row({ groupId: 'g2', agentId: 'a3' }), row({ groupId: 'g5', agentId: 'a1' })]);
    expect(result.plans.map((p) => [p.group.name, p.nobodyTakesCalls])).toEqual([
      ['Sales', true],
      ['Night shift', false],
    ]);
    expect(summarisePlan(result.plans[0]!)).toBe('Sales: −1 agent; nobody would take its calls');
  });
});

describe('resolveImport: Replace', () => {
  it('each named group gets exactly the file: members not listed leave, other groups are untouched', () => {
    const rows = [row({ groupId: 'g1', agentId: 'a2', takesCalls: true }), row({ groupId: 'g1', agentId: 'a4' }), row({ groupId: 'g1', agentId: 'a5' })];
    const result = resolve('replace', rows);
    expect(result.rows.map((r) => r.outcome)).toEqual(['will take calls', 'will join', 'will join']);
    expect(result.plans).toHaveLength(1);
    const [billing] = result.plans;
    expect(billing?.diff.remove).toEqual([m('a1', true)]);
    expect(billing?.after).toEqual([m('a2', true), m('a4', true), m('a5', true)]);
    expect(summarisePlan(billing!)).toBe('Billing: +2 agents, −1 agent, 1 starts taking calls');
  });

  it('a group named only by rows in error gets no plan; a member named by a row in error is never removed', () => {
    const rows = [
      row({ groupId: 'g2', agentId: 'nobody' }),
      row({ groupId: 'g1', agentId: 'a4' }),
      row({ groupId: 'g1', agentId: 'a1', takesCalls: true }),
      row({ groupId: 'g1', agentId: 'a1', takesCalls: false }),
    ];
    const result = resolve('replace', rows);
    expect(result.errorCount).toBe(3);
    expect(result.plans.map((p) => p.group.id)).toEqual(['g1']);
    expect(result.plans[0]?.diff.remove).toEqual([m('a2', false)]);
    expect(result.plans[0]?.after.map((x) => x.agentId)).toEqual(['a1', 'a4']);
  });

  it('says so when the file leaves an active group with nobody taking calls', () => {
    const { plans } = resolve('replace', [row({ groupId: 'g1', agentId: 'a2' })]);
    expect(plans[0]).toMatchObject({ leaves: 1, nobodyTakesCalls: true });
  });
});

describe('resolveImport: rows in error, which change nothing', () => {
  it('unknown groups and agents, by id, name or email, and names that fit two', () => {
    const rows = [
      row({ groupId: 'g99', agentId: 'a1' }),
      row({ groupName: 'Marketing', agentId: 'a1' }),
      row({ groupName: ' SUPPORT ', agentId: 'a1' }),
      row({ groupId: 'g1', agentId: 'a99' }),
      row({ groupId: 'g1', agentEmail: 'ghost@example.com' }),
      row({ groupId: 'g1', agentEmail: 'SHARED@example.com' }),
      row({ groupId: 'g6', agentId: 'a1' }),
      row({ groupId: 'g1', agentId: 'a4', problem: 'unreadable takes_calls “maybe” (use yes or no)' }),
    ];
    expect(verdicts(rows, 'add')).toEqual([
      'error: unknown group: no group has id g99',
      'error: unknown group “Marketing”',
      'error: “ SUPPORT ” names more than one group: use group_id',
      'error: unknown agent: no agent has id a99',
      'error: unknown agent: no agent has the email ghost@example.com',
      'error: more than one agent has the email SHARED@example.com: use agent_id',
      "error: the group's members could not be read",
      'error: unreadable takes_calls “maybe” (use yes or no)',
    ]);
    const result = resolve('add', rows);
    expect(result.errorCount).toBe(8);
    expect(result.plans).toEqual([]);
    expect(result.rows[3]).toMatchObject({ groupId: 'g1', groupName: 'Billing' });
  });

  it('the same row twice: the later one is the duplicate, the earlier one applies', () => {
    const first = row({ groupId: 'g1', agentId: 'a3' });
    const again = row({ groupName: 'billing', agentEmail: 'omar@example.com', takesCalls: true });
    const result = resolve('add', [first, again]);
    expect(result.rows.map((r) => r.reason)).toEqual([undefined, `duplicate of row ${first.line}`]);
    expect(result.plans[0]?.joins).toBe(1);
    expect(result.plans[0]?.rowLines).toEqual([first.line]);
    expect(verdicts([first, row({ groupId: 'g1', agentId: 'a3', takesCalls: false })], 'remove')[1]).toBe(`error: duplicate of row ${first.line}`);
  });

  it('rows that contradict each other are all in error, naming each other, and change nothing', () => {
    const yes = row({ groupId: 'g2', agentId: 'a3', takesCalls: true });
    const no = row({ groupId: 'g2', agentId: 'a3', takesCalls: false });
    const again = row({ groupId: 'g2', agentId: 'a3', takesCalls: false });
    const result = resolve('add', [yes, no, again]);
    expect(result.rows.map((r) => r.reason)).toEqual([`contradicts rows ${no.line}, ${again.line}`, `contradicts row ${yes.line}`, `contradicts row ${yes.line}`]);
    expect(result.plans).toEqual([]);
    // An empty takes_calls for a member who takes calls asks the same as yes.
    expect(verdicts([yes, row({ groupId: 'g2', agentId: 'a3' })], 'add')).toEqual(['already so', `error: duplicate of row ${yes.line}`]);
  });

  it('never creates a group: an unknown group is an error in every mode', () => {
    for (const mode of ['add', 'replace', 'remove'] as const) {
      expect(resolve(mode, [row({ groupName: 'New team', agentId: 'a1' })]).plans).toEqual([]);
    }
  });
});

describe('resolveImport: work', () => {
  it('reads each group membership once however many rows name it, and resolves 20,000 rows', () => {
    const manyAgents: Agent[] = Array.from({ length: 5000 }, (_, i) => ({ agentId: `a${i}`, name: `Agent ${i}`, email: `agent${i}@example.com` }));
    const manyGroups: Group[] = Array.from({ length: 2000 }, (_, i) => ({ id: `g${i}`, name: `Group ${i}`, active: true }));
    const membersOf = vi.fn((id: string): GroupMember[] => {
      const n = Number(id.slice(1));
      return Array.from({ length: 20 }, (_, k) => ({ agentId: `a${(n * 20 + k) % 5000}`, name: '', receivesCalls: k % 2 === 0 }));
    });
    const rows = Array.from({ length: 20_000 }, (_, i) => row({ groupName: `group ${i % 2000}`, agentEmail: `AGENT${(i * 7 + Math.floor(i / 2000)) % 5000}@example.com`, takesCalls: i % 3 === 0 }));
    const result = resolveImport(rows, 'replace', { groups: manyGroups, agents: manyAgents, membersOf });
    expect(membersOf).toHaveBeenCalledTimes(2000);
    expect(result.rows).toHaveLength(20_000);
    expect(result.errorCount).toBe(0);
    expect(result.plans).toHaveLength(2000);
  });
});
