import { VisuallyHidden } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { navigate } from '@/lib/navigation';
import type { RowSelection } from '@/lib/use-row-selection';
import { useWindowTableRows } from '@/lib/use-window-table-rows';
import type { Group } from '@/api/types';
import classes from './group-table.module.css';
import { formatCreated, type ListSort, type SortColumn } from './list-order';
import { useToggleGroup } from '../changes/use-group-changes';
import { VirtualTableBody } from '@/lib/virtual-table-body';
import { ConfirmRowDeactivate } from './confirm-row-deactivate';

const ROW_HEIGHT = 53;

/**
 * One row per group, virtualized against the window scroll so 10,000 groups
 * keep about 40 rows in the DOM. A real <table> with spacer rows keeps row and
 * column semantics; aria-rowcount/rowindex tell screen readers the true size.
 *
 * Every search keystroke redraws the visible rows, so the table is plain elements
 * styled by group-table.module.css, and rows hold no hooks: one navigate and one
 * toggle function serve them all (npm run bench measures the keystroke); the one confirmation a
 * switch may ask for belongs to the table.
 */
export const GroupTable = memo(function GroupTable({
  groups,
  onDelete,
  selection,
  sort,
  onSort,
  onSortIntent,
  withCreated,
}: {
  groups: Group[];
  onDelete: (group: Group) => void;
  selection: RowSelection;
  /** null: the server's order. */
  sort: ListSort | null;
  onSort: (column: SortColumn) => void;
  /** The pointer or focus is on a sort button: a click may follow, so the list's name order can be worked out now. */
  onSortIntent: () => void;
  /** Whether the server gives creation dates (DeepCall's `create_date`). */
  withCreated: boolean;
}) {
  const { tableRef, items, before, after } = useWindowTableRows({ count: groups.length, estimateSize: () => ROW_HEIGHT, overscan: 5 });
  const openGroup = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      // Ctrl/Cmd/Shift/middle click keep the browser's own behaviour (new tab or window).
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(event.currentTarget.pathname);
    },
    [],
  );
  const rowSwitch = useToggleGroup();

  return (
    <>
      <table ref={tableRef} className={classes.table} aria-rowcount={groups.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={classes.selectColumn}>
              <SelectAll groups={groups} selection={selection} />
            </th>
            <SortHeader column="name" label="Name" sort={sort} onSort={onSort} onIntent={onSortIntent} />
            <SortHeader column="status" label="Status" sort={sort} onSort={onSort} onIntent={onSortIntent} className={classes.statusColumn} />
            <SortHeader column="agents" label="Agents" sort={sort} onSort={onSort} onIntent={onSortIntent} className={`${classes.agentsColumn} ${classes.narrowHidden}`} />
            {withCreated && (
              <SortHeader column="created" label="Created" sort={sort} onSort={onSort} onIntent={onSortIntent} className={`${classes.createdColumn} ${classes.narrowHidden}`} />
            )}
            <th scope="col" className={classes.actionsColumn}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <VirtualTableBody before={before} after={after}>
          {items.map((item) => {
            const group = groups[item.index];
            return (
              group && (
                <GroupRow
                  // Keyed by position: a new search term updates the ~35 mounted rows in place
                  // instead of unmounting and mounting them, which is most of a keystroke's cost.
                  key={item.index}
                  group={group}
                  index={item.index}
                  selected={selection.ids.has(group.id)}
                  onSelect={selection.toggle}
                  onOpen={openGroup}
                  onToggle={rowSwitch.toggle}
                  onDelete={onDelete}
                  withCreated={withCreated}
                />
              )
            );
          })}
        </VirtualTableBody>
      </table>
      <ConfirmRowDeactivate group={rowSwitch.confirming} onCancel={rowSwitch.cancel} onConfirm={rowSwitch.confirm} />
    </>
  );
});

function SortHeader({
  column,
  label,
  sort,
  onSort,
  onIntent,
  className,
}: {
  column: SortColumn;
  label: string;
  sort: ListSort | null;
  onSort: (column: SortColumn) => void;
  onIntent: () => void;
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

function SelectAll({ groups, selection }: { groups: Group[]; selection: RowSelection }) {
  let count = 0;
  if (selection.ids.size > 0) for (const g of groups) if (selection.ids.has(g.id)) count += 1;
  const indeterminate = count > 0 && count < groups.length;
  // "Some selected" exists only as a DOM property; screen readers announce it as mixed.
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      aria-label="Select all groups shown"
      checked={count > 0 && count === groups.length}
      ref={ref}
      onChange={selection.toggleAll}
    />
  );
}

const GroupRow = memo(function GroupRow({
  group,
  index,
  selected,
  onSelect,
  onOpen,
  onToggle,
  onDelete,
  withCreated,
}: {
  group: Group;
  index: number;
  selected: boolean;
  onSelect: (groupId: string, range: boolean) => void;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
  onToggle: (group: Group, active: boolean) => void;
  onDelete: (group: Group) => void;
  withCreated: boolean;
}) {
  return (
    <tr className={classes.row} aria-rowindex={index + 2} aria-selected={selected}>
      <td>
        <input
          type="checkbox"
          className={classes.checkbox}
          aria-label={`Select ${group.name}`}
          checked={selected}
          // For a checkbox React's change event is the click, so shift tells a range selection.
          onChange={(event) => onSelect(group.id, (event.nativeEvent as globalThis.MouseEvent).shiftKey === true)}
        />
      </td>
      <td className={classes.name}>
        <a className={classes.link} href={`/groups/${encodeURIComponent(group.id)}`} onClick={onOpen} title={group.name}>
          {group.name}
        </a>
      </td>
      <td>
        <span className={classes.status}>
          <input
            type="checkbox"
            role="switch"
            className={classes.switch}
            checked={group.active}
            onChange={(event) => onToggle(group, event.currentTarget.checked)}
            aria-label={`${group.name} active`}
          />
          <span className={`${classes.statusText} ${group.active ? '' : classes.inactive}`}>{group.active ? 'Active' : 'Inactive'}</span>
        </span>
      </td>
      <td className={classes.narrowHidden}>{group.agentCount ?? '—'}</td>
      {withCreated && <td className={classes.narrowHidden}>{group.createdAt === undefined ? '—' : formatCreated(group.createdAt)}</td>}
      <td>
        <button type="button" className={classes.delete} aria-label={`Delete ${group.name}`} onClick={() => onDelete(group)}>
          Delete
        </button>
      </td>
    </tr>
  );
});
