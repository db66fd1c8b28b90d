import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import { makeRecord, type ChangeRecord, type NewChange } from '@/features/change-record/change-record';
import { createAuditLog, MAX_AGE_DAYS, MAX_ENTRIES, type AuditEvent, type AuditLog } from './audit-log';

const DAY = 86_400_000;
let databases = 0;
/** Each test its own database, as if in a browser of its own. */
const freshName = () => `audit-test-${++databases}`;
const log = createAuditLog;

/** The record the change path emits for a rename, made at `at`. */
function rename(from: string, to: string, extra: Partial<NewChange> = {}, at = Date.now()): ChangeRecord {
  return makeRecord({ kind: 'update', groupId: '1003', groupName: from, before: { name: from, active: true }, after: { name: to, active: true }, ok: true, ...extra }, at);
}

/** Everything the database holds, as stored. */
async function rawDump(name: string): Promise<{ entries: unknown[]; accounts: unknown[] }> {
  const db = await openDB(name);
  const dump = { entries: await db.getAll('entries'), accounts: await db.getAll('accounts') };
  db.close();
  return dump;
}

function nextEvent(instance: AuditLog, type: AuditEvent['type']): Promise<AuditEvent> {
  return new Promise((resolve) => {
    const stop = instance.subscribe((event) => {
      if (event.type !== type) return;
      stop();
      resolve(event);
    });
  });
}

