/**
 * The "Add agents" picker of the 500-member group (issue 11): keystrokes in "Search agents" →
 * filtered agents painted, over the 5,000-agent roster without the group's members.
 */
import { SEED_AGENTS } from '../lib/config.mjs';
import { afterTwoFrames, typedValues, typeTimed } from '../lib/browser.mjs';
import { sleep } from '../lib/lifecycle.mjs';
import { median, ms, percentile, range, stat, timedEvent, timedFigures, timedRow, timesOf } from '../lib/stats.mjs';

/**
 * Typed into the "Add agents" picker's "Search agents" one key at a time: first names with an
 * initial, and the start of an email address (42 keystrokes). The seeded names repeat (each
 * first name 250 times), so over half of the keys leave the shown agents as they were; the
 * bench also reports the keys that change them.
 */
export const PICKER_KEYSTROKES = [
  ...'sara k', ...Array(6).fill('Backspace'),
  ...'noah b. m', ...Array(9).fill('Backspace'),
  ...'lena.k', ...Array(6).fill('Backspace'),
];

export const GOALS = { pickerKeystrokeMs: 16 };

/**
 * For each term the picker will show, what a fresh case-insensitive filter (name or email) of the
 * roster without the big group's members (members-500.mjs) gives, in roster order; and per
 * keystroke whether it changes what the picker shows (its count line or the first agents).
 */
export function pickerExpectations({ roster, inGroup }) {
  const candidates = roster.filter((a) => !inGroup.has(a.agent_unique_id));
  const expect = {};
  const changes = [];
  let previous = null;
  let previousTerm = '';
  for (const typed of ['', ...typedValues(PICKER_KEYSTROKES)]) {
    const term = typed.trim().toLowerCase();
    if (!expect[term]) {
      const matches = term
        ? candidates.filter((a) => String(a.name).toLowerCase().includes(term) || String(a.email ?? '').toLowerCase().includes(term))
        : candidates;
      expect[term] = { count: matches.length, total: candidates.length, names: matches.slice(0, 40).map((a) => a.name) };
    }
    const now = expect[term];
    // "4,500 agents not in this group" becomes "4,500 of 4,500 agents match" once a term is typed.
    if (previous) changes.push(now.count !== previous.count || !term !== !previousTerm || now.names.join('\n') !== previous.names.join('\n'));
    previous = now;
    previousTerm = term;
  }
  return { candidates: candidates.length, expect, changes };
}

/** On the big group's page: "Add agents", then PICKER_KEYSTROKES, each timed to the paint of its filtered agents. */
export async function measurePicker(page, cdp, { expect, changes }, run) {
  // Open it, let the modal's transition finish, then type.
  await page.getByRole('button', { name: 'Add agents', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add agents' });
  await dialog.getByRole('group', { name: 'Agents not in this group' }).getByRole('checkbox').first().waitFor();
  await sleep(500);
  await afterTwoFrames(page);
  await dialog.getByLabel('Search agents').focus();
  await page.evaluate((e) => {
    window.__bench.pickerExpect = e;
  }, expect);
  const cpuPerKeystrokeMs = await typeTimed(page, cdp, PICKER_KEYSTROKES, 'pickerKeys');
  const keys = await page.evaluate(() => window.__bench.pickerKeys);
  const keystrokes = keys.map((k, i) => ({ key: k.key, value: k.value, ...timedEvent(k), changesShown: changes[i] }));
  const timedOut = keystrokes.filter((k) => k.ms === null);
  if (timedOut.length > 0) {
    console.warn(`[bench] run ${run}: ${timedOut.length} picker keystroke(s) never showed the expected agents:`, timedOut.map((k) => k.value));
  }
  return { keystrokes, cpuPerKeystrokeMs };
}

/** Figures of the 10,000-group runs' pickers (`run.picker`). */
export function report(runs) {
  const pickers = runs.map((r) => r.picker);
  const keys = timedFigures(pickers.flatMap((p) => p.keystrokes));
  const timed = (changing) => stat(pickers.flatMap((p) => timesOf(p.keystrokes.filter((k) => Boolean(k.changesShown) === changing))));
  const changingShown = timed(true);
  const leavingShown = timed(false);
  const perRun = pickers.map((p) => median(timesOf(p.keystrokes)));
  const cpu = stat(pickers.map((p) => p.cpuPerKeystrokeMs));
  const row = timedRow('pickerKeystrokeMs', 'picker search keystroke → filtered agents painted', keys, GOALS.pickerKeystrokeMs, {
    unit: 'keystrokes',
    before: `${SEED_AGENTS.toLocaleString('en')} agents; `,
  });
  return {
    rows: [row],
    lines: [
      `Picker: per-run medians ${perRun.map((v) => v.toFixed(1)).join(', ')} ms; renderer CPU per keystroke median ` +
        `${cpu.median.toFixed(1)} ms (${cpu.min.toFixed(1)}–${cpu.max.toFixed(1)}).`,
      `Picker keystrokes that change the shown agents (${changingShown.n}): median ${ms(changingShown.median)} (${range(changingShown, ms)}); ` +
        `that leave them as they were (${leavingShown.n}): median ${ms(leavingShown.median)} (${range(leavingShown, ms)}).`,
    ],
    stats: {
      rendererCpuPerPickerKeystrokeMs: cpu,
      pickerKeystrokeMs: { ...keys.stat, p90: percentile(keys.ok, 90) },
      pickerKeystrokesChangingShownMs: changingShown,
      pickerKeystrokesLeavingShownMs: leavingShown,
    },
  };
}
