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

export function filterGroups(index: SearchIndex, term: string): Group[] {
  const needle = normalizeTerm(term);
  if (needle === '') return index.groups;
  const result: Group[] = [];
  for (let i = 0; i < index.groups.length; i++) {
    if (index.lowerNames[i].includes(needle)) result.push(index.groups[i]);
  }
  return result;
}
