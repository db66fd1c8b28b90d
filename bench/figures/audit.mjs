/**
 * The audit log at its retention limit (issue 12): 20,000 entries for the scale account; the
 * header's Audit log link → its newest entry painted, after a fresh load of the list.
 */
import { afterTwoFrames, openSignIn, waitForFirstRows, withPage } from '../lib/browser.mjs';
import { AUDIT_RUNS, SCALE_GROUPS, WEB } from '../lib/config.mjs';
import { log, sleep } from '../lib/lifecycle.mjs';
import { ms, range, stat } from '../lib/stats.mjs';
import { fillAuditLog } from '../page/audit-fill.mjs';

/** Audit log entries for the scale run's account: the log's retention limit. */
export const AUDIT_ENTRIES = 20_000;
/** The console's IndexedDB database for the audit log (src/features/audit/audit-log.ts). */
const AUDIT_DB = 'group-console.audit';

export const GOALS = { auditOpenMs: 200 };

const entries = AUDIT_ENTRIES.toLocaleString('en');

/**
 * The audit log of the account of `ssid` with AUDIT_ENTRIES entries. One real change from the list
 * (a group switched off) has the app write an entry and so name the account as it keys the log;
 * the rest are written into the same IndexedDB store (fillAuditLog), named after `groups`. Then
 * AUDIT_RUNS times: a fresh load of /groups, the header's Audit log link → its first row painted
 * on screen with the newest entry (and on to "20,000 entries", the whole log read); and once more
 * from the list without a reload (the page's code and the database already open).
 */
export const measureAuditLog = (browser, ssid, groups) =>
  withPage(
    browser,
    async (page) => {
      await openSignIn(page, ssid);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForFirstRows(page);
      const firstRow = page.locator('tbody tr[aria-rowindex="2"]');
      const groupName = (await firstRow.locator('a').textContent()) ?? '';
      const toggle = firstRow.getByRole('switch');
      if (!(await toggle.isChecked())) throw new Error(`${groupName} is already inactive: the audit set-up switches an active group off.`);
      await toggle.click();
      // Switching off a group whose agents take its calls asks first (issue 18): answer it.
      const ask = page.getByRole('dialog', { name: `Deactivate ${groupName}?` });
      await ask.or(firstRow.getByRole('switch', { checked: false })).first().waitFor();
      if (await ask.isVisible()) await ask.getByRole('button', { name: 'Deactivate', exact: true }).click();
      const account = await waitForAuditAccount(page);
      const added = await page.evaluate(fillAuditLog, { dbName: AUDIT_DB, account, total: AUDIT_ENTRIES, groups });
      log(`audit log: ${added + 1} entries for the ${SCALE_GROUPS.toLocaleString('en')}-group account`);
      const expected = { texts: [groupName, 'active → inactive'], total: AUDIT_ENTRIES };

      const opens = [];
      /** Opens the log from the list; with `whole`, also waits until it says every entry is read. */
      const openLog = async (whole) => {
        await page.locator('tbody tr[aria-rowindex]').first().waitFor({ timeout: 60_000 });
        await sleep(300);
        await afterTwoFrames(page);
        await page.evaluate((e) => window.__bench.watchAudit(e), expected);
        await page.getByRole('link', { name: 'Audit log', exact: true }).click();
        await page.waitForFunction(() => window.__bench.audit != null, null, { timeout: 60_000 });
        if (whole) await page.waitForFunction(() => window.__bench.audit.complete != null, null, { timeout: 60_000 });
        const a = await page.evaluate(() => window.__bench.audit);
        if (a.timedOut) throw new Error('The Audit log never showed its newest entry on screen.');
        if (whole && a.complete.timedOut) throw new Error(`The Audit log never said it holds ${AUDIT_ENTRIES} entries.`);
        return { ms: a.paintedAt - a.start, ...(whole ? { completeMs: a.complete.paintedAt - a.start } : {}), queuedMs: a.handlerAt - a.start, frames: a.frames };
      };
      for (let run = 1; run <= AUDIT_RUNS; run++) {
        await page.goto(`${WEB}/groups`);
        const cold = await openLog(true);
        await page.getByRole('link', { name: 'Group Console', exact: true }).click();
        // The next fresh load follows at once: no need to wait for the whole log here.
        const warm = await openLog(false);
        opens.push({ cold, warm });
      }
      return { account: { entries: added + 1 }, opens };
    },
    { probe: true },
  );

/** The account key of the newest entry the app wrote to its audit log (polls IndexedDB). */
async function waitForAuditAccount(page) {
  for (let i = 0; i < 100; i++) {
    const account = await page.evaluate(
      (dbName) =>
        new Promise((resolve) => {
          const open = indexedDB.open(dbName);
          // Not created by the app yet: creating it here would leave it without the app's stores.
          open.onupgradeneeded = () => open.transaction.abort();
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const db = open.result;
            const done = (value) => {
              db.close();
              resolve(value);
            };
            if (!db.objectStoreNames.contains('entries')) return done(null);
            const cursor = db.transaction('entries').objectStore('entries').openCursor(null, 'prev');
            cursor.onerror = () => done(null);
            cursor.onsuccess = () => done(cursor.result?.value.account ?? null);
          };
        }),
      AUDIT_DB,
    );
    if (account) return account;
    await sleep(100);
  }
  throw new Error('The app wrote no audit log entry for the change made from the list.');
}

export function report(audit) {
  const cold = stat(audit.opens.map((o) => o.cold.ms));
  const warm = stat(audit.opens.map((o) => o.warm.ms));
  const complete = stat(audit.opens.map((o) => o.cold.completeMs));
  return {
    rows: [
      {
        id: 'auditOpenMs',
        figure: `audit log with ${entries} entries: page opened → first entries painted (${AUDIT_RUNS} opens after a fresh load)`,
        goal: `≤ ${GOALS.auditOpenMs} ms`,
        median: ms(cold.median),
        range: range(cold, ms),
        pass: cold.median <= GOALS.auditOpenMs,
      },
    ],
    lines: [
      `Audit log (${entries} entries): link → first entries painted after a fresh load ${audit.opens.map((o) => o.cold.ms.toFixed(1)).join(', ')} ms; ` +
        `from the list without a reload median ${ms(warm.median)} (${range(warm, ms)}); ` +
        `link → "${entries} entries" (the whole log read) median ${ms(complete.median)} (${range(complete, ms)}).`,
    ],
    stats: { auditOpenMs: cold, auditOpenWithoutReloadMs: warm, auditWholeLogReadMs: complete },
  };
}
