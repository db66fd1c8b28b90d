import { memo } from 'react';
import { useFormatter } from 'use-intl';
import { describeChange, noteOf } from '@/features/change-record/describe-change';
import { useFailureText } from '@/features/change-record/use-failure-text';
import { useNamespace } from '@/i18n/language-provider';
import { audit } from '@/i18n/namespaces/audit';
import { changes } from '@/i18n/namespaces/changes';
import type { AuditEntry } from './audit-log';
import table from '@/lib/data-table.module.css';
import { useWindowTableRows } from '@/lib/use-window-table-rows';
import classes from './audit-log.module.css';
import { VirtualTableBody } from '@/lib/virtual-table-body';

/**
 * The entries, newest first, virtualized against the window scroll: a 20,000-entry log keeps a
 * screenful of rows in the DOM. Rows are measured, since a reason or a membership change wraps.
 */
export const AuditTable = memo(function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useNamespace(audit);
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
    <table ref={tableRef} className={`${table.table} ${classes.table}`} aria-label={t('table.label')} aria-rowcount={entries.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className={classes.when}>
            {t('table.when')}
          </th>
          <th scope="col">{t('table.group')}</th>
          <th scope="col">{t('table.change')}</th>
          <th scope="col" className={classes.outcome}>
            {t('table.outcome')}
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
  const t = useNamespace(audit);
  const said = useNamespace(changes);
  const format = useFormatter();
  const note = noteOf(entry, said);
  const reason = useFailureText()(entry);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>
        <time dateTime={new Date(entry.at).toISOString()}>{format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
      </td>
      <td>
        {entry.groupName}
        {entry.groupId && <span className={classes.detail}>{t('table.groupId', { id: entry.groupId })}</span>}
      </td>
      <td>
        {describeChange(entry, said, { besideName: true })}
        {note && <span className={classes.detail}>{note}</span>}
        {entry.batch && <span className={classes.detail}>{t('table.partOf', { batch: entry.batch.label })}</span>}
      </td>
      <td>
        {entry.ok ? t('table.done') : <span className={classes.failed}>{t('table.failed')}</span>}
        {reason && <span className={classes.reason}>{reason}</span>}
      </td>
    </tr>
  );
});
