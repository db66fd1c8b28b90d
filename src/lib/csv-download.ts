/**
 * CSV files for spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads non-Latin names
 * right), quoted per RFC 4180 by papaparse, and no cell a spreadsheet would run as a formula.
 * papaparse is loaded only when a file is written.
 */
import { loadPapa } from './papaparse';

const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would take as a formula (CSV injection, OWASP): they get a leading `'`.
 * papaparse's own default pattern ends in `.*$` without the `s` flag, so it misses a cell with a
 * line break in it; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The file's text: byte-order mark, header, then one line per row, lines ending in CRLF. */
export async function csvText(header: readonly string[], rows: readonly (readonly string[])[]): Promise<string> {
  const { unparse } = await loadPapa();
  return BOM + unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** `groups-2025-01-31.csv`: the local date, as the supervisor's calendar has it. */
export function csvFileName(prefix: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

/** Writes a header and rows as a CSV file and offers it as a download. */
export async function downloadCsv(fileName: string, header: readonly string[], rows: readonly (readonly string[])[]): Promise<void> {
  const text = await csvText(header, rows);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the file after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
