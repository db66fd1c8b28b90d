import { memo } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import table from '@/lib/data-table.module.css';
import { useWindowTableRows } from '@/lib/use-window-table-rows';
import { VirtualTableBody } from '@/lib/virtual-table-body';
import type { ImportRow } from './parse-import-csv';
import { useImportText } from './import-text';
import type { RowOutcome, RowVerdict } from './resolve-import';
import classes from './import-page.module.css';

/** Each verdict's catalog key (the verdicts themselves are codes). */
export const VERDICT_KEYS = {
  'will join': 'willJoin',
  'will leave': 'willLeave',
  'will take calls': 'willTakeCalls',
  'will stop taking calls': 'willStopTakingCalls',
  'already so': 'alreadySo',
} as const satisfies Record<Exclude<RowVerdict, 'error'>, string>;

/** The outcome as the preview says it: `error: <why>` for a row that cannot be used. */
function useOutcomeText(): (outcome: RowOutcome) => string {
  const t = useNamespace(agentsImport);
  const say = useImportText();
  return (outcome) =>
    outcome.outcome === 'error'
      ? t('outcome.error', { reason: outcome.reasons?.length ? outcome.reasons.map(say).join('; ') : t('reason.unknown') })
      : t(`outcome.${VERDICT_KEYS[outcome.outcome]}`);
}

/**
 * Each file row's outcome, virtualized against the window scroll: a 50,000-row file keeps a screenful
 * of rows in the DOM. `shown` holds the indexes of the rows to list (all, or only those in error).
 */
export const ImportRowsTable = memo(function ImportRowsTable({ rows, outcomes, shown }: { rows: ImportRow[]; outcomes: RowOutcome[]; shown: number[] }) {
  const { tableRef, items, before, after, measureElement } = useWindowTableRows({
    count: shown.length,
    estimateSize: () => 38,
    overscan: 10,
    getItemKey: (index) => shown[index] ?? index,
  });
  const t = useNamespace(agentsImport);
  return (
    <table ref={tableRef} className={`${table.table} ${classes.rows}`} aria-label={t('table.label')} aria-rowcount={shown.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className={classes.line}>
            {t('table.row')}
          </th>
          <th scope="col">{t('table.group')}</th>
          <th scope="col">{t('table.agent')}</th>
          <th scope="col">{t('table.outcome')}</th>
        </tr>
      </thead>
      <VirtualTableBody before={before} after={after}>
        {items.map((item) => {
          const index = shown[item.index];
          const row = index === undefined ? undefined : rows[index];
          const outcome = index === undefined ? undefined : outcomes[index];
          return row && outcome && <OutcomeRow key={item.key} row={row} outcome={outcome} index={item.index} measure={measureElement} />;
        })}
      </VirtualTableBody>
    </table>
  );
});

const OutcomeRow = memo(function OutcomeRow({
  row,
  outcome,
  index,
  measure,
}: {
  row: ImportRow;
  outcome: RowOutcome;
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
}) {
  const t = useNamespace(agentsImport);
  const outcomeText = useOutcomeText();
  // A row in error may name a group or agent the account does not have: show what the file says.
  const group = outcome.groupName ?? (row.groupName || row.groupId);
  const agent = outcome.agentName ?? (row.agentEmail || row.agentId);
  const error = outcome.outcome === 'error';
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>{row.line}</td>
      <td>{group}</td>
      <td className={classes.agent}>
        {agent}
        {outcome.agentName && row.agentEmail && <span className={classes.detail}>{row.agentEmail}</span>}
      </td>
      <td className={error ? classes.error : undefined}>
        {outcomeText(outcome)}
        {!error && outcome.receivesCalls !== undefined && outcome.outcome !== 'will take calls' && outcome.outcome !== 'will stop taking calls' && (
          <span className={classes.detail}>{outcome.receivesCalls ? t('outcome.takesCalls') : t('outcome.takesNoCalls')}</span>
        )}
      </td>
    </tr>
  );
});
