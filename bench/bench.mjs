#!/usr/bin/env node
/**
 * `npm run bench`: the figures of issues 5, 11, 12 and 19, measured on a production build.
 *
 * 1. Builds the app (against the bench's own mock API port) and a bare React 19 hello world
 *    (bench/hello), both with this project's Vite, into bench/.build/.
 * 2. Starts the mock API with 10,000 groups and 5,000 agents and a static server for the built
 *    app; gives one group 500 members (one submitAssignGroupToAgent).
 * 3. Drives Chromium: the JS+CSS actually requested to show /login and the groups list (in English
 *    and, from a hi-IN browser, in Hindi), then RUNS
 *    times on one page: sign in, reply → first rows painted, keystrokes → filtered rows painted,
 *    <tr> count, /api/ requests while typing and when coming back to the list from a group page;
 *    then the 500-member group's page (relation reply → members table painted) and its "Add
 *    agents" picker (keystrokes in "Search agents" → filtered agents painted).
 * 4. The scale run (issue 12): a second mock account with 50,000 groups; RUNS_50K times the same
 *    sign-in, first rows and keystrokes, then sort header and Status filter clicks → rows painted
 *    in the new order. Then its audit log filled to 20,000 entries in the browser, and AUDIT_RUNS
 *    times: a fresh load of the list, the header's Audit log link → first entries painted.
 * 5. The agents run (issue 19): a third mock account with 5,000 agents in 2,000 groups;
 *    BENCH_AGENTS_RUNS times: the groups list's Agents link → first rows painted, keystrokes in
 *    "Search agents" → rows painted, a fresh load of /agents, then Import CSV with a 20,000-row
 *    file → preview painted; and the new screens' chunks checked to be outside the list's path.
 * 6. Prints figure | goal | median | min–max | pass/fail and the machine's load average, and
 *    writes bench/results.json.
 *
 * This file only runs the steps in order. Each figure (its set-up, measurement, goal, table rows
 * and notes) is a module in bench/figures/; bench/lib/ holds what they share (settings, builds,
 * the mock API, the browser, statistics, the report); bench/page/ the scripts that run in the page.
 *
 * Env: BENCH_RUNS (5), BENCH_RUNS_50K (7), BENCH_AUDIT_RUNS (7), BENCH_AGENTS_RUNS (5),
 *      BENCH_API_PORT (8797), BENCH_WEB_PORT (4199),
 *      PLAYWRIGHT_CHROMIUM_PATH (default /usr/lib/chromium/chromium if present).
 * Flags: --skip-build reuses bench/.build from the previous run; --sizes measures and prints the byte
 *        figures only (sign-in page, groups list, whole app; a minute), without writing results.json.
 * Exit code: 0 every goal met, 1 some goal missed, 2 the bench itself failed.
 */
import { loadavg } from 'node:os';
import * as agentsChunks from './figures/agents-chunks.mjs';
import * as agentsImport from './figures/agents-import.mjs';
import { measureAgentsRun } from './figures/agents-run.mjs';
import * as agentsView from './figures/agents-view.mjs';
import * as audit from './figures/audit.mjs';
import * as groupsList from './figures/groups-list.mjs';
import * as listChanges from './figures/list-changes.mjs';
import * as list10k from './figures/list-10k.mjs';
import * as list50k from './figures/list-50k.mjs';
import * as listVisit from './figures/list-visit.mjs';
import * as members from './figures/members-500.mjs';
import * as picker from './figures/picker.mjs';
import * as returnToList from './figures/return-to-list.mjs';
import * as signIn from './figures/sign-in.mjs';
import * as wholeApp from './figures/whole-app.mjs';
import { apiCounter, launchChromium, withPage } from './lib/browser.mjs';
import { buildSizes, builtChunkModules } from './lib/build.mjs';
import * as config from './lib/config.mjs';
import { cleanup, cleanUpOnSignals, log, onCleanup } from './lib/lifecycle.mjs';
import { startMockApi } from './lib/mock-api.mjs';
import { printTable, reportMachine, writeResults } from './lib/report.mjs';
import { serveStatic } from './lib/static-server.mjs';

const { API, APP_OUT, AUDIT_RUNS, RUNS, RUNS_50K, SCALE_GROUPS, SEED_AGENTS, SEED_GROUPS, SSID, WEB } = config;

