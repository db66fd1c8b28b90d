import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GroupMember } from '@/api/types';
import { applyDiff, describeDiff, describeDiffByName, diffOf, isEmpty, joiningOf, sameMembership } from './membership-diff';

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
        // And the supervisor's own intent holds: who joins takes calls as chosen, who leaves is gone.
        const already = new Map(fresh.map((m) => [m.agentId, m.receivesCalls]));
        for (const m of diff.add) expect(result.get(m.agentId)).toBe(already.get(m.agentId) ?? m.receivesCalls);
        for (const m of diff.remove) expect(result.has(m.agentId)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('adding an agent who is already a member changes nothing about them, whatever else the difference does', () => {
    const addition = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 12 }), calls: fc.boolean() }), { selector: (m) => m.id, maxLength: 12 });
    fc.assert(
      fc.property(membership, addition, membership, membership, (fresh, added, loaded, edited) => {
        // Any difference, with additions that may name agents already in the group (a move's target, a bulk add).
        const diff = { ...diffOf(loaded, edited), add: added.map((m) => agent(String(m.id), m.calls)) };
        const removed = new Set(diff.remove.map((m) => m.agentId));
        const flagged = new Map(diff.calls.map((c) => [c.agent.agentId, c.receivesCalls]));
        const result = new Map(applyDiff(fresh, diff).map((m) => [m.agentId, m.receivesCalls]));
        for (const m of fresh) {
          if (removed.has(m.agentId) || flagged.has(m.agentId)) continue;
          expect(result.get(m.agentId), `member ${m.agentId}, also added`).toBe(m.receivesCalls);
        }
        // Only newcomers join, each once, with the setting chosen for them.
        const members = applyDiff(fresh, diff);
        expect(new Set(members.map((m) => m.agentId)).size).toBe(members.length);
        const { joining, already } = joiningOf(fresh, diff.add);
        expect(joining.length + already.length).toBe(diff.add.length);
        for (const m of joining) if (!removed.has(m.agentId)) expect(result.get(m.agentId)).toBe(m.receivesCalls);
      }),
      { numRuns: 500 },
    );
  });

  test('a move into a group the agent already answers keeps their calls there', () => {
    const target = [agent('7', true), agent('8', false)];
    const moving = [agent('7', false), agent('9', false)];
    const after = applyDiff(target, { add: moving, remove: [], calls: [] });
    expect(after).toEqual([agent('7', true), agent('8', false), agent('9', false)]);
    expect(joiningOf(target, moving)).toEqual({ joining: [agent('9', false)], already: [agent('7', false)] });
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
