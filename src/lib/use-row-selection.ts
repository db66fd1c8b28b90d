import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

/** What a table needs to draw its checkboxes and report clicks on them. */
export interface RowSelection {
  ids: ReadonlySet<string>;
  /** `range`: shift-click, select (or clear) every row shown from the last clicked one to this one. */
  toggle: (id: string, range: boolean) => void;
  toggleAll: () => void;
}

/**
 * A click on a row's checkbox. With `range` (shift) and the anchor (the row clicked before) among
 * the rows shown, every shown row from the anchor to the clicked one takes the clicked row's new
 * state; otherwise only the clicked row changes. Positions are looked up in `shown` by id, so a
 * search typed since the anchor was set cannot point the range at rows that are no longer there.
 */
export function toggleSelection<T>(
  selected: ReadonlySet<string>,
  shown: readonly T[],
  idOf: (row: T) => string,
  anchorId: string | null,
  clickedId: string,
  range: boolean,
): ReadonlySet<string> {
  const select = !selected.has(clickedId);
  const next = new Set(selected);
  const set = (id: string) => {
    if (select) next.add(id);
    else next.delete(id);
  };
  const to = range && anchorId !== null ? shown.findIndex((row) => idOf(row) === clickedId) : -1;
  const from = to === -1 ? -1 : shown.findIndex((row) => idOf(row) === anchorId);
  if (from === -1) {
    set(clickedId);
    return next;
  }
  for (const row of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) set(idOf(row));
  return next;
}

/** Select-all of what is shown: selects every shown row, or clears them when all are selected already. */
export function toggleAllShown<T>(selected: ReadonlySet<string>, shown: readonly T[], idOf: (row: T) => string): ReadonlySet<string> {
  const allSelected = shown.length > 0 && shown.every((row) => selected.has(idOf(row)));
  const next = new Set(selected);
  for (const row of shown) {
    if (allSelected) next.delete(idOf(row));
    else next.add(idOf(row));
  }
  return next;
}

const NONE_SELECTED: never[] = [];

/**
 * The rows ticked for a bulk action, kept by id so a search, a filter or a refresh does not change
 * what is selected. `rows` are all the rows, `shown` the ones the table shows, in its order; `idOf`
 * is defined once (outside the component), so the toggles stay the same functions.
 */
export function useRowSelection<T>(rows: readonly T[] | undefined, shown: readonly T[], idOf: (row: T) => string) {
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  // The rows on screen when a checkbox is clicked. Read through a ref, so the toggles stay the same
  // functions and a keystroke redraws only the rows that changed.
  const shownNow = useRef(shown);
  useLayoutEffect(() => {
    shownNow.current = shown;
  }, [shown]);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      const rowsShown = shownNow.current;
      const from = anchor.current;
      anchor.current = id;
      setSelectedIds((current) => toggleSelection(current, rowsShown, idOf, from, id, range));
    },
    [idOf],
  );
  const toggleAll = useCallback(() => {
    const rowsShown = shownNow.current;
    setSelectedIds((current) => toggleAllShown(current, rowsShown, idOf));
  }, [idOf]);
  const selection = useMemo<RowSelection>(() => ({ ids: selectedIds, toggle, toggleAll }), [selectedIds, toggle, toggleAll]);

  // Selected rows that still exist, in their order. With nothing selected the rows are not walked:
  // a first Set lookup of each of 50,000 fresh ids cost ~50 ms of the groups list's first paint (bench, Chromium).
  const selected = useMemo<T[]>(
    () => (selectedIds.size === 0 ? NONE_SELECTED : (rows ?? []).filter((row) => selectedIds.has(idOf(row)))),
    [rows, selectedIds, idOf],
  );
  // How many of them the search or the filter hide: a bulk action covers them too, and the bar says so.
  const notShown = useMemo(() => {
    if (selected.length === 0) return 0;
    let selectedShown = 0;
    for (const row of shown) if (selectedIds.has(idOf(row))) selectedShown += 1;
    return selected.length - selectedShown;
  }, [selected, selectedIds, shown, idOf]);
  const keepOnly = useCallback((ids: readonly string[]) => setSelectedIds(new Set(ids)), []);
  const clear = useCallback(() => setSelectedIds(new Set()), []);
  return { selection, selected, notShown, keepOnly, clear };
}
