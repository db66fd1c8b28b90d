/**
 * "Recent changes": every change made in this browser session, with before
 * and after, kept in sessionStorage (so it survives a reload, not the tab).
 * Only names, statuses and agents' names and call flags are stored, never credentials.
 */
import { useSyncExternalStore } from 'react';
import type { GroupMember } from '@/api/types';
import { describeDiffByName, diffOf } from '../members/membership-diff';

export interface GroupState {
  name: string;
  active: boolean;
}

export interface ChangeRecord {
  id: string;
  at: number;
  kind: 'create' | 'update' | 'delete' | 'members' | 'undo';
  groupId?: string;
  groupName: string;
  before?: GroupState;
  after?: GroupState;
  /** A membership change (or its undo): the members before and after. */
  membersBefore?: GroupMember[];
  membersAfter?: GroupMember[];
  ok: boolean;
  error?: string;
  /** What the supervisor should know beyond the outcome, e.g. a rename made elsewhere that was kept. */
  note?: string;
  /** Set on a change that has been undone. */
  undone?: boolean;
}

const STORAGE_KEY = 'group-console.recent-changes';
const MAX_RECORDS = 200;
const EMPTY: ChangeRecord[] = [];
const listeners = new Set<() => void>();
let state: { account: string; records: ChangeRecord[] } | null = null;

function load(): { account: string; records: ChangeRecord[] } | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { account?: unknown; records?: unknown };
    if (typeof parsed.account !== 'string' || !Array.isArray(parsed.records)) return null;
    return { account: parsed.account, records: parsed.records as ChangeRecord[] };
  } catch {
    return null;
  }
}

function save(next: { account: string; records: ChangeRecord[] } | null): void {
  state = next;
  if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

function current(account: string): ChangeRecord[] {
  state ??= load();
  return state && state.account === account ? state.records : EMPTY;
}

let counter = 0;

export const recentChanges = {
  record(account: string, entry: Omit<ChangeRecord, 'id' | 'at'>): string {
    const id = `${Date.now().toString(36)}-${(counter++).toString(36)}`;
    save({ account, records: [{ ...entry, id, at: Date.now() }, ...current(account)].slice(0, MAX_RECORDS) });
    return id;
  },
  markUndone(account: string, id: string): void {
    save({ account, records: current(account).map((r) => (r.id === id ? { ...r, undone: true } : r)) });
  },
  clear(): void {
    save(null);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: current,
};

export function useRecentChanges(account: string): ChangeRecord[] {
  return useSyncExternalStore(recentChanges.subscribe, () => current(account));
}

/** A change can be undone when it was a successful rename, status or membership change not undone yet. */
export function canUndo(record: ChangeRecord): boolean {
  const undoable = record.kind === 'update' || record.kind === 'members' || record.kind === 'undo';
  return undoable && record.ok && !record.undone && !!record.groupId && (!!record.before || !!record.membersBefore);
}

export function describeChange(record: ChangeRecord): string {
  const { before, after } = record;
  switch (record.kind) {
    case 'create':
      return `Created ${after?.name ?? record.groupName}`;
    case 'delete':
      return `Deleted ${record.groupName}`;
    case 'members':
      return `${record.groupName}: members — ${membersChange(record)}`;
    case 'update':
    case 'undo': {
      if (record.membersBefore) return `Undid: ${record.groupName}: members — ${membersChange(record)}`;
      const parts: string[] = [];
      if (before && after && before.name !== after.name) parts.push(`renamed ${before.name} → ${after.name}`);
      if (before && after && before.active !== after.active) {
        parts.push(`${after.active ? 'activated' : 'deactivated'} (${before.active ? 'active' : 'inactive'} → ${after.active ? 'active' : 'inactive'})`);
      }
      const what = parts.length > 0 ? parts.join(', ') : 'saved without changes';
      return `${record.kind === 'undo' ? 'Undid: ' : ''}${record.groupName}: ${what}`;
    }
  }
}

function membersChange(record: ChangeRecord): string {
  if (!record.membersBefore || !record.membersAfter) return 'not changed';
  return describeDiffByName(diffOf(record.membersBefore, record.membersAfter));
}