describe('the audit log', () => {
  test('keeps entries per account, newest first, with what changed and the outcome', async () => {
    const name = freshName();
    const audit = log({ name });
    audit.write('host|user:a', rename('Billing', 'Billing EU'));
    audit.write('host|user:b', rename('Support', 'Help desk'));
    audit.write('host|user:a', makeRecord({ kind: 'delete', groupId: '1004', groupName: 'Old', ok: false, error: 'This group no longer exists' }));
    await audit.flush();

    const a = await audit.all('host|user:a');
    expect(a.map((e) => [e.kind, e.groupName, e.ok, e.error])).toEqual([
      ['delete', 'Old', false, 'This group no longer exists'],
      ['update', 'Billing', true, undefined],
    ]);
    expect(a[1]).toMatchObject({ account: 'host|user:a', groupId: '1003', before: { name: 'Billing', active: true }, after: { name: 'Billing EU', active: true } });
    expect((await audit.all('host|user:b')).map((e) => e.groupName)).toEqual(['Support']);
    expect(audit.status()).toEqual({ kept: true });
  });

  test('keeps a membership change as who joined, who left and whose calls changed, without emails', async () => {
    const name = freshName();
    const audit = log({ name });
    const ann = { agentId: 'a1', name: 'Ann', email: 'ann@example.com', receivesCalls: true };
    const bob = { agentId: 'a2', name: 'Bob', email: 'bob@example.com', receivesCalls: false };
    const cy = { agentId: 'a3', name: 'Cy', email: 'cy@example.com', receivesCalls: true };
    audit.write('acc', makeRecord({ kind: 'members', groupId: '7', groupName: 'Sales', ok: true, membersBefore: [ann, bob], membersAfter: [{ ...bob, receivesCalls: true }, cy] }));
    await audit.flush();
    const [entry] = await audit.all('acc');
    expect(entry?.members).toEqual({
      add: [{ agentId: 'a3', name: 'Cy', receivesCalls: true }],
      remove: [{ agentId: 'a1', name: 'Ann', receivesCalls: true }],
      calls: [{ agent: { agentId: 'a2', name: 'Bob', receivesCalls: true }, receivesCalls: true }],
    });
    expect(JSON.stringify(await rawDump(name))).not.toContain('@example.com');
  });

  test('reads entries the previous version stored (no id), and drops an entry it cannot read instead of failing', async () => {
    const name = freshName();
    const audit = log({ name });
    audit.write('acc', rename('Billing', 'Billing EU'));
    await audit.flush();
    const db = await openDB(name);
    const at = Date.now();
    const members = { add: [{ agentId: 'a1', name: 'Ann', receivesCalls: true }], remove: [], calls: [] };
    await db.put('entries', { account: 'acc', at: at + 1, seq: 90, kind: 'members', groupId: '7', groupName: 'Sales', members, ok: true });
    await db.put('entries', { account: 'acc', at: at + 2, seq: 91, kind: 'rename', groupName: 'Broken', ok: 'yes' });
    await db.put('entries', { account: 'acc', at: at + 3, seq: 92 });
    db.close();

    const all = await audit.all('acc');
    expect(all.map((e) => e.groupName)).toEqual(['Sales', 'Billing']);
    expect(all[0]).toMatchObject({ id: `${at + 1}-90`, account: 'acc', seq: 90, kind: 'members', members });
    expect((await audit.newest('acc', 2)).map((e) => e.groupName)).toEqual(['Sales', 'Billing']);
    expect(audit.status()).toEqual({ kept: true });
  });

  test('survives a restart: a fresh instance on the same database reads what the first wrote', async () => {
    const name = freshName();
    const first = log({ name });
    first.write('acc', rename('Billing', 'Billing EU'));
    await first.flush();
    const afterRestart = log({ name });
    expect((await afterRestart.all('acc')).map((e) => e.after?.name)).toEqual(['Billing EU']);
  });

  test('reads the first screen newest first without reading everything', async () => {
    const audit = log({ name: freshName() });
    for (let i = 0; i < 30; i++) audit.write('acc', rename(`G${i}`, `G${i}!`));
    await audit.flush();
    expect((await audit.newest('acc', 3)).map((e) => e.groupName)).toEqual(['G29', 'G28', 'G27']);
    const all = await audit.all('acc');
    expect(all).toHaveLength(30);
    const third = all[2];
    if (!third) throw new Error('expected three entries');
    expect((await audit.all('acc', third)).map((e) => e.groupName)).toEqual(['G29', 'G28']);
  });

  test('retention by count: only the newest entries per account stay, pruned on write', async () => {
    const name = freshName();
    const audit = log({ name, maxEntries: 5 });
    for (let i = 1; i <= 8; i++) audit.write('acc', rename(`G${i}`, `G${i}!`));
    audit.write('other', rename('Theirs', 'Theirs!'));
    await audit.flush();
    expect((await audit.all('acc')).map((e) => e.groupName)).toEqual(['G8', 'G7', 'G6', 'G5', 'G4']);
    expect(await audit.all('other')).toHaveLength(1);
    // Pruned from the database, not only hidden.
    expect((await rawDump(name)).entries).toHaveLength(6);
  });

  test('retention by age: entries older than 365 days are not shown, and the next write deletes them', async () => {
    const name = freshName();
    let now = Date.UTC(2025, 0, 1);
    const audit = log({ name, now: () => now });
    audit.write('acc', rename('Old', 'Old!', {}, now));
    now += 200 * DAY;
    audit.write('acc', rename('Middle', 'Middle!', {}, now));
    await audit.flush();

    now += 166 * DAY;
    expect((await audit.all('acc')).map((e) => e.groupName)).toEqual(['Middle']);
    expect((await audit.newest('acc', 10)).map((e) => e.groupName)).toEqual(['Middle']);
    expect((await rawDump(name)).entries).toHaveLength(2);

    audit.write('acc', rename('New', 'New!', {}, now));
    await audit.flush();
    expect((await rawDump(name)).entries).toHaveLength(2);
    expect((await audit.all('acc')).map((e) => e.groupName)).toEqual(['New', 'Middle']);
  });

  test('the defaults are 20,000 entries and 365 days; a full log drops its oldest on the next write', async () => {
    expect(MAX_ENTRIES).toBe(20_000);
    expect(MAX_AGE_DAYS).toBe(365);
    const name = freshName();
    const audit = log({ name });
    // A full log: one entry written, the rest put older than it in one transaction (20,000 single writes would take the test minutes here).
    audit.write('acc', rename('First', 'First!'));
    await audit.flush();
    const db = await openDB(name);
    const tx = db.transaction(['entries', 'accounts'], 'readwrite');
    const start = Date.now() - 10 * DAY;
    for (let i = 1; i < MAX_ENTRIES; i++) {
      void tx.objectStore('entries').put({ account: 'acc', at: start + i * 1000, seq: i + 1, kind: 'update', groupName: `G${i}`, ok: true });
    }
    void tx.objectStore('accounts').put({ account: 'acc', count: MAX_ENTRIES, seq: MAX_ENTRIES });
    await tx.done;
    db.close();

    audit.write('acc', rename('Latest', 'Latest!'));
    await audit.flush();
    const all = await audit.all('acc');
    expect(all).toHaveLength(MAX_ENTRIES);
    expect(all[0]?.groupName).toBe('Latest');
    // The oldest (G1, ten days ago) made room; the rest stay.
    expect(all.at(-1)?.groupName).toBe('G2');
    expect(all.some((e) => e.groupName === 'G1')).toBe(false);
    expect(all[1]?.groupName).toBe('First');
  });

  test('another instance (another tab) hears of writes and clears through the BroadcastChannel', async () => {
    const name = freshName();
    const writer = log({ name });
    const reader = log({ name });
    const heard = nextEvent(reader, 'added');
    writer.write('acc', rename('Billing', 'Billing EU'));
    expect(await heard).toEqual({ type: 'added', account: 'acc' });
    expect((await reader.all('acc')).map((e) => e.groupName)).toEqual(['Billing']);

    const cleared = nextEvent(reader, 'cleared');
    await writer.clear('acc');
    expect(await cleared).toEqual({ type: 'cleared', account: 'acc' });
    expect(await reader.all('acc')).toEqual([]);
  });

  test('clear deletes only this account’s entries, and writing goes on after', async () => {
    const audit = log({ name: freshName() });
    audit.write('acc', rename('A', 'A!'));
    audit.write('other', rename('B', 'B!'));
    await audit.flush();
    await audit.clear('acc');
    expect(await audit.all('acc')).toEqual([]);
    expect(await audit.all('other')).toHaveLength(1);
    audit.write('acc', rename('C', 'C!'));
    await audit.flush();
    expect((await audit.all('acc')).map((e) => e.groupName)).toEqual(['C']);
  });

  test('without IndexedDB a write neither throws nor waits, and the log says it is not kept', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const audit = log({ name: freshName() });
    const seen: AuditEvent[] = [];
    audit.subscribe((event) => seen.push(event));
    expect(() => audit.write('acc', rename('A', 'A!'))).not.toThrow();
    await audit.flush();
    expect(audit.status()).toEqual({ kept: false, reason: 'this browser offers no IndexedDB' });
    expect(seen).toContainEqual({ type: 'status' });
    await expect(audit.all('acc')).rejects.toThrow();
    vi.unstubAllGlobals();
  });

  test('when opening the database throws (a private window), the log is not kept', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    });
    const audit = log({ name: freshName() });
    audit.write('acc', rename('A', 'A!'));
    await audit.flush();
    expect(audit.status()).toEqual({ kept: false, reason: 'The user denied permission to access the database.' });
  });

  test('a write refused for quota flips the log to not kept; the writer never sees the error', async () => {
    const audit = log({ name: freshName() });
    audit.write('acc', rename('A', 'A!'));
    await audit.flush();
    expect(audit.status().kept).toBe(true);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => audit.write('acc', rename('B', 'B!'))).not.toThrow();
    await audit.flush();
    expect(audit.status()).toEqual({ kept: false, reason: 'The quota has been exceeded.' });
  });
});
