/**
 * Reads a membership CSV into rows the resolver can judge, or says in one sentence why the file
 * cannot be read. Nothing here knows the account: unknown groups and agents are the resolver's job.
 * papaparse is loaded only when a file is read, so the import's parser stays out of every other page.
 */

import { loadPapa } from '@/lib/papaparse';
import { importMessage as m, type ImportMessage } from './import-message';
import { plural } from '@/lib/plural';

export const MAX_IMPORT_ROWS = 50_000;
/** Far above 50,000 honest rows: a file this large is refused before it is decoded at all. */
const MAX_BYTES = 32 * 1024 * 1024;

/** Columns read. `agent` (a name) and `reason` (a failed-rows file) are carried along but never matched on. */
const READ_COLUMNS = ['group_id', 'group', 'agent_id', 'agent_email', 'takes_calls'] as const;
const IGNORED_COLUMNS = ['agent', 'reason'] as const;
type Column = (typeof READ_COLUMNS)[number] | (typeof IGNORED_COLUMNS)[number];
const KNOWN = new Set<string>([...READ_COLUMNS, ...IGNORED_COLUMNS]);

export interface ImportColumns {
  /** The header as read (trimmed, lower case), in file order: a failed-rows file repeats it. */
  header: string[];
  separator: ',' | ';';
  /** Which group and agent columns the file has; a row uses the id when it gives one. */
  group: 'group_id' | 'group' | 'both';
  agent: 'agent_id' | 'agent_email' | 'both';
  takesCalls: boolean;
}

export interface ImportRow {
  /** The row number a spreadsheet shows for it: the header is 1 (blank rows count, a line break inside a quoted cell does not). */
  line: number;
  /** The cells as read (trimmed, the console's export escape removed), one per header column. */
  cells: string[];
  /** '' when the file gives none. */
  groupId: string;
  groupName: string;
  agentId: string;
  agentEmail: string;
  /** Absent when the file leaves it empty (or has no such column). */
  takesCalls?: boolean;
  /** Why this row cannot be used, when its cells alone say so (English, for the failed-rows file). */
  problem?: string;
  /** The same, for the screens to say in their language (joined by semicolons). */
  problems?: ImportMessage[];
}

/** `problem` in English (logs, tests); `message` for the screens to say in their language. */
export type ParsedImport = { ok: false; problem: string; message: ImportMessage } | { ok: true; rows: ImportRow[]; columns: ImportColumns };

const fail = (problem: string, message: ImportMessage): ParsedImport => ({ ok: false, problem, message });
/** Numbers in the English sentences (`problem`); the screens format `message`'s numbers in their language. */
const count = (n: number) => n.toLocaleString('en-US');

const COLUMNS_WANTED = 'group_id or group, agent_id or agent_email, and optionally takes_calls';
const NOT_UTF8 = 'This file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.';

/** Bytes as text, or the sentence saying why they are not UTF-8 text. */
function decode(bytes: Uint8Array): string | ParsedImport {
  if (bytes.length > MAX_BYTES) {
    const megabytes = Math.round(bytes.length / 1024 / 1024);
    return fail(
      `This file is ${count(megabytes)} MB: too large for one import (at most ${count(MAX_IMPORT_ROWS)} rows). Split it into smaller files.`,
      m('parse.tooLarge', { megabytes, max: MAX_IMPORT_ROWS }),
    );
  }
  // Spreadsheets' "Unicode text" is UTF-16: name it, since that is what the supervisor has to change.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(NOT_UTF8.replace('text.', 'text (it is UTF-16).'), m('parse.utf16'));
  }
  try {
    // The decoder drops a leading byte-order mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(NOT_UTF8, m('parse.notUtf8'));
  }
}

async function textOf(input: File | Blob | ArrayBuffer | string): Promise<string | ParsedImport> {
  if (typeof input === 'string') return input.startsWith('\uFEFF') ? input.slice(1) : input;
  const buffer = input instanceof ArrayBuffer ? input : await input.arrayBuffer();
  return decode(new Uint8Array(buffer));
}

