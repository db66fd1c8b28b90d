import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AuditEntry, AuditLog, AuditStatus } from './audit-log';

/** Enough entries to fill a first screen; the rest follow in one read. */
const FIRST_SCREEN = 40;

export interface AuditEntriesState {
  /** Newest first; null while the first screen is read. */
  entries: AuditEntry[] | null;
  /** False while only the first screen has been read. */
  complete: boolean;
}

/**
 * The account's entries, newest first: the first screen at once, then all of them; entries written
 * later (in this tab or another) are read and put on top, and a clear empties the list.
 */
export function useAuditEntries(log: AuditLog, account: string, maxEntries: number): AuditEntriesState {
  const [state, setState] = useState<AuditEntriesState & { account: string }>({ account, entries: null, complete: false });

  useEffect(() => {
    let active = true;
    let entries: AuditEntry[] | null = null;
    let steps: Promise<void> = Promise.resolve();
    const show = (next: AuditEntry[], complete: boolean) => {
      entries = next;
      if (active) setState({ account, entries: next, complete });
    };
    // One read at a time, in the order asked for, so a write heard during the first read is not lost.
    const then = (step: () => Promise<void>) => {
      steps = steps.then(step).catch(() => {
        if (entries === null) show([], true);
      });
    };
    const unsubscribe = log.subscribe((event) => {
      if (event.type === 'status' || event.account !== account) return;
      if (event.type === 'cleared') return then(async () => show([], true));
      then(async () => {
        const newest = entries?.[0];
        const added = await log.all(account, newest);
        if (added.length > 0) show([...added, ...(newest ? (entries ?? []) : [])].slice(0, maxEntries), true);
      });
    });
    then(async () => {
      const first = await log.newest(account, FIRST_SCREEN);
      if (first.length < FIRST_SCREEN) return show(first, true);
      show(first, false);
      show(await log.all(account), true);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [log, account, maxEntries]);

  return state.account === account ? state : { entries: null, complete: false };
}

export function useAuditStatus(log: AuditLog): AuditStatus {
  return useSyncExternalStore(
    (onChange) =>
      log.subscribe((event) => {
        if (event.type === 'status') onChange();
      }),
    log.status,
  );
}
