import { memo } from 'react';
import { describeChange } from '@/features/change-record/describe-change';
import type { AuditEntry } from './audit-log';
import table from '@/lib/data-table.module.css';
import { useWindowTableRows } from '@/lib/use-window-table-rows';
import classes from './audit-log.module.css';
import { VirtualTableBody } from '@/lib/virtual-table-body';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * The entries, newest first, virtualized against the window scroll: a 20,000-entry log keeps a
 * screenful of rows in the DOM. Rows are measured, since a reason or a membership change wraps.
 */
export const AuditTable = memo(function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { tableRef, items, before, after, measureElement } = useWindowTableRows({
    count: entries.length,
    estimateSize: () => 58,
    overscan: 8,
    getItemKey: (index) => {
      const entry = entries[index];
      return entry ? `${entry.at}-${entry.seq}` : index;
    },
  });

  return (
    <table ref={tableRef} className={`${table.table} ${classes.table}`} aria-label="Audit log entries" aria-rowcount={entries.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className={classes.when}>
            When
          </th>
          <th scope="col">Group</th>
          <th scope="col">Change</th>
          <th scope="col" className={classes.outcome}>
            Outcome
          </th>
        </tr>
      </thead>
      <VirtualTableBody before={before} after={after}>
        {items.map((item) => {
          const entry = entries[item.index];
          return entry && <EntryRow key={item.key} entry={entry} index={item.index} measure={measureElement} />;
        })}
      </VirtualTableBody>
    </table>
  );
});

const EntryRow = memo(function EntryRow({ entry, index, measure }: { entry: AuditEntry; index: number; measure: (row: HTMLTableRowElement | null) => void }) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>
        <time dateTime={new Date(entry.at).toISOString()}>{timeFormat.format(entry.at)}</time>
      </td>
      <td>
        {entry.groupName}
        {entry.groupId && <span className={classes.detail}>ID {entry.groupId}</span>}
      </td>
      <td>
        {describeChange(entry, { besideName: true })}
        {entry.note && <span className={classes.detail}>{entry.note}</span>}
        {entry.batch && <span className={classes.detail}>Part of {entry.batch.label}</span>}
      </td>
      <td>
        {entry.ok ? 'Done' : <span className={classes.failed}>Failed</span>}
        {entry.error && <span className={classes.reason}>{entry.error}</span>}
      </td>
    </tr>
  );
});
