import { Button, Progress, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import classes from './bulk-bar.module.css';

/**
 * The bar above a list's table for actions on the ticked rows: always there and one height whatever
 * it shows, so ticking the first row never moves the rows; it sticks to the top while `sticky`.
 * A bar whose runs report passes `report` (null while there is none): it goes under the bar, in a
 * live region that is there before the report, so its arrival is announced.
 */
export function BulkBar({ sticky, idle, children, report }: { sticky: boolean; idle: boolean; children: ReactNode; report?: ReactNode }) {
  const t = useNamespace(common);
  return (
    <div role="region" aria-label={t('bulkBar.region')} className={classes.region} data-sticky={sticky || undefined}>
      <div className={classes.bar} data-idle={idle || undefined}>
        {children}
      </div>
      {report !== undefined && <div aria-live="polite">{report && <div className={classes.report}>{report}</div>}</div>}
    </div>
  );
}

/** What the bar says while nothing is ticked. */
export function BulkHint({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" className={classes.summary}>
      {children}
    </Text>
  );
}

/** The ticked rows: how many ("3 agents selected including 1 not shown"), the actions (`children`) and Clear selection. */
export function BulkSelection({
  count,
  noun,
  notShown,
  onClear,
  children,
}: {
  count: number;
  /** What the rows are: the count is said as a whole phrase in each language. */
  noun: 'group' | 'agent';
  notShown: number;
  onClear: () => void;
  children: ReactNode;
}) {
  const t = useNamespace(common);
  return (
    <>
      <Text size="sm" className={classes.summary}>
        <strong>{noun === 'group' ? t('bulkBar.selectedGroups', { count }) : t('bulkBar.selectedAgents', { count })}</strong>
        {notShown > 0 && <span> {t('bulkBar.notShown', { count: notShown })}</span>}
      </Text>
      <div className={classes.actions}>{children}</div>
      <Button size="xs" variant="subtle" className={classes.clear} onClick={onClear}>
        {t('bulkBar.clear')}
      </Button>
    </>
  );
}

/** A run in the bar: how far it is, and Cancel remaining. */
export function BulkProgress({ done, total, label, onCancel }: { done: number; total: number; label: string; onCancel: () => void }) {
  const t = useNamespace(common);
  return (
    <>
      <Text size="sm" className={classes.working}>
        {t('bulkBar.working', { done, total })}
      </Text>
      <Progress className={classes.progress} value={(done / total) * 100} aria-label={label} />
      <Button size="xs" variant="default" onClick={onCancel}>
        {t('bulkBar.cancelRemaining')}
      </Button>
    </>
  );
}
