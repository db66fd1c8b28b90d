import type { Group } from '@/api/types';

/** The server's rule, in the browser: case-insensitive substring of the name, the term trimmed. */
export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase();
}

export interface SearchIndex {
  groups: Group[];
  lowerNames: string[];
}

/** Lower-cases every name once per list, not once per keystroke. */
export function buildSearchIndex(groups: Group[]): SearchIndex {
  return { groups, lowerNames: groups.map((g) => g.name.toLowerCase()) };
}

/**
 * The same index in another order (`order` lists positions in `index.groups`): a sort is applied
 * once, and every keystroke then scans the sorted names without lower-casing them again.
 */
export function reorderSearchIndex(index: SearchIndex, order: readonly number[]): SearchIndex {
  const groups: Group[] = [];
  const lowerNames: string[] = [];
  for (const i of order) {
    const group = index.groups[i];
    if (group === undefined) continue;
    groups.push(group);
    lowerNames.push(index.lowerNames[i] ?? group.name.toLowerCase());
  }
  return { groups, lowerNames };
}

/** The groups whose name contains the term, in the index's order: one scan of the names (under 1 ms for 10,000). */
export function filterGroups(index: SearchIndex, term: string): Group[] {
  const needle = normalizeTerm(term);
  if (needle === '') return index.groups;
  return index.groups.filter((_, i) => index.lowerNames[i]?.includes(needle));
}

export type StatusFilter = 'all' | 'active' | 'inactive';

/** `?status=active` or `inactive`; anything else shows every group. */
export function parseStatus(value: string | null): StatusFilter {
  return value === 'active' || value === 'inactive' ? value : 'all';
}

export type StatusCounts = Record<StatusFilter, number>;

export function countStatuses(groups: readonly Group[]): StatusCounts {
  let active = 0;
  for (const g of groups) if (g.active) active += 1;
  return { all: groups.length, active, inactive: groups.length - active };
}

/** The groups of one status, in the same order; `all` is the array given. */
export function filterByStatus(groups: Group[], status: StatusFilter): Group[] {
  if (status === 'all') return groups;
  const active = status === 'active';
  return groups.filter((g) => g.active === active);
}
