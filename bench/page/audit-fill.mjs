/**
 * Fills the console's audit log in the browser (IndexedDB, the store shape of
 * src/features/audit/audit-log.ts) up to `total` entries for `account`, below the entries the app
 * has written itself: every kind of change, one in ten failed with DeepCall's reason, spread over
 * the last 300 days (inside the 365-day retention). The account's count and sequence are kept
 * beside them as the app keeps them, so its own next write and pruning carry on from there.
 *
 * `groups`: { id, name } to name the entries after. Answers how many entries were added.
 *
 * Must stay self-contained: Playwright sends its source text to the page.
 */
export async function fillAuditLog({ dbName, account, total, groups }) {
  const done = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const db = await done(indexedDB.open(dbName));
  try {
    const tx = db.transaction(['entries', 'accounts'], 'readwrite');
    const entries = tx.objectStore('entries');
    const accounts = tx.objectStore('accounts');
    const meta = (await done(accounts.get(account))) ?? { account, count: 0, seq: 0 };
    const adding = Math.max(0, total - meta.count);
    const dayMs = 86_400_000;
    const newest = Math.min(...(await done(entries.getAll(IDBKeyRange.bound([account], [account, Infinity])))).map((e) => e.at), Date.now());
    const from = newest - 300 * dayMs;
    const step = (newest - 60_000 - from) / Math.max(adding, 1);
    const agent = (n) => ({ agentId: `ag-${n}`, name: `Agent ${n}`, receivesCalls: n % 5 !== 0 });
    for (let i = 0; i < adding; i++) {
      const group = groups[(i * 7919) % groups.length];
      const state = { name: group.name, active: i % 3 !== 0 };
      const kind = ['update', 'update', 'update', 'members', 'create', 'delete', 'undo'][i % 7];
      const failed = i % 10 === 9;
      entries.add({
        account,
        at: Math.round(from + i * step),
        seq: meta.seq + 1 + i,
        kind,
        groupId: String(group.id),
        groupName: group.name,
        ...(kind === 'create' ? { after: state } : {}),
        ...(kind === 'delete' ? { before: state } : {}),
        ...(kind === 'update' || kind === 'undo'
          ? { before: state, after: i % 2 ? { ...state, active: !state.active } : { ...state, name: `${group.name} (renamed)` } }
          : {}),
        ...(kind === 'members' ? { members: { add: [agent(i)], remove: i % 2 ? [agent(i + 1)] : [], calls: [] } } : {}),
        ok: !failed,
        ...(failed ? { error: 'The group is in use by a running campaign.' } : {}),
      });
    }
    accounts.put({ account, count: meta.count + adding, seq: meta.seq + adding });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return adding;
  } finally {
    db.close();
  }
}
