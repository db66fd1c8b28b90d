/**
 * The Agents view at scale (issue 19): an account of its own with 5,000 agents in 2,000 groups.
 * Opened from the groups list by the header link `Agents` (a supervisor's way in): the later of
 * the replies it needs (Agent/list, and Group/list when it asks again) received → first rows
 * painted; then keystrokes in "Search agents" → the matching rows painted. Opening /agents by a
 * fresh load (both replies asked for at once) is measured too and reported beside it.
 */
import { afterTwoFrames, rendererCpuSeconds, typedValues } from '../lib/browser.mjs';
import { KEY_GAP_MS, SEED_AGENTS, WEB } from '../lib/config.mjs';
import { sleep } from '../lib/lifecycle.mjs';
import { apiCall, createAccount, serverGroups } from '../lib/mock-api.mjs';
import { median, ms, percentile, range, stat, timedEvent, timedFigures, timedRow, timesOf } from '../lib/stats.mjs';

export const AGENT_GROUPS = 2_000;
export const AGENTS_RUNS = Number(process.env.BENCH_AGENTS_RUNS ?? 5);

/**
 * Typed into the view's "Search agents" one key at a time: a first name and an initial, the start
 * of an email address, a last name (42 keystrokes; each first name is 250 agents).
 */
export const AGENT_KEYSTROKES = [
  ...'priya c', ...Array(7).fill('Backspace'),
  ...'omar.si', ...Array(7).fill('Backspace'),
  ...'fischer', ...Array(7).fill('Backspace'),
];

export const GOALS = { agentsFirstRowsMs: 150, agentsKeystrokeMs: 16, agentsKeystrokeP90Ms: 33 };

const scale = `${SEED_AGENTS.toLocaleString('en')} agents × ${AGENT_GROUPS.toLocaleString('en')} groups`;

/**
 * Makes the account (POST /__mock/accounts); answers its session ID, its groups and agents as the
 * server lists them, and what each typed term must show: a fresh case-insensitive filter of the
 * roster by name or email, in the server's order (the view's unsorted order).
 */
export async function setUpAgentsAccount() {
  const ssid = await createAccount(AGENT_GROUPS);
  const groups = (await serverGroups(ssid)).map((g) => ({ id: String(g.id ?? g.group_id), name: g.name ?? g.group_name }));
  const agents = await apiCall('Agent', 'list', {}, ssid);
  if (groups.length !== AGENT_GROUPS || !Array.isArray(agents) || agents.length !== SEED_AGENTS) {
    throw new Error(`The agents account holds ${groups.length} groups and ${agents?.length} agents, expected ${AGENT_GROUPS} and ${SEED_AGENTS}.`);
  }
  const links = agents.reduce((n, a) => n + (a.groups?.length ?? 0), 0);
  const expect = {};
  for (const typed of ['', ...typedValues(AGENT_KEYSTROKES)]) {
    const term = typed.trim().toLowerCase();
    if (expect[term]) continue;
    const matches = term ? agents.filter((a) => a.name.toLowerCase().includes(term) || (a.email ?? '').toLowerCase().includes(term)) : agents;
    expect[term] = { count: matches.length, names: matches.slice(0, 120).map((a) => a.name) };
  }
  return {
    ssid,
    groups,
    agents: agents.map((a) => ({ id: a.agent_unique_id, name: a.name })),
    links,
    expect,
    first: agents[0].name,
  };
}

/**
 * What the probe saw of one opening of the view (`view`, armed before it): the Agent/list and
 * Group/list requests that started after it was armed and ended before the rows were in the DOM
 * (the last of each), and the later of them as "data in".
 */
const readViewOpen = (page) =>
  page.evaluate(() => {
    const v = window.__agents.view;
    const last = {};
    for (const e of performance.getEntriesByType('resource')) {
      const name = /\/(Agent|Group)\/list$/.exec(e.name)?.[0].slice(1);
      if (!name || e.startTime < v.armedAt - 1 || e.responseEnd > v.domAt) continue;
      if (!last[name] || e.responseEnd > last[name].responseEnd) last[name] = { startTime: e.startTime, responseEnd: e.responseEnd };
    }
    return { ...v, replies: last };
  });

function viewFigure(open) {
  if (!open.replies['Agent/list']) throw new Error('No Agent/list request between opening the Agents view and its first rows.');
  const dataIn = Math.max(...Object.values(open.replies).map((r) => r.responseEnd));
  return { ms: open.paintedAt - dataIn, dataIn, ...open };
}

/** On the groups list: the header's Agents link → the view's first rows painted. */
export async function measureViewFromList(page, expected) {
  await page.evaluate((e) => {
    performance.clearResourceTimings();
    window.__agents.watchView(e);
  }, expected);
  await page.getByRole('link', { name: 'Agents', exact: true }).click();
  await page.waitForFunction(() => window.__agents.view?.paintedAt != null, null, { timeout: 60_000 });
  return viewFigure(await readViewOpen(page));
}

