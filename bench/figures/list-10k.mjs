/**
 * The groups list with the demo account's 10,000 groups (issue 5): first rows, keystrokes,
 * <tr> elements in the DOM and /api/ requests while typing, from list-visit.mjs's visits.
 */
import { SEED_GROUPS } from '../lib/config.mjs';
import { range, stat } from '../lib/stats.mjs';
import { firstRowsRow, KEYSTROKES, keystrokeRow, listDetails, listFigures, listStats } from './list-visit.mjs';

export const GOALS = { firstRowsMs: 150, keystrokeMs: 16, domRows: 100, requests: 0 };

/** Figures of the 10,000-group runs (each run's result carries its list visit). */
export function report(runs) {
  const ten = listFigures(runs);
  const typingStat = stat(runs.map((r) => r.typingRequests));
  const rows = [
    firstRowsRow('firstRowsMs', `${SEED_GROUPS.toLocaleString('en')} groups: list reply received → first rows painted`, ten, GOALS.firstRowsMs),
    keystrokeRow('keystrokeMs', 'keystroke → filtered rows painted', ten, GOALS.keystrokeMs),
    {
      id: 'domRows',
      figure: `<tr> elements in the DOM with ${SEED_GROUPS.toLocaleString('en')} groups (top and middle of the list)`,
      goal: `≤ ${GOALS.domRows}`,
      median: String(ten.domRows.median),
      range: range(ten.domRows, String),
      pass: ten.domRows.max <= GOALS.domRows,
    },
    {
      id: 'typingRequests',
      figure: `/api/ requests while typing ${KEYSTROKES.length} keys in the search`,
      goal: '0',
      median: String(typingStat.median),
      range: range(typingStat, String),
      pass: typingStat.max === GOALS.requests,
    },
  ];
  const { firstRowsMs, keystrokeMs, rendererCpuPerKeystrokeMs, rendererCpuSignInToRowsMs, domRows } = listStats(ten);
  return {
    rows,
    lines: listDetails(`${SEED_GROUPS.toLocaleString('en')} groups`, ten),
    stats: { rendererCpuPerKeystrokeMs, rendererCpuSignInToRowsMs, firstRowsMs, keystrokeMs, domRows, typingRequests: typingStat },
  };
}
