/** What the Audit log page shows of an entry, its filters and its CSV rows: plain functions. */
import type { ChangeKind } from '@/features/change-record/change-record';
import { describeChange, describeState } from '@/features/change-record/describe-change';
import type { AuditEntry } from './audit-log';

/** The CSV's Kind column, English in every language (machine-readable); the page shows the audit catalog's `kinds`, in this order. */
export const KIND_LABELS: Record<ChangeKind, string> = {
  create: 'Create',
  update: 'Rename or status',
  delete: 'Delete',
  members: 'Members',
  undo: 'Undo',
};

export interface AuditFilter {
  /** Part of the group's name, any case. */
  name: string;
  kind: ChangeKind | '';
  outcome: 'done' | 'failed' | '';
  /** Local dates, yyyy-mm-dd, both included; '' for open. */
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { name: '', kind: '', outcome: '', from: '', to: '' };

/** Local midnight at the start of a yyyy-mm-dd date, `days` later. */
function dayStart(date: string, days = 0): number {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  const time = new Date(y, m - 1, d + days).getTime();
  return Number.isNaN(time) ? NaN : time;
}

export function filterEntries(entries: AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const needle = filter.name.trim().toLowerCase();
  const from = filter.from ? dayStart(filter.from) : NaN;
  const to = filter.to ? dayStart(filter.to, 1) : NaN;
  if (!needle && !filter.kind && !filter.outcome && Number.isNaN(from) && Number.isNaN(to)) return entries;
  return entries.filter(
    (e) =>
      (!filter.kind || e.kind === filter.kind) &&
      (!filter.outcome || e.ok === (filter.outcome === 'done')) &&
      !(e.at < from) &&
      !(e.at >= to) &&
      (!needle ||
        e.groupName.toLowerCase().includes(needle) ||
        !!e.before?.name.toLowerCase().includes(needle) ||
        !!e.after?.name.toLowerCase().includes(needle)),
  );
}

/** The CSV's column headers: English in every language, read by programs as well as people. */
export const CSV_HEADER = ['When (UTC)', 'Group ID', 'Group', 'Kind', 'Change', 'Before', 'After', 'Outcome', 'Reason', 'Note', 'Part of'];

/** One row per entry, in the order shown; the CSV writer quotes and neutralises the cells. */
export function csvRows(entries: AuditEntry[]): string[][] {
  return entries.map((e) => [
    new Date(e.at).toISOString(),
    e.groupId ?? '',
    e.groupName,
    KIND_LABELS[e.kind],
    describeChange(e, { besideName: true }),
    describeState(e.before),
    describeState(e.after),
    e.ok ? 'Done' : 'Failed',
    e.error ?? '',
    e.note ?? '',
    // Ties the groups of one import (or one bulk run) together, as the log's row shows.
    e.batch ? `${e.batch.label} (${e.batch.id})` : '',
  ]);
}
