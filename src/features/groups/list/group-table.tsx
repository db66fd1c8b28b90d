import { VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { openLinkInPage, SelectAllHeader, SelectCell, SortHeader } from '@/lib/table-controls';
import type { RowSelection } from '@/lib/use-row-selection';
import { useWindowTableRows } from '@/lib/use-window-table-rows';
import type { Group } from '@/api/types';
import classes from './group-table.module.css';
import { formatCreated, type ListSort, type SortColumn } from './list-order';
import { useToggleGroup } from '../changes/use-group-changes';
import { VirtualTableBody } from '@/lib/virtual-table-body';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';
import { useLocale } from 'use-intl';
import { lazyDialog } from '@/lib/lazy-dialog';

/** Fetched the first time a switch asks (src/lib/lazy-dialog.tsx): Mantine's Modal is not on the list's first download. */
const ConfirmRowDeactivate = lazyDialog(() => import('./confirm-row-deactivate'), {
  isOpen: (p) => p.group !== null,
  closed: (p) => ({ ...p, group: null }),
  dismiss: (p) => p.onCancel(),
});

/** The list's translator, handed to the rows (they hold no hooks). */
type ListText = ReturnType<typeof useNamespace<'groupsList'>>;

const ROW_HEIGHT = 53;

/** What the selection keeps of a group. */
export const groupRowId = (group: Group): string => group.id;

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
  const rowSwitch = useToggleGroup();
  const t = useNamespace(groupsList);
  // English keeps the browser's own way of writing dates; another language writes them its way.
  const language = useLocale();
  const dateLocale = language === 'en' ? undefined : language;

  return (
    <>
      <table ref={tableRef} className={classes.table} aria-rowcount={groups.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <SelectAllHeader rows={groups} idOf={groupRowId} selection={selection} label={t('table.selectAll')} />
            <SortHeader column="name" label={t('table.name')} sort={sort} onSort={onSort} onIntent={onSortIntent} />
            <SortHeader column="status" label={t('table.status')} sort={sort} onSort={onSort} onIntent={onSortIntent} className={classes.statusColumn} />
            <SortHeader column="agents" label={t('table.agents')} sort={sort} onSort={onSort} onIntent={onSortIntent} className={`${classes.agentsColumn} ${classes.narrowHidden}`} />
            {withCreated && (
              <SortHeader column="created" label={t('table.created')} sort={sort} onSort={onSort} onIntent={onSortIntent} className={`${classes.createdColumn} ${classes.narrowHidden}`} />
            )}
            <th scope="col" className={classes.actionsColumn}>
              <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
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
                  onToggle={rowSwitch.toggle}
                  onDelete={onDelete}
                  withCreated={withCreated}
                  t={t}
                  dateLocale={dateLocale}
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

const GroupRow = memo(function GroupRow({
  group,
  index,
  selected,
  onSelect,
  onToggle,
  onDelete,
  withCreated,
  t,
  dateLocale,
}: {
  group: Group;
  index: number;
  selected: boolean;
  onSelect: (groupId: string, range: boolean) => void;
  onToggle: (group: Group, active: boolean) => void;
  onDelete: (group: Group) => void;
  withCreated: boolean;
  t: ListText;
  dateLocale: string | undefined;
}) {
  return (
    <tr className={classes.row} aria-rowindex={index + 2} aria-selected={selected}>
      <SelectCell id={group.id} label={t('table.select', { name: group.name })} selected={selected} onSelect={onSelect} />
      <td className={classes.name}>
        <a className={classes.link} href={`/groups/${encodeURIComponent(group.id)}`} onClick={openLinkInPage} title={group.name}>
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
            aria-label={t('table.switch', { name: group.name })}
          />
          <span className={`${classes.statusText} ${group.active ? '' : classes.inactive}`}>{group.active ? t('table.active') : t('table.inactive')}</span>
        </span>
      </td>
      <td className={classes.narrowHidden}>{group.agentCount === undefined ? '—' : t('table.agentCount', { count: group.agentCount })}</td>
      {withCreated && <td className={classes.narrowHidden}>{group.createdAt === undefined ? '—' : formatCreated(group.createdAt, dateLocale)}</td>}
      <td>
        <button type="button" className={classes.delete} aria-label={t('table.deleteLabel', { name: group.name })} onClick={() => onDelete(group)}>
          {t('table.delete')}
        </button>
      </td>
    </tr>
  );
});
