import type { Group } from '@/api/schemas';

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

/** The groups whose name contains the term, in list order: one scan of the names (under 1 ms for 10,000). */
export function filterGroups(index: SearchIndex, term: string): Group[] {
  const needle = normalizeTerm(term);
  if (needle === '') return index.groups;
  return index.groups.filter((_, i) => index.lowerNames[i]?.includes(needle));
}