const GOALS = {
  ...signIn.GOALS,
  /** What a signed-in supervisor loads to see the groups list (issue 12); the whole app is only reported. */
  ...groupsList.GOALS,
  ...list10k.GOALS,
  ...picker.GOALS,
  ...members.GOALS,
  ...list50k.GOALS,
  ...listChanges.GOALS,
  ...audit.GOALS,
  ...agentsView.GOALS,
  ...agentsImport.GOALS,
};

async function serveApp() {
  const web = await serveStatic(APP_OUT, { port: config.WEB_PORT }).catch((error) => {
    throw new Error(`Cannot serve the app on ${WEB} (${error.code ?? error.message}): set BENCH_WEB_PORT to a free port.`);
  });
  onCleanup(() => new Promise((r) => web.close(() => r())));
}

/** A page with the timing probe and its /api/ requests counted from the first. */
const probedPage = (browser, visit) => withPage(browser, (page) => visit(page, apiCounter(page)), { probe: true });

/**
 * One 10,000-group run on one page: the list visit, back from a group page, then the 500-member
 * group's page and its picker (after the figures above, as a supervisor would go on).
 */
const tenThousandRun = (browser, cdp, { expect, big, pickerExpect }, run) =>
  probedPage(browser, async (page, api) => {
    const { visit, listLoadedAt } = await listVisit.measureListVisit(page, cdp, api, { ssid: SSID, expect }, run);
    const back = await returnToList.measureReturnToList(page, api, { listLoadedAt, typingRequests: visit.typingRequests });
    const bigGroup = await members.measureMembersPaint(page, big);
    return { ...visit, ...back, ...bigGroup, picker: await picker.measurePicker(page, cdp, pickerExpect, run) };
  });

/** One 50,000-group run on one page: the list visit, then the sort and filter clicks. */
const scaleRun = (browser, cdp, { ssid, expect, changes }, run) =>
  probedPage(browser, async (page, api) => {
    const { visit } = await listVisit.measureListVisit(page, cdp, api, { ssid, expect }, run);
    return { ...visit, listChanges: await listChanges.measureListChanges(page, changes, run) };
  });

