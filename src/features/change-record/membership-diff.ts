/**
 * A group's membership as sets, and the supervisor's edit as a difference: who joins,
 * who leaves, whose call flag changes. DeepCall's submit replaces the whole membership,
 * so the console sends `applyDiff(fresh, diff)` — the supervisor's own difference on top
 * of the membership read just before sending — never a stale full set.
 */
import type { GroupMember } from '@/api/types';
import { englishChanges, type ChangesTranslator } from './changes-text';

export interface MemberDiff {
  /** Agents joining, with their takes-calls setting. */
  add: GroupMember[];
  /** Agents leaving, by id. */
  remove: GroupMember[];
  /** Members staying whose takes-calls setting changes: id → new setting. */
  calls: { agent: GroupMember; receivesCalls: boolean }[];
}

export const NO_CHANGE: MemberDiff = { add: [], remove: [], calls: [] };

function byId(members: readonly GroupMember[]): Map<string, GroupMember> {
  return new Map(members.map((m) => [m.agentId, m]));
}

export function diffOf(loaded: readonly GroupMember[], edited: readonly GroupMember[]): MemberDiff {
  const before = byId(loaded);
  const after = byId(edited);
  const diff: MemberDiff = { add: [], remove: [], calls: [] };
  for (const member of edited) {
    const was = before.get(member.agentId);
    if (!was) diff.add.push(member);
    else if (was.receivesCalls !== member.receivesCalls) diff.calls.push({ agent: member, receivesCalls: member.receivesCalls });
  }
  for (const member of loaded) if (!after.has(member.agentId)) diff.remove.push(member);
  return diff;
}

export function isEmpty(diff: MemberDiff): boolean {
  return diff.add.length === 0 && diff.remove.length === 0 && diff.calls.length === 0;
}

/**
 * The membership after `diff`, starting from `fresh`. Adding an agent who is already a member
 * changes nothing about them: joining is not a say over someone's calls there (a move into a
 * group they already answer must not switch their calls off). Removing someone already gone, or
 * changing the flag of someone who left meanwhile, changes nothing either. Order: fresh members
 * first, then those who really join.
 */
export function applyDiff(fresh: readonly GroupMember[], diff: MemberDiff): GroupMember[] {
  const removed = new Set(diff.remove.map((m) => m.agentId));
  const calls = new Map(diff.calls.map((c) => [c.agent.agentId, c.receivesCalls]));
  const result: GroupMember[] = [];
  const seen = new Set<string>();
  for (const member of fresh) {
    seen.add(member.agentId);
    if (removed.has(member.agentId)) continue;
    const receivesCalls = calls.get(member.agentId) ?? member.receivesCalls;
    result.push(receivesCalls === member.receivesCalls ? member : { ...member, receivesCalls });
  }
  for (const member of diff.add) if (!seen.has(member.agentId) && !removed.has(member.agentId)) result.push(member);
  return result;
}

/** Of `agents`, who is not in `members` yet (would really join) and who is there already. */
export function joiningOf(members: readonly GroupMember[], agents: readonly GroupMember[]): { joining: GroupMember[]; already: GroupMember[] } {
  const present = new Set(members.map((m) => m.agentId));
  return { joining: agents.filter((a) => !present.has(a.agentId)), already: agents.filter((a) => present.has(a.agentId)) };
}

/** Same agents with the same call settings, in any order. */
export function sameMembership(a: readonly GroupMember[], b: readonly GroupMember[]): boolean {
  if (a.length !== b.length) return false;
  const other = byId(b);
  return a.every((m) => other.get(m.agentId)?.receivesCalls === m.receivesCalls);
}

/**
 * "+3 agents, −1 agent, 2 stop taking calls", in the translator's language; without one, in English
 * (callers not converted yet keep `describeDiff(diff)`).
 */
export function describeDiff(diff: MemberDiff, t: ChangesTranslator = englishChanges()): string {
  const parts: string[] = [];
  if (diff.add.length > 0) parts.push(t('diff.added', { count: diff.add.length }));
  if (diff.remove.length > 0) parts.push(t('diff.removed', { count: diff.remove.length }));
  const start = diff.calls.filter((c) => c.receivesCalls).length;
  const stop = diff.calls.length - start;
  if (start > 0) parts.push(t('diff.start', { count: start }));
  if (stop > 0) parts.push(t('diff.stop', { count: stop }));
  return parts.length > 0 ? parts.join(', ') : t('diff.none');
}

/**
 * Who joined, who left, whose calls changed, by name: for Recent changes and for "what the other change was".
 * In the translator's language; without one, in English.
 */
export function describeDiffByName(diff: MemberDiff, t: ChangesTranslator = englishChanges()): string {
  const names = (members: GroupMember[]) => members.map((m) => m.name).join(', ');
  const parts: string[] = [];
  if (diff.add.length > 0) parts.push(t('diff.joined', { names: names(diff.add) }));
  if (diff.remove.length > 0) parts.push(t('diff.left', { names: names(diff.remove) }));
  const start = diff.calls.filter((c) => c.receivesCalls).map((c) => c.agent);
  const stop = diff.calls.filter((c) => !c.receivesCalls).map((c) => c.agent);
  if (start.length > 0) parts.push(t('diff.nowTakeCalls', { names: names(start) }));
  if (stop.length > 0) parts.push(t('diff.noLongerTakeCalls', { names: names(stop) }));
  return parts.length > 0 ? parts.join('; ') : t('diff.none');
}

export function takingCalls(members: readonly GroupMember[]): number {
  return members.filter((m) => m.receivesCalls).length;
}
