import type { Group } from '@/api/schemas';

/** The server's rule, in the browser: case-insensitive substring of the name, the term trimmed. */
export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase();
}

/** How many recent search results are kept, so Backspace finds its result ready. */
const RECENT_RESULTS = 32;

interface Match {
  groups: Group[];
  /** Positions in the full list, so a longer term searches only these. */
  positions: number[];
}

export interface SearchIndex {
  groups: Group[];
  lowerNames: string[];
  /** needle → its matches; cleared with the index when the list changes. */
  recent: Map<string, Match>;
}

/** Lower-cases every name once per list, not once per keystroke. */
export function buildSearchIndex(groups: Group[]): SearchIndex {
  return { groups, lowerNames: groups.map((g) => g.name.toLowerCase()), recent: new Map() };
}

/**
 * The groups whose name contains the term, in list order. Typing on narrows the
 * previous result instead of scanning every name again (a name containing "tech"
 * contains "tec"), and recent results are reused as they are.
 */
export function filterGroups(index: SearchIndex, term: string): Group[] {
  const needle = normalizeTerm(term);
  if (needle === '') return index.groups;
  const known = index.recent.get(needle);
  if (known) {
    // Most recently used last, so the oldest is the first to go.
    index.recent.delete(needle);
    index.recent.set(needle, known);
    return known.groups;
  }
  let candidates: number[] | null = null;
  for (const [previous, match] of index.recent) {
    if (needle.includes(previous) && (candidates === null || match.positions.length < candidates.length)) candidates = match.positions;
  }
  const match: Match = { groups: [], positions: [] };
  const test = (i: number) => {
    if (index.lowerNames[i].includes(needle)) {
      match.groups.push(index.groups[i]);
      match.positions.push(i);
    }
  };
  if (candidates) for (const i of candidates) test(i);
  else for (let i = 0; i < index.groups.length; i++) test(i);
  index.recent.set(needle, match);
  if (index.recent.size > RECENT_RESULTS) index.recent.delete(index.recent.keys().next().value as string);
  return match.groups;
}
