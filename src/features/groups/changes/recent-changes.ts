/**
 * "Recent changes": the change records of this browser session, newest first, kept in sessionStorage
 * (so they survive a reload, not the tab), with what Undo needs. The app hands it every record the
 * change path emits (src/app/change-record-stores.ts).
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { readRecord, type ChangeRecord } from '@/features/change-record/change-record';

type Kept = { account: string; records: ChangeRecord[] };

const STORAGE_KEY = 'group-console.recent-changes';
const MAX_RECORDS = 200;
const EMPTY: ChangeRecord[] = [];
const listeners = new Set<() => void>();
let state: Kept | null = null;

/** The records are read one by one below, so one that cannot be read costs only itself. */
const keptSchema = z.object({ account: z.string(), records: z.array(z.unknown()) });

/** What this tab kept, read, not cast: a record that cannot be read is dropped, the rest shown. */
function load(): Kept | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const kept = keptSchema.safeParse(JSON.parse(raw));
    if (!kept.success) return null;
    return { account: kept.data.account, records: kept.data.records.flatMap((value) => readRecord(value) ?? []) };
  } catch {
    return null;
  }
}

function save(next: Kept | null): void {
  state = next;
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or refused: the records stay in this page until it is left.
  }
  for (const listener of listeners) listener();
}

const markedUndone = (records: ChangeRecord[], id: string) => records.map((r) => (r.id === id ? { ...r, undone: true } : r));

function current(account: string): ChangeRecord[] {
  state ??= load();
  return state && state.account === account ? state.records : EMPTY;
}

export const recentChanges = {
  /** Keeps a record on top; a successful undo marks the record it put back. */
  add(account: string, record: ChangeRecord): void {
    const records = [record, ...current(account)].slice(0, MAX_RECORDS);
    const undone = record.kind === 'undo' && record.ok ? record.undoes : undefined;
    save({ account, records: undone ? markedUndone(records, undone) : records });
  },
  markUndone(account: string, id: string): void {
    save({ account, records: markedUndone(current(account), id) });
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

/**
 * A change can be undone when it was a successful rename, status or membership change not undone yet.
 * An undo itself is not: "Undo" on it would read as undoing the change, while it would make it again.
 */
export function canUndo(record: ChangeRecord): boolean {
  const undoable = record.kind === 'update' || record.kind === 'members';
  return undoable && record.ok && !record.undone && !!record.groupId && (!!record.before || !!record.membersBefore);
}
