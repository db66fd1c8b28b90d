/**
 * What the Agents view shows: the directory's rows in the order asked for (`?sort=`), narrowed by the
 * search term (name or email) and by `?show=` (everyone, agents in no group, agents who take calls for
 * no group). The order is worked out once per directory or sort; a keystroke only scans the sorted keys.
 */
import { useCallback, useMemo } from 'react';
import { normalizeTerm } from '@/features/groups/list/filter-groups';
import type { SearchTermInAddress } from '@/features/groups/list/use-search-term-in-address';
import type { AgentRow } from '../agent-directory';

export type ShowFilter = 'all' | 'no-group' | 'no-calls';

/** `?show=no-group` or `no-calls`; anything else (absent, mistyped, an old link) is everyone. */
export function parseShow(value: string | null): ShowFilter {
  return value === 'no-group' || value === 'no-calls' ? value : 'all';
}

/**
 * The same rule as the directory's coverage counts, so a count's link shows exactly the rows it counted.
 * While memberships are still read group by group, "in no group" means in none read so far.
 */
export function showsRow(row: AgentRow, show: ShowFilter): boolean {
  if (show === 'no-group') return row.groups.length === 0;
  if (show === 'no-calls') return row.groups.length > 0 && row.takesCalls === false;
  return true;
}

export type AgentSortColumn = 'name' | 'email' | 'groups';

export interface AgentSort {
  column: AgentSortColumn;
  descending: boolean;
}

const COLUMNS: readonly AgentSortColumn[] = ['name', 'email', 'groups'];

/** `?sort=name`, `-email`, `groups`… Anything else is the server's order (null), as on the groups list. */
export function parseAgentSort(value: string | null): AgentSort | null {
  if (value === null) return null;
  const descending = value.startsWith('-');
  const column = COLUMNS.find((c) => c === (descending ? value.slice(1) : value));
  return column ? { column, descending } : null;
}

export function agentSortParam(sort: AgentSort): string {
  return sort.descending ? `-${sort.column}` : sort.column;
}

/** A header clicked: its column ascending, or the other way round when it is already the sorted column. */
export function nextAgentSort(current: AgentSort | null, column: AgentSortColumn): AgentSort {
  return { column, descending: current?.column === column && !current.descending };
}

/** Names as people read them: case and accents ignored, numbers in order (as the groups list). */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The rows in the order asked for. Email and number of groups fall back to the name (A to Z whichever
 * way the column goes); an agent without an email comes last either way.
 */
export function sortRows(rows: readonly AgentRow[], sort: AgentSort | null): AgentRow[] {
  if (!sort) return [...rows];
  const byName = (a: AgentRow, b: AgentRow) => collator.compare(a.agent.name, b.agent.name);
  const sign = sort.descending ? -1 : 1;
  const sorted = [...rows];
  if (sort.column === 'name') sorted.sort((a, b) => sign * byName(a, b));
  else if (sort.column === 'groups') sorted.sort((a, b) => sign * (a.groups.length - b.groups.length) || byName(a, b));
  else {
    sorted.sort((a, b) => {
      const ea = a.agent.email ?? '';
      const eb = b.agent.email ?? '';
      if (ea === '' || eb === '') return (ea === '' ? 1 : 0) - (eb === '' ? 1 : 0) || byName(a, b);
      return sign * collator.compare(ea, eb) || byName(a, b);
    });
  }
  return sorted;
}

/** What a term is looked for in: the name and the email, lower-cased once per directory. */
export function searchKeys(rows: readonly AgentRow[]): string[] {
  return rows.map((row) => `${row.agent.name}\n${row.agent.email ?? ''}`.toLowerCase());
}

export function filterRows(rows: readonly AgentRow[], keys: readonly string[], term: string, show: ShowFilter): AgentRow[] {
  const needle = normalizeTerm(term);
  if (!needle && show === 'all') return rows as AgentRow[];
  const shown: AgentRow[] = [];
  rows.forEach((row, i) => {
    if (needle && !keys[i]?.includes(needle)) return;
    if (showsRow(row, show)) shown.push(row);
  });
  return shown;
}

/** The view of the directory the address asks for, and the ways to change it (written to the address). */
export function useAgentsView(rows: readonly AgentRow[] | undefined, search: SearchTermInAddress) {
  const params = new URLSearchParams(search.search);
  const sortValue = params.get('sort');
  const sort = useMemo(() => parseAgentSort(sortValue), [sortValue]);
  const show = parseShow(params.get('show'));

  const ordered = useMemo(() => sortRows(rows ?? [], sort), [rows, sort]);
  const keys = useMemo(() => searchKeys(ordered), [ordered]);
  const shown = useMemo(() => filterRows(ordered, keys, search.term, show), [ordered, keys, search.term, show]);

  const { setParams } = search;
  const sortBy = useCallback((column: AgentSortColumn) => setParams({ sort: agentSortParam(nextAgentSort(sort, column)) }), [setParams, sort]);
  const showOnly = useCallback((value: ShowFilter) => setParams({ show: value === 'all' ? null : value }), [setParams]);
  return { sort, show, shown, sortBy, showOnly };
}
