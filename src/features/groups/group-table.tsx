import { Anchor, Button, Group as Row, Switch, Table, Text, VisuallyHidden } from "@mantine/core";
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Group } from '@/api/schemas';
import { useToggleGroup } from './queries';

const ROW_HEIGHT = 53;

/**
 * One row per group, virtualized against the window scroll so 10,000 groups
 * keep about 40 rows in the DOM. A real <table> with spacer rows keeps row and
 * column semantics; aria-rowcount/rowindex tell screen readers the true size.
 */
export function GroupTable({ groups, onDelete }: { groups: Group[]; onDelete: (group: Group) => void }) {
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
    <Table ref={tableRef} aria-rowcount={groups.length + 1} verticalSpacing="sm" highlightOnHover layout="fixed">
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <Table.Th scope="col">Name</Table.Th>
          <Table.Th scope="col" w={190}>
            Status
          </Table.Th>
          <Table.Th scope="col" w={90} visibleFrom="sm">
            Agents
          </Table.Th>
          <Table.Th scope="col" w={110}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
        {items.map((item) => (
          <GroupRow key={groups[item.index].id} group={groups[item.index]} rowIndex={item.index + 2} onDelete={onDelete} />
        ))}
        {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
      </Table.Tbody>
    </Table>
  );
}

const GroupRow = memo(function GroupRow({
  group,
  rowIndex,
  onDelete,
}: {
  group: Group;
  rowIndex: number;
  onDelete: (group: Group) => void;
}) {
  const toggle = useToggleGroup(group.id);
  return (
    <Table.Tr aria-rowindex={rowIndex} style={{ height: ROW_HEIGHT }}>
      <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        <Anchor component={Link} to={`/groups/${encodeURIComponent(group.id)}`} title={group.name}>
          {group.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Row gap="xs" wrap="nowrap">
          <Switch
            checked={group.active}
            onChange={(event) => toggle.mutate({ group, active: event.currentTarget.checked })}
            aria-label={`${group.name} active`}
          />
          <Text size="sm" c={group.active ? undefined : 'dimmed'}>
            {group.active ? 'Active' : 'Inactive'}
          </Text>
        </Row>
      </Table.Td>
      <Table.Td visibleFrom="sm">{group.agentCount ?? '—'}</Table.Td>
      <Table.Td>
        <Button variant="subtle" color="red" size="xs" aria-label={`Delete ${group.name}`} onClick={() => onDelete(group)}>
          Delete
        </Button>
      </Table.Td>
    </Table.Tr>
  );
});