/** A separator inside quotes is part of a name; only the header line's own separators count. */
function separatorOf(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** The console's own export writes `'=x` for `=x` so a spreadsheet never runs it: read it back as `=x`. */
const EXPORT_ESCAPE = /^'[=+\-@\t\r]/;

function cellOf(raw: string): string {
  const cell = raw.trim();
  return EXPORT_ESCAPE.test(cell) ? cell.slice(1) : cell;
}

const YES = new Set(['yes', 'true', '1']);
const NO = new Set(['no', 'false', '0']);

function headerProblem(header: string[], firstLine: string): ParsedImport | undefined {
  const unknown = header.filter((name) => !KNOWN.has(name));
  if (unknown.length === header.length) {
    const shown = firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine;
    return header.length === 1
      ? fail(`This does not look like a membership CSV: the first row must be a header naming the columns ${COLUMNS_WANTED}. It reads “${shown}”.`, m('parse.noHeader', { firstLine: shown }))
      : fail(`The header names no column an import reads (${unknown.join(', ')}). It needs ${COLUMNS_WANTED}.`, m('parse.noKnownColumn', { columns: unknown }));
  }
  if (unknown.length > 0) {
    const list = unknown.map((name) => (name === '' ? '(a column with no name)' : name)).join(', ');
    const columns = unknown.map((name) => (name === '' ? m('parse.unnamedColumn') : name));
    return fail(
      `Unknown ${plural(unknown.length, 'column', 'columns', false)}: ${list}. An import reads ${READ_COLUMNS.join(', ')} (agent and reason are ignored).`,
      m('parse.unknownColumns', { count: unknown.length, columns }),
    );
  }
  const twice = header.find((name, i) => header.indexOf(name) !== i);
  if (twice) return fail(`The column ${twice} appears twice in the header.`, m('parse.columnTwice', { column: twice }));
  const noGroup = !header.includes('group_id') && !header.includes('group');
  const noAgent = !header.includes('agent_id') && !header.includes('agent_email');
  if (noGroup && noAgent) return fail('No group column (group_id or group) and no agent column (agent_id or agent_email) in the header.', m('parse.noGroupNoAgent'));
  if (noGroup) return fail('No group column in the header: add group_id or group.', m('parse.noGroupColumn'));
  if (noAgent) return fail('No agent column in the header: add agent_id or agent_email.', m('parse.noAgentColumn'));
  return undefined;
}

function columnsOf(header: string[], separator: ',' | ';'): ImportColumns {
  const has = (name: Column) => header.includes(name);
  return {
    header,
    separator,
    group: has('group_id') && has('group') ? 'both' : has('group_id') ? 'group_id' : 'group',
    agent: has('agent_id') && has('agent_email') ? 'both' : has('agent_id') ? 'agent_id' : 'agent_email',
    takesCalls: has('takes_calls'),
  };
}

function rowOf(line: number, cells: string[], header: string[]): ImportRow {
  const at = (name: Column) => {
    const i = header.indexOf(name);
    return i < 0 ? '' : (cells[i] ?? '');
  };
  const row: ImportRow = { line, cells: header.map((_, i) => cells[i] ?? ''), groupId: at('group_id'), groupName: at('group'), agentId: at('agent_id'), agentEmail: at('agent_email') };
  const calls = at('takes_calls');
  const lower = calls.toLowerCase();
  if (YES.has(lower)) row.takesCalls = true;
  else if (NO.has(lower)) row.takesCalls = false;
  const problems: [string, ImportMessage][] = [];
  if (cells.slice(header.length).some((cell) => cell !== '')) problems.push([`it has more cells than the header's ${header.length} columns`, m('row.extraCells', { columns: header.length })]);
  if (row.groupId === '' && row.groupName === '') problems.push(['no group given', m('row.noGroup')]);
  if (row.agentId === '' && row.agentEmail === '') problems.push(['no agent given', m('row.noAgent')]);
  if (calls !== '' && row.takesCalls === undefined) problems.push([`unreadable takes_calls “${calls}” (use yes or no)`, m('row.takesCalls', { value: calls })]);
  if (problems.length > 0) {
    row.problem = problems.map(([english]) => english).join('; ');
    row.problems = problems.map(([, message]) => message);
  }
  return row;
}

/** Reads a membership CSV (a chosen file, or pasted text). Never throws for a bad file: it says why instead. */
export async function parseImportCsv(input: File | Blob | ArrayBuffer | string): Promise<ParsedImport> {
  const text = await textOf(input);
  if (typeof text !== 'string') return text;
  if (text.includes('\u0000')) return fail('This file is not a CSV: it holds binary data, not text. Choose a .csv file saved from a spreadsheet.', m('parse.binary'));
  if (text.trim() === '') return fail(`This file is empty: an import needs a header row (${COLUMNS_WANTED}) and at least one row under it.`, m('parse.empty'));

  // Blank lines before the header are skipped, but still counted, so row numbers match the spreadsheet's.
  const leading = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(text)?.[0] ?? '';
  const skipped = leading.match(/\r\n|\n|\r/g)?.length ?? 0;
  const body = text.slice(leading.length);
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const separator = separatorOf(firstLine);

  // The header line's own ending rather than papaparse's guess, which line breaks inside quoted names can mislead.
  const ending = /^(?:\r\n|\n|\r)/.exec(body.slice(firstLine.length, firstLine.length + 2))?.[0];

  const { parse } = await loadPapa();
  const parsed = parse<string[]>(body, { delimiter: separator, newline: ending as '\r\n' | '\n' | '\r' | undefined, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = quoteError.row === undefined ? undefined : quoteError.row + 1 + skipped;
    const where = row === undefined ? 'A row' : `Row ${count(row)}`;
    return fail(
      `${where} has a quote mark (") that is not closed where the cell ends, so the file cannot be read reliably. Fix that cell and choose the file again.`,
      row === undefined ? m('parse.openQuoteSomewhere') : m('parse.openQuote', { row }),
    );
  }

  const [headerCells = [], ...records] = parsed.data;
  const header = headerCells.map((cell) => cell.trim().toLowerCase());
  const problem = headerProblem(header, firstLine.trim());
  if (problem) return problem;

  const rows: ImportRow[] = [];
  for (let i = 0; i < records.length; i += 1) {
    const cells = (records[i] ?? []).map(cellOf);
    if (cells.every((cell) => cell === '')) continue; // a blank row is no row
    if (rows.length === MAX_IMPORT_ROWS) {
      const total = rows.length + records.slice(i).filter((r) => r.some((cell) => cell.trim() !== '')).length;
      return fail(`This file has ${count(total)} rows: an import takes at most ${count(MAX_IMPORT_ROWS)}. Split it into smaller files.`, m('parse.tooManyRows', { rows: total, max: MAX_IMPORT_ROWS }));
    }
    rows.push(rowOf(skipped + i + 2, cells, header));
  }
  if (rows.length === 0) return fail('This file has a header but no rows under it: there is nothing to import.', m('parse.noRows'));
  return { ok: true, rows, columns: columnsOf(header, separator) };
}
