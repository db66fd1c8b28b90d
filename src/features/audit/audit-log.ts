/**
 * The audit log: the record of every change made from this browser (the app hands it each record the
 * change path emits), per DeepCall account, in IndexedDB (through idb), so it outlives sign-out, the
 * tab and a restart. An entry holds names, statuses, agents'
 * names and call flags, the outcome and DeepCall's reason — never credentials: the account is
 * `SignedIn.account`, which names the host and the user, not the secret.
 *
 * Entries are keyed [account, at, seq] (`at`: the record's time), so one account's entries are one key range in time order:
 * the newest screen is a short backwards cursor, pruning by age is one range delete, and a count
 * per account (kept beside them, in the same transaction) makes pruning by count a single lookup.
 *
 * Writing is fire-and-forget: a change never waits for the log, and a failure to open or write only
 * flips `status()` to not kept, which the Audit log page says. Other tabs hear of every write and
 * clear through a BroadcastChannel (where the browser has one).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
import { changeRecordSchema, type ChangeRecord } from '@/features/change-record/change-record';

export const MAX_ENTRIES = 20_000;
export const MAX_AGE_DAYS = 365;
const DAY_MS = 86_400_000;

/** A change record as the log keeps it: for which account, and in what order. */
export type AuditEntry = ChangeRecord & {
  account: string;
  /** Orders an account's entries written in the same millisecond. */
  seq: number;
};

/**
 * What is stored is the record without what only Undo in its own tab needs (the whole memberships):
 * a membership change is kept as its difference, names and call flags only. Entries written before
 * records had an id are read as they are, the id made from their key.
 */
const entrySchema = z.extend(changeRecordSchema, { id: z.optional(z.string()), account: z.string(), seq: z.number() });

/** An entry read back, or undefined when it cannot be read (dropped, never cast). */
export function readEntry(value: unknown): AuditEntry | undefined {
  const parsed = entrySchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { id, ...entry } = parsed.data;
  return { ...entry, id: id ?? `${entry.at}-${entry.seq}` };
}

function toEntry(account: string, seq: number, record: ChangeRecord): AuditEntry {
  const { membersBefore: _before, membersAfter: _after, undoes: _undoes, undone: _undone, ...kept } = record;
  return { ...kept, account, seq };
}

/** `reason`: the browser's words, or the console's own (NO_INDEXED_DB, which the page translates). */
export type AuditStatus = { kept: boolean | undefined; reason?: string };

export const NO_INDEXED_DB = 'this browser offers no IndexedDB';
export type AuditEvent = { type: 'added' | 'cleared'; account: string } | { type: 'status' };

interface AuditSchema extends DBSchema {
  /** Values are what this or an earlier version wrote: read through `readEntry`. */
  entries: { key: [string, number, number]; value: unknown };
  accounts: { key: string; value: { account: string; count: number; seq: number } };
}
type Db = IDBPDatabase<AuditSchema>;

export interface AuditLogOptions {
  /** The IndexedDB database and BroadcastChannel name. */
  name?: string;
  maxEntries?: number;
  maxAgeDays?: number;
  now?: () => number;
}

export type AuditLog = ReturnType<typeof createAuditLog>;