/** A fresh load of /agents (the probe arms itself there): both replies asked for at once. */
export async function measureViewDirect(page) {
  await page.goto(`${WEB}/agents`);
  await page.waitForFunction(() => window.__agents.view?.paintedAt != null, null, { timeout: 60_000 });
  return viewFigure(await readViewOpen(page));
}

/** AGENT_KEYSTROKES into "Search agents", each once the previous one painted; renderer CPU per key. */
export async function measureAgentKeystrokes(page, cdp, expect, run) {
  await sleep(300);
  await afterTwoFrames(page);
  await page.evaluate((e) => (window.__agents.expect = e), expect);
  await page.getByRole('searchbox', { name: 'Search agents' }).focus();
  const cpuBefore = await rendererCpuSeconds(cdp);
  for (let i = 0; i < AGENT_KEYSTROKES.length; i++) {
    await page.keyboard.press(AGENT_KEYSTROKES[i]);
    await page.waitForFunction((n) => window.__agents.keys.length >= n, i + 1, { timeout: 30_000 });
    await sleep(KEY_GAP_MS);
  }
  const cpuPerKeystrokeMs = (((await rendererCpuSeconds(cdp)) - cpuBefore) * 1000) / AGENT_KEYSTROKES.length;
  const keys = await page.evaluate(() => window.__agents.keys);
  const timedOut = keys.filter((k) => k.timedOut);
  if (timedOut.length > 0) {
    console.warn(`[bench] agents run ${run}: ${timedOut.length} keystroke(s) never showed the expected agents:`, timedOut.map((k) => k.value));
  }
  return { keystrokes: keys.map((k) => ({ key: k.key, value: k.value, ...timedEvent(k) })), cpuPerKeystrokeMs };
}

/** Figures of the agents runs (agents-run.mjs): first rows from the list and from a fresh load, keystrokes. */
export function report(runs) {
  const fromList = stat(runs.map((r) => r.view.ms));
  const direct = stat(runs.map((r) => r.direct.ms));
  const keys = timedFigures(runs.flatMap((r) => r.keys.keystrokes));
  const p90 = percentile(keys.ok, 90);
  const cpu = stat(runs.map((r) => r.keys.cpuPerKeystrokeMs));
  const groupListAgain = runs.filter((r) => r.view.replies['Group/list']).length;
  const clickToRows = stat(runs.map((r) => r.view.paintedAt - r.view.clickAt));
  const replyGap = stat(runs.map((r) => r.direct.dataIn - Math.min(...Object.values(r.direct.replies).map((x) => x.responseEnd))));
  const rows = [
    {
      id: 'agentsFirstRowsMs',
      figure: `${scale}: Agents view (header link from the groups list), data in → first rows painted (${runs.length} runs)`,
      goal: `≤ ${GOALS.agentsFirstRowsMs} ms`,
      median: ms(fromList.median),
      range: range(fromList, ms),
      pass: fromList.median <= GOALS.agentsFirstRowsMs,
    },
    timedRow('agentsKeystrokeMs', 'Agents view search keystroke → rows painted, median', keys, GOALS.agentsKeystrokeMs, { unit: 'keystrokes' }),
    {
      id: 'agentsKeystrokeP90Ms',
      figure: `Agents view search keystroke → rows painted, p90 (${keys.ok.length} keystrokes)`,
      goal: `≤ ${GOALS.agentsKeystrokeP90Ms} ms`,
      median: ms(p90),
      range: range(keys.stat, ms),
      pass: keys.ok.length === keys.all.length && p90 <= GOALS.agentsKeystrokeP90Ms,
    },
  ];
  return {
    rows,
    lines: [
      `Agents view (${scale}): from the list ${runs.map((r) => r.view.ms.toFixed(1)).join(', ')} ms (Group/list asked again in ${groupListAgain} of ${runs.length}; ` +
        `click → rows painted median ${ms(clickToRows.median)}); by a fresh load of /agents, later reply → first rows painted ` +
        `${runs.map((r) => r.direct.ms.toFixed(1)).join(', ')} ms, median ${ms(direct.median)} (the two replies ended ${ms(replyGap.median)} apart).`,
      `Agents view keystrokes: per-run medians ${runs.map((r) => median(timesOf(r.keys.keystrokes)).toFixed(1)).join(', ')} ms; ` +
        `renderer CPU per keystroke median ${cpu.median.toFixed(1)} ms (${cpu.min.toFixed(1)}–${cpu.max.toFixed(1)}).`,
    ],
    stats: {
      agentsFirstRowsMs: fromList,
      agentsFirstRowsDirectMs: direct,
      agentsClickToRowsMs: clickToRows,
      agentsKeystrokeMs: { ...keys.stat, p90 },
      rendererCpuPerAgentsKeystrokeMs: cpu,
    },
  };
}
