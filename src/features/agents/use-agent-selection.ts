import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AgentRow } from './agent-directory';

export interface AgentSelection {
  ids: ReadonlySet<string>;
  /** `range`: shift-click, select (or clear) every row shown from the last clicked one to this one. */
  toggle: (agentId: string, range: boolean) => void;
  toggleAll: () => void;
}

/**
 * A click on a row's checkbox: with `range` and the anchor among the rows shown, every shown row from
 * the anchor to the clicked one takes the clicked row's new state. Positions are looked up by id in
 * `shown`, so a search typed since the anchor was set cannot point the range at rows no longer there.
 */
export function toggleAgents(
  selected: ReadonlySet<string>,
  shown: readonly AgentRow[],
  anchorId: string | null,
  clickedId: string,
  range: boolean,
): ReadonlySet<string> {
  const select = !selected.has(clickedId);
  const next = new Set(selected);
  const set = (id: string) => (select ? next.add(id) : next.delete(id));
  const to = range && anchorId !== null ? shown.findIndex((r) => r.agent.agentId === clickedId) : -1;
  const from = to === -1 ? -1 : shown.findIndex((r) => r.agent.agentId === anchorId);
  if (from === -1) {
    set(clickedId);
    return next;
  }
  for (const row of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) set(row.agent.agentId);
  return next;
}

/** Select-all of what is shown: every shown row, or none of them when all are selected already. */
export function toggleAllAgents(selected: ReadonlySet<string>, shown: readonly AgentRow[]): ReadonlySet<string> {
  const all = shown.length > 0 && shown.every((r) => selected.has(r.agent.agentId));
  const next = new Set(selected);
  for (const row of shown) {
    if (all) next.delete(row.agent.agentId);
    else next.add(row.agent.agentId);
  }
  return next;
}

const NONE: AgentRow[] = [];

/**
 * The agents ticked for a bulk action, kept by id so a search, a filter or a refreshed directory does
 * not change what is selected. `shown` are the table's rows, in its order.
 */
export function useAgentSelection(rows: readonly AgentRow[] | undefined, shown: readonly AgentRow[]) {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  // Read through a ref, so the toggles stay the same functions and a keystroke redraws only changed rows.
  const shownNow = useRef(shown);
  useLayoutEffect(() => {
    shownNow.current = shown;
  }, [shown]);

  const toggle = useCallback((agentId: string, range: boolean) => {
    const from = anchor.current;
    anchor.current = agentId;
    const rowsShown = shownNow.current;
    setIds((current) => toggleAgents(current, rowsShown, from, agentId, range));
  }, []);
  const toggleAll = useCallback(() => {
    const rowsShown = shownNow.current;
    setIds((current) => toggleAllAgents(current, rowsShown));
  }, []);
  const selection = useMemo<AgentSelection>(() => ({ ids, toggle, toggleAll }), [ids, toggle, toggleAll]);

  // Selected agents the directory still holds, in its order.
  const selected = useMemo(() => (ids.size === 0 ? NONE : (rows ?? []).filter((r) => ids.has(r.agent.agentId))), [rows, ids]);
  // How many of them the search or the filter hide: a bulk action covers them too, and the bar says so.
  const notShown = useMemo(() => {
    if (selected.length === 0) return 0;
    const visible = new Set(shown.map((r) => r.agent.agentId));
    return selected.filter((r) => !visible.has(r.agent.agentId)).length;
  }, [selected, shown]);
  const clear = useCallback(() => setIds(new Set()), []);
  return { selection, selected, notShown, clear };
}
