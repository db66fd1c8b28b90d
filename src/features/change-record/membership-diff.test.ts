import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GroupMember } from '@/api/types';
import { applyDiff, describeDiff, describeDiffByName, diffOf, isEmpty, sameMembership } from './membership-diff';

const agent = (id: string, receivesCalls = true): GroupMember => ({ agentId: id, name: `Agent ${id}`, receivesCalls });

/** A membership: distinct ids from a small pool, so sets overlap often. */
const membership = fc
  .uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 12 }), calls: fc.boolean() }), { selector: (m) => m.id, maxLength: 12 })
  .map((ms) => ms.map((m) => agent(String(m.id), m.calls)));

describe('the membership difference', () => {
  test('applied to what was loaded, gives exactly what the supervisor edited', () => {
    fc.assert(
      fc.property(membership, membership, (loaded, edited) => {
        expect(sameMembership(applyDiff(loaded, diffOf(loaded, edited)), edited)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('applied to a membership changed elsewhere, keeps the other change wherever the supervisor did not touch', () => {
    fc.assert(
      fc.property(membership, membership, membership, (loaded, edited, fresh) => {
        const diff = diffOf(loaded, edited);
        const result = new Map(applyDiff(fresh, diff).map((m) => [m.agentId, m.receivesCalls]));
        const touched = new Set([...diff.add, ...diff.remove, ...diff.calls.map((c) => c.agent)].map((m) => m.agentId));
        // Every agent the supervisor did not touch is exactly as the other change left it.
        for (const m of fresh) if (!touched.has(m.agentId)) expect(result.get(m.agentId)).toBe(m.receivesCalls);
        for (const id of result.keys()) expect(touched.has(id) || fresh.some((m) => m.agentId === id)).toBe(true);
        // And the supervisor's own intent holds.
        for (const m of diff.add) expect(result.get(m.agentId)).toBe(m.receivesCalls);
        for (const m of diff.remove) expect(result.has(m.agentId)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('says what changes in a supervisor’s words', () => {
    const loaded = [agent('1'), agent('2'), agent('3'), agent('4', false)];
    const edited = [agent('1', false), agent('3', false), agent('4'), agent('5'), agent('6'), agent('7')];
    const diff = diffOf(loaded, edited);
    expect(describeDiff(diff)).toBe('+3 agents, −1 agent, 1 starts taking calls, 2 stop taking calls');
    expect(describeDiffByName(diff)).toBe(
      'joined: Agent 5, Agent 6, Agent 7; left: Agent 2; now take calls: Agent 4; no longer take calls: Agent 1, Agent 3',
    );
    expect(isEmpty(diffOf(loaded, [...loaded].reverse()))).toBe(true);
    expect(describeDiff(diffOf(loaded, loaded))).toBe('no change');
  });
});
