/**
 * Moving agents to another group and copying a group with its members: each a sequence
 * of changes on the change path, in the order that never leaves an agent in no group.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Group, GroupMember } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import { runGroupChange } from '../changes/change-path';
import type { GroupChangeResult } from '../changes/change-kinds';
import { joiningOf } from '@/features/change-record/membership-diff';

/** Who of the moving agents really joined the target, and who was in it already (left exactly as they were there). */
export interface Joined {
  joined: GroupMember[];
  already: GroupMember[];
}

export type MoveOutcome =
  | ({ step: 'done'; agents: GroupMember[]; target: Group; notes: Note[] } & Joined)
  /** Nothing changed: joining the target failed. */
  | { step: 'join-failed'; agents: GroupMember[]; target: Group; error: Error }
  /** The agents are in both groups: leaving the source failed; `finish` retries that step. */
  | ({ step: 'leave-failed'; agents: GroupMember[]; target: Group; error: Error } & Joined);

interface Move {
  source: Group;
  sourceLoaded: GroupMember[];
  target: Group;
  agents: GroupMember[];
}

/** A change's note: in English (`note`), and as facts to say in the language on screen (`noteOf`). */
export type Note = Pick<GroupChangeResult, 'note' | 'noteFacts'>;

function notesOf(...results: GroupChangeResult[]): Note[] {
  return results.flatMap((r) => (r.note ? [{ note: r.note, ...(r.noteFacts ? { noteFacts: r.noteFacts } : {}) }] : []));
}

/**
 * The agents join `target` (newcomers keeping their takes-calls setting; anyone already in it is
 * left exactly as they are there), then leave `source`.
 */
export async function moveMembers(client: QueryClient, ctx: SignedIn, move: Move): Promise<MoveOutcome> {
  const { agents, target } = move;
  let result: GroupChangeResult;
  try {
    result = await runGroupChange(client, ctx, { kind: 'members', group: target, diff: { add: agents, remove: [], calls: [] } });
  } catch (error) {
    return { step: 'join-failed', agents, target, error: error as Error };
  }
  // Told by the membership the join was applied to, read just before it was sent.
  const { joining, already } = joiningOf(result.membersBefore ?? [], agents);
  return leaveSource(client, ctx, move, { joined: joining, already }, [result]);
}

/** The second step of a move, again after it failed. */
export async function leaveSource(
  client: QueryClient,
  ctx: SignedIn,
  move: Move,
  { joined, already }: Joined,
  earlier: GroupChangeResult[] = [],
  allowNobody = false,
): Promise<MoveOutcome> {
  const { agents, target } = move;
  try {
    const left = await runGroupChange(client, ctx, {
      kind: 'members',
      group: move.source,
      loaded: move.sourceLoaded,
      diff: { add: [], remove: agents, calls: [] },
      allowNobody,
    });
    return { step: 'done', agents, target, notes: notesOf(...earlier, left), joined, already };
  } catch (error) {
    return { step: 'leave-failed', agents, target, error: error as Error, joined, already };
  }
}

export type CopyOutcome =
  | { step: 'done'; created: GroupChangeResult }
  /** The new group exists without its members; `retry` sets them again. */
  | { step: 'members-failed'; created: GroupChangeResult; error: Error };

/** A new group named `name`, then the same members and call settings. Rejects when the group is not created. */
export async function copyGroup(
  client: QueryClient,
  ctx: SignedIn,
  copy: { name: string; members: GroupMember[]; signal?: AbortSignal },
): Promise<CopyOutcome> {
  const created = await runGroupChange(client, ctx, { kind: 'create', name: copy.name, ...(copy.signal ? { signal: copy.signal } : {}) });
  return setCopiedMembers(client, ctx, created, copy.members);
}

export async function setCopiedMembers(
  client: QueryClient,
  ctx: SignedIn,
  created: GroupChangeResult,
  members: GroupMember[],
): Promise<CopyOutcome> {
  if (members.length === 0) return { step: 'done', created };
  const group: Group = { id: created.id, name: created.name, active: created.active };
  try {
    await runGroupChange(client, ctx, { kind: 'members', group, diff: { add: members, remove: [], calls: [] } });
    return { step: 'done', created };
  } catch (error) {
    return { step: 'members-failed', created, error: error as Error };
  }
}
