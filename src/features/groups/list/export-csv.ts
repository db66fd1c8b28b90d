/** The groups list as a CSV file (the writing, quoting and download are src/lib/csv-download.ts). */
import type { Group } from '@/api/types';
import { csvFileName, downloadCsv } from '@/lib/csv-download';

/**
 * `created` is DeepCall's `create_date` exactly as sent: the server's clock, with no zone in it, so the
 * console cannot convert it; the header says whose time it is (as the audit log's says "UTC").
 */
export const GROUPS_CSV_HEADER = ['id', 'name', 'status', 'agents', 'created (DeepCall server time)'] as const;

/** One row per group: agents and created are empty where DeepCall gave none; created as the server wrote it. */
export function groupCsvRows(groups: readonly Group[]): string[][] {
  return groups.map((g) => [g.id, g.name, g.active ? 'active' : 'inactive', g.agentCount === undefined ? '' : String(g.agentCount), g.createdAt ?? '']);
}

/** Offers the groups, in the order given, as `groups-<local date>.csv`. */
export function downloadGroupsCsv(groups: readonly Group[]): Promise<void> {
  return downloadCsv(csvFileName('groups'), GROUPS_CSV_HEADER, groupCsvRows(groups));
}
