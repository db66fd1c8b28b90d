import { describe, expect, test } from 'vitest';
import type { Group } from '@/api/types';
import type { AccountMemberships, MembershipLink } from '@/features/groups/account-memberships';
import { buildDirectory } from '../agent-directory';
import { groupsFor, planBulkMembership } from './bulk-membership-plan';

const sales: Group = { id: 'g1', name: 'Sales', active: true };
const support: Group = { id: 'g2', name: 'Support', active: true };
const archive: Group = { id: 'g3', name: 'Archive', active: false };
const groups = [sales, support, archive];
const agents = ['a1', 'a2', 'a3', 'a4'].map((id) => ({ agentId: id, name: `Agent ${id}`, email: `${id}@example.com` }));

function setUp(links: MembershipLink[], extra: Partial<AccountMemberships> = {}) {
  const memberships: AccountMemberships = { agents, links, source: 'agent-list', groupsRead: 3, groupsTotal: 3, unreadable: [], ...extra };
  const directory = buildDirectory(groups, memberships);
  const rows = (...ids: string[]) => ids.map((id) => directory.byId.get(id)).filter((r) => r !== undefined);
  return { memberships, directory, rows };
}

const link = (agentId: string, groupId: string, receivesCalls: boolean | undefined): MembershipLink => ({ agentId, groupId, receivesCalls });

describe('planBulkMembership', () => {
  test('add: those not in the group join with the chosen call setting; members are already so and left as they are', () => {
    const { directory, memberships, rows } = setUp([link('a1', 'g1', false)]);
    const plan = planBulkMembership(directory, memberships, 'add', [sales], rows('a1', 'a2', 'a3'), true);
    const [impact] = plan.impacts;
    expect(impact?.changing.map((r) => r.agent.agentId)).toEqual(['a2', 'a3']);
    expect(impact?.already.map((r) => r.agent.agentId)).toEqual(['a1']);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]?.diff).toEqual({
      add: [
        { agentId: 'a2', name: 'Agent a2', email: 'a2@example.com', receivesCalls: true },
        { agentId: 'a3', name: 'Agent a3', email: 'a3@example.com', receivesCalls: true },
      ],
      remove: [],
      calls: [],
    });
    // What the supervisor was shown, so a colleague's change since can be named.
    expect(plan.changes[0]?.loaded).toEqual([{ agentId: 'a1', name: 'Agent a1', email: 'a1@example.com', receivesCalls: false }]);
  });

  test('one change per group that changes; a group where nothing changes sends nothing', () => {
    const { directory, memberships, rows } = setUp([link('a1', 'g1', true), link('a1', 'g2', true)]);
    const plan = planBulkMembership(directory, memberships, 'take-calls', [sales, support], rows('a1'), true);
    expect(plan.impacts.map((i) => i.already.length)).toEqual([1, 1]);
    expect(plan.changes).toEqual([]);
  });

  test('remove: members leave, others are not in it; the last taker leaving an active group leaves it with nobody', () => {
    const { directory, memberships, rows } = setUp([link('a1', 'g1', true), link('a2', 'g1', false)]);
    const plan = planBulkMembership(directory, memberships, 'remove', [sales], rows('a1', 'a3'), true);
    const [impact] = plan.impacts;
    expect(impact?.changing.map((r) => r.agent.agentId)).toEqual(['a1']);
    expect(impact?.notIn.map((r) => r.agent.agentId)).toEqual(['a3']);
    expect(impact?.leftWithNobody).toBe(true);
    expect(plan.changes[0]?.diff.remove.map((m) => m.agentId)).toEqual(['a1']);
  });

  test('stop taking calls: only the takers change; an inactive group, or one someone else still answers, is not left with nobody', () => {
    const { directory, memberships, rows } = setUp([
      link('a1', 'g1', true),
      link('a2', 'g1', true),
      link('a1', 'g3', true),
      link('a3', 'g2', true),
    ]);
    const plan = planBulkMembership(directory, memberships, 'stop-calls', [sales, archive, support], rows('a1', 'a3'), true);
    expect(plan.impacts.map((i) => [i.group.name, i.changing.length, i.leftWithNobody])).toEqual([
      ['Sales', 1, false],
      ['Archive', 1, false],
      ['Support', 1, true],
    ]);
    expect(plan.changes[0]?.diff.calls).toEqual([{ agent: expect.objectContaining({ agentId: 'a1' }), receivesCalls: false }]);
  });

  test('a group nobody answered before is not "left" with nobody', () => {
    const { directory, memberships, rows } = setUp([link('a1', 'g1', false), link('a2', 'g1', false)]);
    const plan = planBulkMembership(directory, memberships, 'remove', [sales], rows('a1'), true);
    expect(plan.impacts[0]?.leftWithNobody).toBe(false);
  });

  test('an unknown call flag: changed to what is asked, may count as a taker, and the shown membership is not claimed', () => {
    const { directory, memberships, rows } = setUp([link('a1', 'g1', undefined)]);
    const plan = planBulkMembership(directory, memberships, 'stop-calls', [sales], rows('a1'), true);
    expect(plan.impacts[0]?.changing).toHaveLength(1);
    expect(plan.impacts[0]?.leftWithNobody).toBe(true);
    expect(plan.changes[0]?.loaded).toBeUndefined();
  });

  test('while groups are still read one by one, a group not read yet is not known; an unreadable one neither', () => {
    const { directory, memberships, rows } = setUp([link('a1', 'g1', true)], {
      source: 'per-group',
      groupsRead: 1,
      groupsTotal: 3,
      unreadable: [{ groupId: 'g1', message: 'down' }],
    });
    const plan = planBulkMembership(directory, memberships, 'add', [sales, support], rows('a2'), false);
    expect(plan.impacts.map((i) => i.known)).toEqual([false, false]);
  });
});

describe('groupsFor', () => {
  test('any group to add to; otherwise only the groups some ticked agent is in', () => {
    const { rows } = setUp([link('a1', 'g2', true), link('a2', 'g3', false)]);
    expect(groupsFor('add', groups, rows('a1'))).toEqual(groups);
    expect(groupsFor('remove', groups, rows('a1', 'a2'))).toEqual([support, archive]);
    expect(groupsFor('take-calls', groups, rows('a3'))).toEqual([]);
  });
});