export function createAuditLog({ name = 'group-console.audit', maxEntries = MAX_ENTRIES, maxAgeDays = MAX_AGE_DAYS, now = Date.now }: AuditLogOptions = {}) {
  const maxAgeMs = maxAgeDays * DAY_MS;
  const listeners = new Set<(event: AuditEvent) => void>();
  let status: AuditStatus = { kept: undefined };
  let opening: Promise<Db> | null = null;
  let writes: Promise<void> = Promise.resolve();
  let channel: BroadcastChannel | null = null;

  const emit = (event: AuditEvent) => {
    for (const listener of listeners) listener(event);
  };
  const setStatus = (next: AuditStatus) => {
    if (next.kept === status.kept && next.reason === status.reason) return;
    status = next;
    emit({ type: 'status' });
  };
  const notKept = (error: unknown) => setStatus({ kept: false, reason: error instanceof Error && error.message ? error.message : String(error) });

  function open(): Promise<Db> {
    opening ??= (async () => {
      if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error(NO_INDEXED_DB);
      const { openDB } = await import('idb');
      const db = await openDB<AuditSchema>(name, 1, {
        upgrade(database) {
          database.createObjectStore('entries', { keyPath: ['account', 'at', 'seq'] });
          database.createObjectStore('accounts', { keyPath: 'account' });
        },
        // A newer version of the console wants the database: let it, and reopen on the next use.
        blocking() {
          db.close();
          opening = null;
        },
        terminated() {
          opening = null;
        },
      });
      return db;
    })();
    return opening.then(
      (db) => {
        if (status.kept === undefined) setStatus({ kept: true });
        return db;
      },
      (error: unknown) => {
        notKept(error);
        throw error;
      },
    );
  }

  const accountRange = (account: string) => IDBKeyRange.bound([account], [account, Infinity]);
  /** The account's entries young enough to keep. */
  const liveRange = (account: string) => IDBKeyRange.bound([account, now() - maxAgeMs], [account, Infinity]);

  function announce(event: { type: 'added' | 'cleared'; account: string }) {
    emit(event);
    if (typeof BroadcastChannel !== 'function') return;
    if (channel) return channel.postMessage(event);
    // Nobody listens in this tab: a channel just for the message (it is delivered even once closed).
    const once = new BroadcastChannel(name);
    once.postMessage(event);
    once.close();
  }

  async function append(account: string, record: ChangeRecord): Promise<void> {
    const db = await open();
    const tx = db.transaction(['entries', 'accounts'], 'readwrite');
    const entries = tx.objectStore('entries');
    const accounts = tx.objectStore('accounts');
    const meta = (await accounts.get(account)) ?? { account, count: 0, seq: 0 };
    const seq = meta.seq + 1;
    await entries.add(toEntry(account, seq, record));
    let count = meta.count + 1;
    const expired = IDBKeyRange.bound([account], [account, now() - maxAgeMs], false, true);
    const old = await entries.count(expired);
    if (old > 0) {
      await entries.delete(expired);
      count -= old;
    }
    if (count > maxEntries) {
      const oldest = await entries.getAllKeys(accountRange(account), count - maxEntries);
      const last = oldest[oldest.length - 1];
      if (last) await entries.delete(IDBKeyRange.bound([account], last));
      count = maxEntries;
    }
    await accounts.put({ account, count: Math.max(count, 0), seq });
    await tx.done;
    announce({ type: 'added', account });
  }

  /** Reads fail loudly to the page, and say the log is not kept. */
  async function reading<T>(read: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await read(await open());
    } catch (error) {
      notKept(error);
      throw error;
    }
  }

  return {
    /** Records a change without ever throwing or delaying the caller. */
    write(account: string, record: ChangeRecord): void {
      try {
        writes = writes.then(() => append(account, record)).catch(notKept);
      } catch (error) {
        notKept(error);
      }
    },

    /** Resolves once every write asked for so far has ended (written or failed). */
    flush(): Promise<void> {
      return writes;
    },

    /** The account's newest entries, newest first: enough for a first screen. */
    newest(account: string, limit: number): Promise<AuditEntry[]> {
      return reading(async (db) => {
        const found: AuditEntry[] = [];
        let cursor = await db.transaction('entries').store.openCursor(liveRange(account), 'prev');
        while (cursor && found.length < limit) {
          const entry = readEntry(cursor.value);
          if (entry) found.push(entry);
          cursor = await cursor.continue();
        }
        return found;
      });
    },

    /** Every entry kept for the account, newest first; with `after`, only those written after that one. */
    all(account: string, after?: Pick<AuditEntry, 'at' | 'seq'>): Promise<AuditEntry[]> {
      return reading(async (db) => {
        const range = after ? IDBKeyRange.bound([account, after.at, after.seq], [account, Infinity], true) : liveRange(account);
        return (await db.getAll('entries', range)).flatMap((value) => readEntry(value) ?? []).reverse();
      });
    },

    /** Deletes this account's entries kept in this browser. */
    clear(account: string): Promise<void> {
      return reading(async (db) => {
        const tx = db.transaction(['entries', 'accounts'], 'readwrite');
        const meta = await tx.objectStore('accounts').get(account);
        await tx.objectStore('entries').delete(accountRange(account));
        if (meta) await tx.objectStore('accounts').put({ ...meta, count: 0 });
        await tx.done;
        announce({ type: 'cleared', account });
      });
    },

    status: (): AuditStatus => status,

    /** Writes and clears from this tab and from the browser's other tabs, and status changes. */
    subscribe(listener: (event: AuditEvent) => void): () => void {
      listeners.add(listener);
      if (!channel && typeof BroadcastChannel === 'function') {
        channel = new BroadcastChannel(name);
        channel.onmessage = ({ data }: MessageEvent<AuditEvent>) => {
          if (data.type === 'added' || data.type === 'cleared') emit(data);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && channel) {
          channel.close();
          channel = null;
        }
      };
    },
  };
}

/** This browser's audit log. */
export const auditLog = createAuditLog();
