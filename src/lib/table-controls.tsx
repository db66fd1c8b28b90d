import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { navigate } from './navigation';
import classes from './table-controls.module.css';
import type { RowSelection } from './use-row-selection';

/**
 * The header and cells a list table shares: a sort button per column, select-all over the rows
 * shown, and a checkbox per row. Plain elements without hooks in the rows: a search keystroke
 * redraws every visible row.
 */

/** A link in a row opens its page in the console; Ctrl/Cmd/Shift/middle click keep the browser's own behaviour (new tab or window). */
export function openLinkInPage(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.pathname);
}

export function SortHeader<C extends string>({
  column,
  label,
  sort,
  onSort,
  onIntent,
  className,
}: {
  column: C;
  label: string;
  /** null: the server's order. */
  sort: { column: C; descending: boolean } | null;
  onSort: (column: C) => void;
  /** The pointer or focus is on the button: a click may follow, so work it needs can start now. */
  onIntent?: () => void;
  className?: string;
}) {
  const sorted = sort?.column === column ? sort : null;
  return (
    <th scope="col" className={className} aria-sort={sorted ? (sorted.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className={classes.sortButton} onClick={() => onSort(column)} onPointerEnter={onIntent} onFocus={onIntent}>
        {label}
        <span aria-hidden="true" className={sorted ? undefined : classes.sortHint}>
          {sorted?.descending ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

/** The checkbox column's header: ticks every row shown, or clears them; mixed while some are ticked. */
export function SelectAllHeader<T>({ rows, idOf, selection, label }: { rows: readonly T[]; idOf: (row: T) => string; selection: RowSelection; label: string }) {
  let count = 0;
  if (selection.ids.size > 0) for (const row of rows) if (selection.ids.has(idOf(row))) count += 1;
  const indeterminate = count > 0 && count < rows.length;
  // "Some selected" exists only as a DOM property; screen readers announce it as mixed.
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <th scope="col" className={classes.selectColumn}>
      <input type="checkbox" className={classes.checkbox} aria-label={label} checked={count > 0 && count === rows.length} ref={ref} onChange={selection.toggleAll} />
    </th>
  );
}

/** A row's checkbox cell; shift-click selects the range from the row clicked before. */
export function SelectCell({ id, label, selected, onSelect }: { id: string; label: string; selected: boolean; onSelect: RowSelection['toggle'] }) {
  return (
    <td>
      <input
        type="checkbox"
        className={classes.checkbox}
        aria-label={label}
        checked={selected}
        // For a checkbox React's change event is the click, so shift tells a range selection.
        onChange={(event) => onSelect(id, (event.nativeEvent as globalThis.MouseEvent).shiftKey === true)}
      />
    </td>
  );
}
