/**
 * The groups list at scale (issue 12): an account of its own with 50,000 groups, measured by the
 * same visit as the 10,000 run (list-visit.mjs): first rows and keystrokes.
 */
import { SCALE_GROUPS } from '../lib/config.mjs';
import { createAccount } from '../lib/mock-api.mjs';
import { range } from '../lib/stats.mjs';
import { firstRowsRow, keystrokeRow, listDetails, listFigures, listStats, searchExpectations } from './list-visit.mjs';

export const GOALS = { firstRows50kMs: 150, keystroke50kMs: 16 };

const groups = SCALE_GROUPS.toLocaleString('en');

/** Makes the scale account; its session ID and what each search term must show in it. */
export async function setUpScaleAccount() {
  const ssid = await createAccount(SCALE_GROUPS);
  return { ssid, expect: await searchExpectations(ssid, SCALE_GROUPS) };
}

/** Figures of the scale runs (each run's result carries its list visit). */
export function report(runs) {
  const fifty = listFigures(runs);
  return {
    rows: [
      firstRowsRow('firstRows50kMs', `${groups} groups: list reply received → first rows painted`, fifty, GOALS.firstRows50kMs),
      keystrokeRow('keystroke50kMs', `${groups} groups: search keystroke → filtered rows painted, median`, fifty, GOALS.keystroke50kMs),
    ],
    lines: [
      ...listDetails(`${groups} groups`, fifty),
      `${groups} groups: <tr> in the DOM ${range(fifty.domRows, String)}; /api/ requests while typing ${runs.map((r) => r.typingRequests).join(', ')}; ` +
        `reply ${(runs[0].firstRows.replyChars / 1e6).toFixed(1)} M characters.`,
    ],
    stats: listStats(fifty),
  };
}
