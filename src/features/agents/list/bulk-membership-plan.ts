/**
 * What a bulk action on the ticked agents means for each chosen group, worked out from the directory
 * before anything is sent: who joins, leaves or changes, who is already so, and which active groups
 * would be left with nobody taking calls. It is also the run's input: one membership change per group
 * that changes. The run re-reads each group right before sending (the change path), so a colleague's
 * change since is kept and named; this is what the supervisor confirms.
 */
import type { Group, GroupMember } from '@/api/types';
import type { MemberDiff } from '@/features/change-record/membership-diff';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import type { AgentDirectory, AgentRow } from '../agent-directory';
import type { GroupMembershipChange } from '../membership-run';

export type BulkMembershipAction = 'add' | 'remove' | 'take-calls' | 'stop-calls';

export interface GroupImpact {
  group: Group;
  /** Agents the change affects here: joining (add), leaving (remove), or whose calls change. */
  changing: AgentRow[];
  /** Already so: in the group (add), already taking or not taking its calls. Nothing changes for them. */
  already: AgentRow[];
  /** Not in the group (remove and the calls actions): nothing changes for them. */
  notIn: AgentRow[];
  /** Active, someone takes (or may take) its calls now, and after this change nobody would. */
  leftWithNobody: boolean;
  /** False while the group's members are not read (still reading, or unreadable): the run finds out. */
  known: boolean;
}

export interface BulkPlan {
  impacts: GroupImpact[];
  changes: GroupMembershipChange[];
}

type Member = { agentId: string; receivesCalls: boolean | undefined };

function memberOf(row: AgentRow | undefined, agentId: string, receivesCalls: boolean): GroupMember {
  const agent = row?.agent;
  return { agentId, name: agent?.name ?? agentId, ...(agent?.email ? { email: agent.email } : {}), receivesCalls };
}

/** Whether the group's membership as the directory holds it is its whole membership. */
export function membershipKnown(memberships: AccountMemberships, directory: AgentDirectory, groupId: string): boolean {
  if (memberships.unreadable.some((u) => u.groupId === groupId)) return false;
  return memberships.groupsRead >= memberships.groupsTotal || directory.membersByGroup.has(groupId);
}

export function planBulkMembership(
  directory: AgentDirectory,
  memberships: AccountMemberships,
  action: BulkMembershipAction,
  groups: readonly Group[],
  agents: readonly AgentRow[],
  /** For `add`: whether those joining take the group's calls. */
  takesCalls: boolean,
): BulkPlan {
  const impacts: GroupImpact[] = [];
  const changes: GroupMembershipChange[] = [];
  for (const group of groups) {
    const members: Member[] = directory.membersByGroup.get(group.id) ?? [];
    const flagOf = new Map(members.map((m) => [m.agentId, m.receivesCalls]));
    const impact: GroupImpact = { group, changing: [], already: [], notIn: [], leftWithNobody: false, known: membershipKnown(memberships, directory, group.id) };
    const diff: MemberDiff = { add: [], remove: [], calls: [] };
    for (const row of agents) {
      const id = row.agent.agentId;
      const isMember = flagOf.has(id);
      const flag = flagOf.get(id);
      if (action === 'add') {
        // Adding someone already in the group leaves their call setting as it is (membership-diff.ts).
        if (isMember) impact.already.push(row);
        else {
          impact.changing.push(row);
          diff.add.push(memberOf(row, id, takesCalls));
        }
      } else if (!isMember) impact.notIn.push(row);
      else if (action === 'remove') {
        impact.changing.push(row);
        diff.remove.push(memberOf(row, id, flag ?? false));
      } else {
        const wanted = action === 'take-calls';
        // An unknown flag is sent as wanted: the result is the same whichever it was.
        if (flag === wanted) impact.already.push(row);
        else {
          impact.changing.push(row);
          diff.calls.push({ agent: memberOf(row, id, flag ?? !wanted), receivesCalls: wanted });
        }
      }
    }
    impact.leftWithNobody = group.active && impact.changing.length > 0 && leavesNobody(members, diff);
    impacts.push(impact);
    if (impact.changing.length > 0) {
      const loaded = loadedOf(directory, members);
      changes.push({ group, diff, ...(loaded ? { loaded } : {}) });
    }
  }
  return { impacts, changes };
}

/** Someone takes (or may take) the group's calls now, and after the difference nobody is known to. */
function leavesNobody(members: readonly Member[], diff: MemberDiff): boolean {
  const mayTake = (flag: boolean | undefined) => flag !== false;
  if (!members.some((m) => mayTake(m.receivesCalls))) return false;
  const removed = new Set(diff.remove.map((m) => m.agentId));
  const calls = new Map(diff.calls.map((c) => [c.agent.agentId, c.receivesCalls]));
  const after = members.filter((m) => !removed.has(m.agentId)).map((m) => calls.get(m.agentId) ?? m.receivesCalls);
  return !after.some(mayTake) && !diff.add.some((m) => m.receivesCalls);
}

/**
 * The membership the supervisor was shown, so the run can name a colleague's change made since. Left
 * out when some call flag is not known: a guess would read as a colleague's change that never happened.
 */
function loadedOf(directory: AgentDirectory, members: readonly Member[]): GroupMember[] | undefined {
  if (members.some((m) => m.receivesCalls === undefined)) return undefined;
  return members.map((m) => memberOf(directory.byId.get(m.agentId), m.agentId, m.receivesCalls === true));
}

/** The groups an action can be about: any group to add to, else the groups some ticked agent is in. */
export function groupsFor(action: BulkMembershipAction, all: readonly Group[], agents: readonly AgentRow[]): Group[] {
  if (action === 'add') return [...all];
  const ids = new Set(agents.flatMap((r) => r.groups.map((g) => g.group.id)));
  return all.filter((g) => ids.has(g.id));
}
