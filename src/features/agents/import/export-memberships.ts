/**
 * The memberships as a CSV the import reads back (`Export memberships`), and the rows an import did not
 * apply (`Download failed rows`). Writing, quoting and formula escaping are src/lib/csv-download.ts.
 */
import type { Agent, Group, GroupMember } from '@/api/types';
import { csvFileName, csvText, downloadCsv } from '@/lib/csv-download';
import type { ImportRow } from './parse-import-csv';
import type { RowOutcome } from './resolve-import';

/** Exactly the import's columns plus `agent` (a name for people; the import ignores it). */
export const MEMBERSHIPS_CSV_HEADER = ['group_id', 'group', 'agent_id', 'agent_email', 'agent', 'takes_calls'] as const;

/** The way people read names: case and accents ignored, numbers in order (`Sales 2` before `Sales 10`). */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = <T>(nameOf: (item: T) => string, idOf: (item: T) => string) => (a: T, b: T) =>
  // Same-named groups or agents keep one order from export to export.
  collator.compare(nameOf(a), nameOf(b)) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);

/**
 * One row per membership, by group name then agent name. A group whose members could not be read
 * has no rows: `unreadGroups` names them, so a screen can say the file leaves them out.
 */
export function membershipRows(
  groups: readonly Group[],
  agents: readonly Agent[],
  membersOf: (groupId: string) => GroupMember[] | undefined,
): string[][] {
  // A member's reply may lack the email the roster has.
  const emails = new Map(agents.map((a) => [a.agentId, a.email]));
  const rows: string[][] = [];
  for (const group of [...groups].sort(byName((g) => g.name, (g) => g.id))) {
    const members = membersOf(group.id);
    if (!members) continue;
    for (const m of [...members].sort(byName((x) => x.name, (x) => x.agentId))) {
      rows.push([group.id, group.name, m.agentId, m.email ?? emails.get(m.agentId) ?? '', m.name, m.receivesCalls ? 'yes' : 'no']);
    }
  }
  return rows;
}

export function unreadGroups(groups: readonly Group[], membersOf: (groupId: string) => GroupMember[] | undefined): Group[] {
  return groups.filter((g) => membersOf(g.id) === undefined);
}

/** Offers `memberships-<local date>.csv`; says how many rows it wrote and which groups it left out. */
export async function downloadMembershipsCsv(
  groups: readonly Group[],
  agents: readonly Agent[],
  membersOf: (groupId: string) => GroupMember[] | undefined,
): Promise<{ rows: number; unread: Group[] }> {
  const rows = membershipRows(groups, agents, membersOf);
  await downloadCsv(csvFileName('memberships'), MEMBERSHIPS_CSV_HEADER, rows);
  return { rows: rows.length, unread: unreadGroups(groups, membersOf) };
}

/** A file row the import did not apply, and why. */
export interface FailedRow {
  row: ImportRow;
  reason: string;
}

/**
 * The rows not applied: those in error, and every row of a group whose change failed or was not run
 * (`groupFailures`: group id → why). A failed group's rows all go, `already so` ones too, so that the
 * file, fixed and imported again in Replace mode, still lists that group's whole membership.
 */
export function failedRows(rows: readonly ImportRow[], outcomes: readonly RowOutcome[], groupFailures: ReadonlyMap<string, string> = new Map()): FailedRow[] {
  const failed: FailedRow[] = [];
  rows.forEach((row, i) => {
    const outcome = outcomes[i];
    if (!outcome) return;
    if (outcome.outcome === 'error') failed.push({ row, reason: outcome.reason ?? 'error' });
    else if (outcome.groupId !== undefined && groupFailures.has(outcome.groupId)) failed.push({ row, reason: groupFailures.get(outcome.groupId) ?? 'not applied' });
  });
  return failed;
}

/**
 * The file's own columns then `reason` ("row 7: unknown agent …"): the import ignores `reason`, so the
 * file, once fixed, can be imported as it is. A `reason` column of an earlier such file is replaced.
 */
export function failedRowsTable(fileHeader: readonly string[], failed: readonly FailedRow[]): { header: string[]; rows: string[][] } {
  const keep = fileHeader.map((name, i) => (name === 'reason' ? -1 : i)).filter((i) => i >= 0);
  return {
    header: [...keep.map((i) => fileHeader[i] ?? ''), 'reason'],
    rows: failed.map(({ row, reason }) => [...keep.map((i) => row.cells[i] ?? ''), `row ${row.line}: ${reason}`]),
  };
}

export function failedRowsCsv(fileHeader: readonly string[], failed: readonly FailedRow[]): Promise<string> {
  const { header, rows } = failedRowsTable(fileHeader, failed);
  return csvText(header, rows);
}

/** Offers `import-failed-rows-<local date>.csv`. */
export function downloadFailedRowsCsv(fileHeader: readonly string[], failed: readonly FailedRow[]): Promise<void> {
  const { header, rows } = failedRowsTable(fileHeader, failed);
  return downloadCsv(csvFileName('import-failed-rows'), header, rows);
}
