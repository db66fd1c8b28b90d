import { Checkbox, Table, VisuallyHidden } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Group } from '@/api/schemas';
import classes from './group-table.module.css';
import { useToggleGroup } from './queries';

const ROW_HEIGHT = 53;

/**
 * One row per group, virtualized against the window scroll so 10,000 groups
 * keep about 40 rows in the DOM. A real <table> with spacer rows keeps row and
 * column semantics; aria-rowcount/rowindex tell screen readers the true size.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** `range`: shift-click, select everything from the last clicked row to this one. */
  toggle: (index: number, range: boolean) => void;
  toggleAll: () => void;
}

export const GroupTable = memo(function GroupTable({
  groups,
  onDelete,
  selection,
}: {
  groups: Group[];
  onDelete: (group: Group) => void;
  selection: Selection;
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(tableRef.current ? tableRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: groups.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - scrollMargin) : 0;

  return (
    <Table ref={tableRef} aria-rowcount={groups.length + 1} verticalSpacing="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <Table.Th scope="col" w={44}>
            <SelectAll groups={groups} selection={selection} />
          </Table.Th>
          <Table.Th scope="col">Name</Table.Th>
          <Table.Th scope="col" w={{ base: 64, sm: 190 }}>
            Status
          </Table.Th>
          <Table.Th scope="col" w={90} visibleFrom="sm">
            Agents
          </Table.Th>
          <Table.Th scope="col" w={{ base: 76, sm: 110 }}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
        {items.map((item) => (
          <GroupRow
            // Keyed by position: a new search term updates the ~35 mounted rows in place
            // instead of unmounting and mounting them, which is most of a keystroke's cost.
            key={item.index}
            group={groups[item.index]}
            index={item.index}
            selected={selection.ids.has(groups[item.index].id)}
            onSelect={selection.toggle}
            onDelete={onDelete}
          />
        ))}
        {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
      </Table.Tbody>
    </Table>
  );
});

function SelectAll({ groups, selection }: { groups: Group[]; selection: Selection }) {
  let count = 0;
  for (const g of groups) if (selection.ids.has(g.id)) count += 1;
  return (
    <Checkbox
      aria-label="Select all groups shown"
      checked={count > 0 && count === groups.length}
      indeterminate={count > 0 && count < groups.length}
      onChange={selection.toggleAll}
    />
  );
}

const GroupRow = memo(function GroupRow({
  group,
  index,
  selected,
  onSelect,
  onDelete,
}: {
  group: Group;
  index: number;
  selected: boolean;
  onSelect: (index: number, range: boolean) => void;
  onDelete: (group: Group) => void;
}) {
  const toggle = useToggleGroup(group.id);
  return (
    <tr className={classes.row} aria-rowindex={index + 2} aria-selected={selected}>
      <td>
        <input
          type="checkbox"
          className={classes.checkbox}
          aria-label={`Select ${group.name}`}
          checked={selected}
          // For a checkbox React's change event is the click, so shift tells a range selection.
          onChange={(event) => onSelect(index, (event.nativeEvent as MouseEvent).shiftKey === true)}
        />
      </td>
      <td className={classes.name}>
        <Link className={classes.link} to={`/groups/${encodeURIComponent(group.id)}`} title={group.name}>
          {group.name}
        </Link>
      </td>
      <td>
        <span className={classes.status}>
          <input
            type="checkbox"
            role="switch"
            className={classes.switch}
            checked={group.active}
            onChange={(event) => toggle.mutate({ group, active: event.currentTarget.checked })}
            aria-label={`${group.name} active`}
          />
          <span className={`${classes.statusText} ${group.active ? '' : classes.inactive}`}>{group.active ? 'Active' : 'Inactive'}</span>
        </span>
      </td>
      <td className={classes.agents}>{group.agentCount ?? '—'}</td>
      <td>
        <button type="button" className={classes.delete} aria-label={`Delete ${group.name}`} onClick={() => onDelete(group)}>
          Delete
        </button>
      </td>
    </tr>
  );
});