async function main() {
  const startedAt = Date.now();
  const loadBefore = loadavg();
  const modules = await builtChunkModules();
  const sizes = buildSizes();

  log(`mock API (${SEED_GROUPS} groups, ${SEED_AGENTS} agents) on ${API}, app on ${WEB}`);
  await startMockApi();
  await serveApp();

  const expect = await listVisit.searchExpectations(SSID, SEED_GROUPS);
  const big = await members.setUpBigGroup();
  const pickerExpect = picker.pickerExpectations(big);
  log(`${big.group.name} (id ${big.group.id}) now has ${big.group.members} members; its picker lists ${pickerExpect.candidates} agents`);

  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  const cdp = await browser.newBrowserCDPSession();
  const signInFiles = await signIn.measureSignInPage(browser, sizes);
  const signInHindiFiles = await signIn.measureSignInPage(browser, sizes, 'hi');
  const listPageFiles = await groupsList.measureListPage(browser);
  const listHindiFiles = await groupsList.measureListPage(browser, 'hi');
  if (process.argv.includes('--sizes')) {
    const sized = [signIn.report(signInFiles, signInHindiFiles, sizes, modules), groupsList.report(listPageFiles, listHindiFiles, sizes), wholeApp.report(sizes)];
    printTable(sized.flatMap((r) => r.rows));
    for (const line of sized.flatMap((r) => r.lines ?? [])) console.log(line);
    return sized.every((r) => r.rows.every((row) => row.pass));
  }

  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    log(`run ${run}/${RUNS}`);
    runs.push(await tenThousandRun(browser, cdp, { expect, big, pickerExpect }, run));
  }

  // The scale run: an account of its own, made after the 10,000 runs so they meet the same server as before.
  log(`scale run: an account with ${SCALE_GROUPS.toLocaleString('en')} groups`);
  const scale = await list50k.setUpScaleAccount();
  const { changes, groups } = await listChanges.listChangeExpectations(browser, scale.ssid, scale.expect['']);
  const scaleRuns = [];
  for (let run = 1; run <= RUNS_50K; run++) {
    log(`${SCALE_GROUPS.toLocaleString('en')} groups: run ${run}/${RUNS_50K}`);
    scaleRuns.push(await scaleRun(browser, cdp, { ...scale, changes }, run));
  }
  log(`audit log: ${AUDIT_RUNS} opens`);
  const auditLog = await audit.measureAuditLog(browser, scale.ssid, groups);

  // The agents run (issue 19): its own account, after the figures above so they meet the server as before.
  log(`agents run: an account with ${agentsView.AGENT_GROUPS.toLocaleString('en')} groups and ${SEED_AGENTS.toLocaleString('en')} agents`);
  const agentsAccount = await agentsView.setUpAgentsAccount();
  const csv = agentsImport.importCsv(agentsAccount);
  const agentRuns = [];
  for (let run = 1; run <= agentsView.AGENTS_RUNS; run++) {
    log(`agents: run ${run}/${agentsView.AGENTS_RUNS}`);
    agentRuns.push(await measureAgentsRun(browser, cdp, agentsAccount, csv, run));
  }

  const reports = {
    signIn: signIn.report(signInFiles, signInHindiFiles, sizes, modules),
    groupsList: groupsList.report(listPageFiles, listHindiFiles, sizes),
    wholeApp: wholeApp.report(sizes),
    list10k: list10k.report(runs),
    returnToList: returnToList.report(runs),
    picker: picker.report(runs),
    members: members.report(runs),
    list50k: list50k.report(scaleRuns),
    listChanges: listChanges.report(scaleRuns, changes),
    audit: audit.report(auditLog),
    agentsView: agentsView.report(agentRuns),
    agentsImport: agentsImport.report(agentRuns),
    agentsChunks: agentsChunks.report(agentRuns, sizes, modules, { signInFiles, listPageFiles }),
  };
  const table = Object.values(reports).flatMap((r) => r.rows);
  printTable(table);
  const machine = reportMachine(loadBefore, chromiumVersion);
  const notes = ['signIn', 'groupsList', 'list10k', 'picker', 'members', 'returnToList', 'list50k', 'listChanges', 'audit', 'agentsView', 'agentsImport', 'agentsChunks', 'wholeApp'];
  for (const line of notes.flatMap((name) => reports[name].lines)) console.log(line);

  const results = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    machine,
    settings: {
      runs: RUNS,
      seedGroups: SEED_GROUPS,
      seedAgents: SEED_AGENTS,
      keystrokes: listVisit.KEYSTROKES,
      pickerKeystrokes: picker.PICKER_KEYSTROKES,
      keyGapMs: config.KEY_GAP_MS,
      bigGroup: { ...big.group, pickerAgents: pickerExpect.candidates },
      scale: {
        seedGroups: SCALE_GROUPS,
        runs: RUNS_50K,
        listChanges: changes.map((c) => `${c.label} → ${c.state}`),
        hoverMs: listChanges.HOVER_MS,
        auditEntries: audit.AUDIT_ENTRIES,
        auditRuns: AUDIT_RUNS,
      },
      agents: {
        seedGroups: agentsView.AGENT_GROUPS,
        seedAgents: SEED_AGENTS,
        memberships: agentsAccount.links,
        runs: agentsView.AGENTS_RUNS,
        keystrokes: agentsView.AGENT_KEYSTROKES,
        importRows: agentsImport.IMPORT_ROWS,
      },
      gzipLevel: 9,
      kB: 1000,
    },
    goals: GOALS,
    figures: Object.fromEntries(table.map(({ id, ...rest }) => [id, rest])),
    sizes: {
      floorBytes: sizes.floor,
      helloAssets: sizes.helloAssets,
      ...reports.signIn.sizes,
      ...reports.groupsList.sizes,
      ...reports.wholeApp.sizes,
      ...reports.agentsChunks.sizes,
    },
    stats: { ...reports.list10k.stats, ...reports.returnToList.stats, ...reports.picker.stats, ...reports.members.stats },
    scaleStats: { ...reports.list50k.stats, ...reports.listChanges.stats, ...reports.audit.stats },
    agentsStats: { ...reports.agentsView.stats, ...reports.agentsImport.stats },
    runs,
    scaleRuns,
    audit: auditLog,
    agentRuns,
  };
  writeResults(results);
  log(`wrote bench/results.json (${results.durationSeconds} s)`);
  return table.every((r) => r.pass);
}

cleanUpOnSignals();
try {
  const allPass = await main();
  process.exitCode = allPass ? 0 : 1;
} catch (error) {
  console.error('[bench] failed:', error instanceof Error ? error.stack : error);
  process.exitCode = 2;
} finally {
  await cleanup();
}
