/**
 * The supervisor's edit of one agent's groups, kept per group on top of what the page showed when
 * that group's edit began. Each group's edit becomes one `members` change of that group (a MemberDiff
 * about this one agent), sent by membership-run.ts: DeepCall stores memberships per group.
 */
import type { Agent, Group, GroupMember } from '@/api/types';
import type { MemberDiff } from '@/features/change-record/membership-diff';
import type { AgentGroup } from '../agent-directory';
import type { GroupMembershipChange } from '../membership-run';

/** Where the agent stood in a group; a flag the page does not know is undefined, never guessed. */
export type Placement = { member: false } | { member: true; receivesCalls: boolean | undefined };

export interface GroupEdit {
  group: Group;
  /** As the page showed it when this group's edit began. */
  was: Placement;
  /** What the supervisor wants: a flag is always known here (it was seen, or chosen). */
  now: { member: false } | { member: true; receivesCalls: boolean };
  /** The group's whole membership as the page knew it then, all flags known; a colleague's change since is named. */
  loaded: GroupMember[] | undefined;
}

export type GroupEdits = ReadonlyMap<string, GroupEdit>;

/** A row of the agent's groups as the page shows it: the server's, with the pending edit on top. */
export interface ShownGroup {
  group: Group;
  receivesCalls: boolean | undefined;
  /** What is pending for it: joining, or a changed call setting. */
  change?: 'joins' | 'calls';
}

const unchanged = ({ was, now }: Pick<GroupEdit, 'was' | 'now'>) =>
  was.member === now.member && (!now.member || (was.member && was.receivesCalls === now.receivesCalls));

/**
 * Sets what the supervisor wants for a group. The first edit of a group keeps `was` and `loaded`;
 * an edit that comes back to where it started is no longer pending.
 */
export function withEdit(edits: GroupEdits, start: Omit<GroupEdit, 'now'>, now: GroupEdit['now']): Map<string, GroupEdit> {
  const next = new Map(edits);
  const edit = { ...(edits.get(start.group.id) ?? start), now };
  if (unchanged(edit)) next.delete(start.group.id);
  else next.set(start.group.id, edit);
  return next;
}

/** The edits whose group the list still holds (a group deleted meanwhile has nothing left to change). */
export function liveEdits(edits: GroupEdits, groupsById: ReadonlyMap<string, Group>): GroupEdit[] {
  return [...edits.values()].flatMap((edit) => {
    const group = groupsById.get(edit.group.id);
    return group ? [{ ...edit, group }] : [];
  });
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function shownGroups(current: readonly AgentGroup[], edits: readonly GroupEdit[]): ShownGroup[] {
  const byGroup = new Map(edits.map((e) => [e.group.id, e]));
  const shown: ShownGroup[] = [];
  for (const { group, receivesCalls } of current) {
    const edit = byGroup.get(group.id);
    byGroup.delete(group.id);
    if (!edit) shown.push({ group, receivesCalls });
    else if (edit.now.member) shown.push({ group, receivesCalls: edit.now.receivesCalls, change: edit.was.member ? 'calls' : 'joins' });
  }
  for (const edit of byGroup.values()) {
    if (edit.now.member) shown.push({ group: edit.group, receivesCalls: edit.now.receivesCalls, change: edit.was.member ? 'calls' : 'joins' });
  }
  return shown.sort((a, b) => byName.compare(a.group.name, b.group.name));
}

export interface EditCounts {
  joins: number;
  leaves: number;
  calls: number;
}

export function countEdits(edits: readonly GroupEdit[]): EditCounts {
  const counts = { joins: 0, leaves: 0, calls: 0 };
  for (const { was, now } of edits) {
    if (!was.member && now.member) counts.joins += 1;
    else if (was.member && !now.member) counts.leaves += 1;
    else counts.calls += 1;
  }
  return counts;
}

function asMember(agent: Agent, receivesCalls: boolean): GroupMember {
  return { agentId: agent.agentId, name: agent.name, ...(agent.email ? { email: agent.email } : {}), receivesCalls };
}

/** The group's change about this agent. Joining a group they turn out to be in already changes nothing there. */
export function diffOfEdit(agent: Agent, { was, now }: GroupEdit): MemberDiff {
  if (!now.member) return { add: [], remove: [asMember(agent, was.member ? (was.receivesCalls ?? false) : false)], calls: [] };
  if (!was.member) return { add: [asMember(agent, now.receivesCalls)], remove: [], calls: [] };
  return { add: [], remove: [], calls: [{ agent: asMember(agent, now.receivesCalls), receivesCalls: now.receivesCalls }] };
}

export function changesOf(agent: Agent, edits: readonly GroupEdit[]): GroupMembershipChange[] {
  return edits.map((edit) => ({ group: edit.group, diff: diffOfEdit(agent, edit), ...(edit.loaded ? { loaded: edit.loaded } : {}) }));
}

/** Takes someone away from a group's calls: leaving it, or stopping. */
export function takesAwayCalls({ now }: GroupEdit): boolean {
  return !now.member || !now.receivesCalls;
}

/**
 * Would this edit leave an active group where someone takes calls with nobody who does? `base` is
 * the group's membership to judge from; a flag not known counts as "may take calls" (never asked wrongly).
 */
export function leavesNobody(agent: Agent, edit: GroupEdit, base: readonly { agentId: string; receivesCalls: boolean | undefined }[]): boolean {
  if (!edit.group.active || !takesAwayCalls(edit)) return false;
  const mine = base.find((m) => m.agentId === agent.agentId);
  const after = base.filter((m) => m.agentId !== agent.agentId).map((m) => m.receivesCalls);
  // As applyDiff: joining a group they are in already keeps their setting there.
  if (edit.now.member) after.push(mine && !edit.was.member ? mine.receivesCalls : edit.now.receivesCalls);
  return base.some((m) => m.receivesCalls === true) && after.every((flag) => flag === false);
}
