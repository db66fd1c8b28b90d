/**
 * Sort headers and the Status filter on the 50,000-group list (issue 12): each click → the rows of
 * the new order or filter painted, checked against an order worked out in Chromium
 * (page/list-states.mjs), and each click must change the rows, so an ignored click cannot pass.
 */
import { afterTwoFrames, withPage } from '../lib/browser.mjs';
import { RUNS_50K, SCALE_GROUPS } from '../lib/config.mjs';
import { sleep } from '../lib/lifecycle.mjs';
import { serverGroups } from '../lib/mock-api.mjs';
import { ms, percentile, range, stat, timedEvent, timedFigures, timedRow, timesOf } from '../lib/stats.mjs';
import { expectedListStates } from '../page/list-states.mjs';

/**
 * Clicked in this order: each header twice (ascending, then descending), then the Status filter,
 * which keeps the last sort.
 */
const LIST_CHANGES = [
  ...['Name', 'Status', 'Agents', 'Created'].flatMap((label) => [{ control: 'sort', label }, { control: 'sort', label }]),
  ...['Inactive', 'Active', 'All'].map((label) => ({ control: 'status', label })),
];
/** The pointer rests on a header or filter this long before clicking, as a person's does. */
export const HOVER_MS = 300;

export const GOALS = { listChange50kMs: 100 };

/**
 * LIST_CHANGES, each with the list state it leads to and what the list must show then (computed in
 * Chromium by expectedListStates from the server's list), and the server's groups. Throws when a
 * click would leave the first rows and the count as they were (`initial` before the first click):
 * timing it could not tell a change from a no-op.
 */
export async function listChangeExpectations(browser, ssid, initial) {
  const groups = (await serverGroups(ssid)).map((g) => ({
    id: g.id ?? g.group_id,
    name: g.name ?? g.group_name,
    active: Number(g.status) !== 0,
    agents: typeof g.agent_count === 'number' ? g.agent_count : undefined,
    created: g.create_date,
  }));
  let state = { sort: null, status: 'all' };
  const states = LIST_CHANGES.map((change) => {
    if (change.control === 'sort') {
      const column = change.label.toLowerCase();
      // A header clicked: its column ascending, or the other way round when sorted by it already.
      state = { ...state, sort: { column, descending: state.sort?.column === column && !state.sort.descending } };
    } else {
      state = { ...state, status: change.label.toLowerCase() };
    }
    return state;
  });
  const shown = await withPage(browser, (page) => page.evaluate(expectedListStates, { groups, states, first: 80 }));
  const changes = LIST_CHANGES.map((change, i) => {
    const { sort, status } = states[i];
    const sorted = { label: sort.column[0].toUpperCase() + sort.column.slice(1), order: sort.descending ? 'descending' : 'ascending' };
    return { ...change, state: `${sort.descending ? '-' : ''}${sort.column}, ${status}`, expected: { ...shown[i], sorted } };
  });
  changes.forEach((change, i) => {
    const before = i === 0 ? initial : changes[i - 1].expected;
    const same = before.count === change.expected.count && before.names.slice(0, 20).join('\n') === change.expected.names.slice(0, 20).join('\n');
    if (same) throw new Error(`Clicking ${change.label} (${change.state}) would not change the first rows shown: pick another order of clicks.`);
  });
  return { changes, groups };
}

/**
 * After a list visit on the same page: clicks `changes` in turn, each after the pointer has rested
 * on it, and times each click to the paint of the rows its new order or filter shows.
 */
export async function measureListChanges(page, changes, run) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const table = page.locator('table[aria-rowcount]');
  for (let i = 0; i < changes.length; i++) {
    const { control, label, expected } = changes[i];
    const target =
      control === 'sort'
        ? table.locator('thead').getByRole('button', { name: label, exact: true })
        : page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: new RegExp(`^${label}\\b`) });
    await target.hover();
    await sleep(HOVER_MS);
    await afterTwoFrames(page);
    await page.evaluate((e) => window.__bench.watchClick(e), expected);
    await target.click();
    // No pause after: the next click waits for the pointer to rest on its target first.
    await page.waitForFunction((n) => window.__bench.clicks.length >= n, i + 1, { timeout: 30_000 });
  }
  const clicks = (await page.evaluate(() => window.__bench.clicks)).map((c, i) => ({
    control: changes[i].control,
    label: changes[i].label,
    state: changes[i].state,
    ...timedEvent(c),
  }));
  const missed = clicks.filter((c) => c.ms === null);
  if (missed.length > 0) console.warn(`[bench] run ${run}: ${missed.length} click(s) never showed the expected rows:`, missed.map((c) => `${c.label} → ${c.state}`));
  return clicks;
}

/** Figures of the scale runs' clicks (`run.listChanges`), per click too. */
export function report(runs, changes) {
  const clicks = timedFigures(runs.flatMap((r) => r.listChanges));
  const byControl = (control) => stat(timesOf(runs.flatMap((r) => r.listChanges.filter((c) => c.control === control))));
  const sortStat = byControl('sort');
  const filterStat = byControl('status');
  const perChange = changes.map((change, i) => ({
    click: `${change.label} → ${change.state}`,
    ...stat(timesOf(runs.map((r) => r.listChanges[i]))),
  }));
  const row = timedRow(
    'listChange50kMs',
    `${SCALE_GROUPS.toLocaleString('en')} groups: sort or status filter change → rows painted, median`,
    clicks,
    GOALS.listChange50kMs,
    { unit: 'clicks', after: `sort ${ms(sortStat.median)}, filter ${ms(filterStat.median)}; ` },
  );
  return {
    rows: [row],
    lines: [
      `${SCALE_GROUPS.toLocaleString('en')} groups, per click (median, min–max over ${RUNS_50K} runs; the pointer rests ${HOVER_MS} ms on it first):`,
      ...perChange.map((c) => `  ${c.click}: ${ms(c.median)} (${range(c, ms)})`),
    ],
    stats: {
      listChangeMs: { ...clicks.stat, p90: percentile(clicks.ok, 90) },
      sortChangeMs: sortStat,
      statusFilterChangeMs: filterStat,
      perListChange: perChange,
    },
  };
}
