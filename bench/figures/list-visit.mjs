/**
 * One signed-in visit to the groups list, the same code for 10,000 and 50,000 groups: sign in,
 * list reply → first rows painted, <tr> count, keystrokes in "Search groups" → filtered rows
 * painted, /api/ requests while typing. list-10k.mjs and list-50k.mjs turn the visits into figures.
 */
import { afterTwoFrames, openSignIn, rendererCpuSeconds, typedValues, typeTimed, waitForFirstRows } from '../lib/browser.mjs';
import { sleep } from '../lib/lifecycle.mjs';
import { serverGroups } from '../lib/mock-api.mjs';
import { median, ms, percentile, range, stat, timedEvent, timedFigures, timedRow, timesOf } from '../lib/stats.mjs';

/** Typed into "Search groups" one key at a time: 38 keystrokes, mostly changing the result. */
export const KEYSTROKES = [
  ...'tech', ...Array(4).fill('Backspace'),
  ...'sales 2', ...Array(7).fill('Backspace'),
  ...'berlin 1', ...Array(8).fill('Backspace'),
];

/**
 * What each value typed by KEYSTROKES must show in the account's list (the server's own filter is
 * the oracle): the count and the first names in list order, per normalized term.
 */
export async function searchExpectations(ssid, seedGroups) {
  const nameOf = (g) => g.name ?? g.group_name;
  const all = (await serverGroups(ssid)).map(nameOf);
  if (all.length !== seedGroups) throw new Error(`The mock API lists ${all.length} groups, expected ${seedGroups}.`);
  const expect = {};
  for (const typed of typedValues(KEYSTROKES)) {
    const term = typed.trim().toLowerCase();
    if (expect[term]) continue;
    const names = term ? (await serverGroups(ssid, term)).map(nameOf) : all;
    expect[term] = { count: names.length, names: names.slice(0, 80) };
  }
  return expect;
}

async function countRows(page) {
  return page.evaluate(() => ({
    tr: document.querySelectorAll('tr').length,
    dataRows: document.querySelectorAll('tbody tr[aria-rowindex]').length,
  }));
}

/**
 * Signs in to the account of `ssid` on a probed page (`api` counting its requests from the start)
 * and measures the list. Answers the visit's figures and when the list was loaded (wall clock).
 */
export async function measureListVisit(page, cdp, api, { ssid, expect }, run) {
  // Sign in; the app then opens /groups and fetches the whole list.
  await openSignIn(page, ssid);
  const cpuBeforeSignIn = await rendererCpuSeconds(cdp);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForFirstRows(page);
  const signInToRowsCpuMs = ((await rendererCpuSeconds(cdp)) - cpuBeforeSignIn) * 1000;
  const firstRows = await page.evaluate(() => {
    const b = window.__bench;
    const list = b.lists.at(-1);
    // The resource entry of that same request: the first `list` that started once the app called fetch.
    const entry = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/Group/list') && e.startTime >= list.started - 1)
      .sort((a, b) => a.startTime - b.startTime)[0];
    return {
      responseEnd: entry?.responseEnd ?? null,
      listStarted: list.started,
      bodyAt: list.bodyAt,
      replyChars: list.chars,
      rowsInDom: b.rows.domAt,
      rowsPainted: b.rows.paintedAt,
    };
  });
  const replyAt = firstRows.responseEnd ?? firstRows.bodyAt;
  const listLoadedAt = Date.now();

  // <tr> elements with the whole list: at the top and halfway down the list.
  await afterTwoFrames(page);
  const rowsTop = await countRows(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await sleep(100);
  await afterTwoFrames(page);
  const rowsMiddle = await countRows(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await sleep(100);
  await afterTwoFrames(page);

  // Keystrokes in "Search groups", one at a time, each timed to the paint of its filtered rows.
  await page.evaluate((e) => {
    window.__bench.expect = e;
  }, expect);
  await page.getByLabel('Search groups').focus();
  await api.settle(300);
  api.reset();
  const cpuPerKeystrokeMs = await typeTimed(page, cdp, KEYSTROKES, 'keys');
  await api.settle(1000);
  const typingRequests = api.count;
  const typingUrls = api.urls;
  const keys = await page.evaluate(() => window.__bench.keys);

  const timedOut = keys.filter((k) => k.timedOut);
  if (timedOut.length > 0) {
    console.warn(`[bench] run ${run}: ${timedOut.length} keystroke(s) never showed the expected rows:`, timedOut.map((k) => k.value));
  }
  const visit = {
    firstRowsMs: firstRows.rowsPainted - replyAt,
    firstRows: { ...firstRows, replyClock: firstRows.responseEnd == null ? 'text() resolved' : 'resource responseEnd' },
    keystrokes: keys.map((k) => ({ key: k.key, value: k.value, ...timedEvent(k) })),
    rows: { top: rowsTop, middle: rowsMiddle },
    cpu: { signInToRowsMs: signInToRowsCpuMs, perKeystrokeMs: cpuPerKeystrokeMs },
    typingRequests,
    typingUrls,
  };
  return { visit, listLoadedAt };
}

/** The list figures of one seed size's visits: first rows, keystrokes, <tr> count, renderer CPU. */
export function listFigures(visits) {
  const firstRows = visits.map((r) => r.firstRowsMs);
  return {
    runs: visits.length,
    firstRows,
    firstStat: stat(firstRows),
    keys: timedFigures(visits.flatMap((r) => r.keystrokes)),
    keyMedians: visits.map((r) => median(timesOf(r.keystrokes))),
    domRows: stat(visits.map((r) => Math.max(r.rows.top.tr, r.rows.middle.tr))),
    cpuKey: stat(visits.map((r) => r.cpu.perKeystrokeMs)),
    cpuLoad: stat(visits.map((r) => r.cpu.signInToRowsMs)),
  };
}

export function firstRowsRow(id, label, figures, goalMs) {
  const { firstStat } = figures;
  return {
    id,
    figure: `${label} (${figures.runs} runs)`,
    goal: `≤ ${goalMs} ms`,
    median: ms(firstStat.median),
    range: range(firstStat, ms),
    pass: firstStat.median <= goalMs,
  };
}

export const keystrokeRow = (id, label, figures, goalMs) => timedRow(id, label, figures.keys, goalMs, { unit: 'keystrokes' });

/** Per-run medians and the renderer's own CPU time (no wait for a CPU in it) of one seed size. */
export function listDetails(label, figures) {
  const { keyMedians, firstRows, cpuKey, cpuLoad } = figures;
  return [
    `${label}: per-run medians, keystroke: ${keyMedians.map((v) => v.toFixed(1)).join(', ')} ms; first rows: ${firstRows.map((v) => v.toFixed(1)).join(', ')} ms`,
    `${label}: renderer CPU time (excludes waiting for a CPU): per keystroke median ${cpuKey.median.toFixed(1)} ms ` +
      `(${cpuKey.min.toFixed(1)}–${cpuKey.max.toFixed(1)}); sign-in click → first rows painted median ` +
      `${cpuLoad.median.toFixed(0)} ms (${cpuLoad.min.toFixed(0)}–${cpuLoad.max.toFixed(0)}).`,
  ];
}

/** What results.json keeps of one seed size's list figures. */
export const listStats = (figures) => ({
  firstRowsMs: figures.firstStat,
  keystrokeMs: { ...figures.keys.stat, p90: percentile(figures.keys.ok, 90) },
  rendererCpuPerKeystrokeMs: figures.cpuKey,
  rendererCpuSignInToRowsMs: figures.cpuLoad,
  domRows: figures.domRows,
});
