/**
 * What an import would do, judged against the account as it is when the preview is made. The preview is
 * a snapshot on purpose: the run applies each group's difference on top of the membership it reads just
 * before sending, and names a colleague's change made since, so nothing here needs to follow the cache.
 * A call flag is never guessed: a group the file names whose flags are unknown, or whose members are still
 * being read group by group, is read first (three at a time, with progress).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { isApiError } from '@/api/errors';
import type { Group, GroupMember } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { groupQueries } from '@/features/groups/queries';
import { runQueue } from '@/lib/run-queue';
import type { AgentDirectory } from '../agent-directory';
import type { ImportRow } from './parse-import-csv';
import { resolveImport, type ImportMode, type ResolvedImport } from './resolve-import';

/** The account as the page has it (useAgentDirectory): undefined parts are still loading. */
export interface AccountView {
  groups: Group[] | undefined;
  memberships: AccountMemberships | undefined;
  directory: AgentDirectory | undefined;
}

export type PreviewState =
  | { status: 'waiting' }
  | { status: 'reading'; read: number; total: number }
  | { status: 'ready'; resolved: ResolvedImport; unread: UnreadGroup[] }
  | { status: 'failed'; error: Error };

/** A group whose members could not be read: `error` is shown in the language on screen, `message` otherwise. */
export interface UnreadGroup {
  group: Group;
  message: string;
  error?: unknown;
}

const READ_CONCURRENCY = 3;

/** As the resolver matches names: case and surrounding spaces ignored, composed accents equal. */
const key = (text: string) => text.trim().normalize('NFC').toLowerCase();

/** Every group a row may mean (by id, or by name); the resolver decides which rows really match. */
function namedGroups(rows: readonly ImportRow[], groups: readonly Group[]): Group[] {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const row of rows) {
    if (row.groupId !== '') ids.add(row.groupId);
    else if (row.groupName !== '') names.add(key(row.groupName));
  }
  return groups.filter((g) => ids.has(g.id) || names.has(key(g.name)));
}

/** The group's members as the directory knows them, or null when they must be read first. */
function knownMembers(groupId: string, memberships: AccountMemberships, directory: AgentDirectory): GroupMember[] | null {
  const stillReading = memberships.source === 'per-group' && memberships.groupsRead < memberships.groupsTotal;
  if (stillReading || memberships.unreadable.some((u) => u.groupId === groupId)) return null;
  const links = directory.membersByGroup.get(groupId) ?? [];
  const members: GroupMember[] = [];
  for (const { agentId, receivesCalls } of links) {
    if (receivesCalls === undefined) return null;
    const agent = directory.byId.get(agentId)?.agent;
    members.push({ agentId, name: agent?.name ?? agentId, ...(agent?.email ? { email: agent.email } : {}), receivesCalls });
  }
  return members;
}

async function prepare(
  client: QueryClient,
  ctx: SignedIn,
  rows: readonly ImportRow[],
  mode: ImportMode,
  { groups, memberships, directory }: Required<{ [K in keyof AccountView]: NonNullable<AccountView[K]> }>,
  onProgress: (read: number, total: number) => void,
): Promise<PreviewState> {
  const members = new Map<string, GroupMember[] | undefined>();
  const toRead: Group[] = [];
  for (const group of namedGroups(rows, groups)) {
    const known = knownMembers(group.id, memberships, directory);
    if (known) members.set(group.id, known);
    else toRead.push(group);
  }
  const unread: UnreadGroup[] = [];
  if (toRead.length > 0) {
    let read = 0;
    onProgress(0, toRead.length);
    const results = await runQueue(toRead, READ_CONCURRENCY, (group) => client.fetchQuery(groupQueries.members(ctx, group.id)), {
      onSettled: () => onProgress(++read, toRead.length),
    });
    for (const group of toRead) {
      const result = results.get(group);
      if (result?.status === 'fulfilled') members.set(group.id, result.value.members);
      else {
        // The app's sign-in dialog is already asking; the preview waits for a Retry after signing in.
        if (isApiError(result?.reason) && result.reason.isSessionEnded) return { status: 'failed', error: result.reason };
        unread.push({ group, message: result?.reason instanceof Error ? result.reason.message : 'It could not be read.', error: result?.reason });
        members.set(group.id, undefined);
      }
    }
  }
  const resolved = resolveImport(rows, mode, { groups, agents: memberships.agents, membersOf: (id) => members.get(id) });
  return { status: 'ready', resolved, unread };
}

/** The preview of `rows` in `mode`, or null while there is nothing to preview. `retry` reads again. */
export function useImportPreview(ctx: SignedIn, rows: readonly ImportRow[] | undefined, mode: ImportMode | null, account: AccountView) {
  const client = useQueryClient();
  // Each state says which rows and mode it is about: a preview of the last mode is never shown under the next one.
  const [held, setHeld] = useState<{ rows: readonly ImportRow[]; mode: ImportMode; state: PreviewState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ready = account.groups !== undefined && account.memberships !== undefined && account.directory !== undefined;

  // Reads the account as it is when the preview starts, without restarting it at every chunk of a per-group read.
  const start = useEffectEvent((isCurrent: () => boolean) => {
    const { groups, memberships, directory } = account;
    if (!rows || !mode) return setHeld(null);
    const setState = (state: PreviewState) => setHeld({ rows, mode, state });
    if (!groups || !memberships || !directory) return setState({ status: 'waiting' });
    const onProgress = (read: number, total: number) => isCurrent() && setState({ status: 'reading', read, total });
    prepare(client, ctx, rows, mode, { groups, memberships, directory }, onProgress).then(
      (next) => isCurrent() && setState(next),
      (error: unknown) => isCurrent() && setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
  });

  useEffect(() => {
    let current = true;
    start(() => current);
    return () => {
      current = false;
    };
  }, [rows, mode, ready, attempt]);

  const state = held && held.rows === rows && held.mode === mode ? held.state : null;
  return { state, retry: () => setAttempt((n) => n + 1) };
}
