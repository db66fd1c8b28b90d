/**
 * Agents with their groups, and the account's coverage: derived (never stored) from the two homes of
 * these facts, the group list and the account's memberships (groups/queries.ts).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Agent, Group } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import { groupQueries } from '@/features/groups/queries';
import type { AccountMemberships } from '@/features/groups/account-memberships';

export interface AgentGroup {
  group: Group;
  /** Undefined: not known yet (Agent/list did not say; the group's relation says when read). */
  receivesCalls: boolean | undefined;
}

export interface AgentRow {
  agent: Agent;
  /** By group name. Groups the list no longer holds are left out. */
  groups: AgentGroup[];
  /** True when they take calls for some group; undefined when that depends on flags not known yet. */
  takesCalls: boolean | undefined;
}

export interface Coverage {
  /** Active groups where nobody takes calls (a group with members whose flags are unknown is not counted). */
  activeGroupsNobodyTakes: Group[];
  agentsInNoGroup: AgentRow[];
  /** In a group, but taking calls for none (only flags known to be off). */
  agentsTakingNoCalls: AgentRow[];
}

export interface AgentDirectory {
  rows: AgentRow[];
  byId: Map<string, AgentRow>;
  /** Each group's members, by group id (for plans and the import). */
  membersByGroup: Map<string, { agentId: string; receivesCalls: boolean | undefined }[]>;
  coverage: Coverage;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Linear in agents + links + groups: the view stays quick at 5,000 agents × 2,000 groups. */
export function buildDirectory(groups: readonly Group[], memberships: AccountMemberships): AgentDirectory {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const membersByGroup = new Map<string, { agentId: string; receivesCalls: boolean | undefined }[]>();
  const linksByAgent = new Map<string, AgentGroup[]>();
  for (const link of memberships.links) {
    const group = groupById.get(link.groupId);
    if (!group) continue;
    const list = membersByGroup.get(link.groupId);
    const member = { agentId: link.agentId, receivesCalls: link.receivesCalls };
    if (list) list.push(member);
    else membersByGroup.set(link.groupId, [member]);
    const mine = linksByAgent.get(link.agentId);
    const entry = { group, receivesCalls: link.receivesCalls };
    if (mine) mine.push(entry);
    else linksByAgent.set(link.agentId, [entry]);
  }
  const rows = memberships.agents.map((agent): AgentRow => {
    const mine = (linksByAgent.get(agent.agentId) ?? []).sort((a, b) => byName.compare(a.group.name, b.group.name));
    const takesCalls = mine.some((g) => g.receivesCalls === true) ? true : mine.some((g) => g.receivesCalls === undefined) ? undefined : false;
    return { agent, groups: mine, takesCalls };
  });
  const byId = new Map(rows.map((row) => [row.agent.agentId, row]));
  // In the per-group mode, a group not read yet (or unreadable) is not known to be uncovered.
  const unknown = new Set(memberships.unreadable.map((u) => u.groupId));
  const complete = memberships.groupsRead >= memberships.groupsTotal;
  const activeGroupsNobodyTakes = groups.filter((g) => {
    if (!g.active || unknown.has(g.id)) return false;
    const members = membersByGroup.get(g.id);
    if (!members) return complete;
    return members.every((m) => m.receivesCalls === false);
  });
  return {
    rows,
    byId,
    membersByGroup,
    coverage: {
      activeGroupsNobodyTakes,
      agentsInNoGroup: complete ? rows.filter((r) => r.groups.length === 0) : [],
      agentsTakingNoCalls: rows.filter((r) => r.groups.length > 0 && r.takesCalls === false),
    },
  };
}

/**
 * The directory as a page reads it, with the two queries behind it (loading, errors, progress, freshness).
 * `directory` is there as soon as the groups and the first part of the memberships are.
 */
export function useAgentDirectory(ctx: SignedIn) {
  const groupsQuery = useQuery(groupQueries.list(ctx));
  const membershipsQuery = useQuery(groupQueries.memberships(ctx));
  const groups = groupsQuery.data;
  const memberships = membershipsQuery.data ?? undefined;
  const directory = useMemo(() => (groups && memberships ? buildDirectory(groups, memberships) : undefined), [groups, memberships]);
  return {
    directory,
    groups,
    memberships,
    groupsQuery,
    membershipsQuery,
    /** Still reading group by group: `memberships.groupsRead` of `groupsTotal`. */
    reading: membershipsQuery.fetchStatus === 'fetching' && memberships?.source === 'per-group',
    error: groupsQuery.error ?? membershipsQuery.error,
    /** When the memberships were last read whole (ms since epoch); 0 before. */
    readAt: membershipsQuery.dataUpdatedAt,
  };
}
