import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useMemo, useState } from 'react';
import type { Group } from '@/api/types';
import { SegmentedRadios } from '@/lib/segmented-radios';
import type { StatusCounts, StatusFilter } from './filter-groups';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';

const STATUSES: readonly StatusFilter[] = ['all', 'active', 'inactive'];

/** All / Active / Inactive with their counts in the current search. Memoized: the list page redraws on every keystroke. */
export const StatusFilterControl = memo(function StatusFilterControl({
  value,
  counts,
  onChange,
}: {
  value: StatusFilter;
  /** null until the list is loaded. */
  counts: StatusCounts | null;
  onChange: (value: StatusFilter) => void;
}) {
  const t = useNamespace(groupsList);
  const options = useMemo(() => STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })), [t]);
  return <SegmentedRadios label={t('status.label')} options={options} value={value} counts={counts} onChange={onChange} />;
});

/** Downloads the rows shown, in their order; `rows` is read when clicked, so typing never redraws the button. */
export const ExportCsvButton = memo(function ExportCsvButton({ rows, disabled }: { rows: () => readonly Group[]; disabled: boolean }) {
  const t = useNamespace(groupsList);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    // The rows shown at the click, whatever is typed while papaparse loads.
    const groups = rows();
    setBusy(true);
    try {
      // With papaparse, only once someone exports.
      const { downloadGroupsCsv } = await import('./export-csv');
      await downloadGroupsCsv(groups);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('export.failedTitle'),
        message: t('export.failedMessage', { reason: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" onClick={() => void run()} loading={busy} disabled={disabled}>
      {t('export.button')}
    </Button>
  );
});
