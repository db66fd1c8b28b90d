import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useState } from 'react';
import type { Group } from '@/api/types';
import { SegmentedRadios } from '@/lib/segmented-radios';
import type { StatusCounts, StatusFilter } from './filter-groups';

const STATUSES: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];

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
  return <SegmentedRadios label="Status" options={STATUSES} value={value} counts={counts} onChange={onChange} />;
});

/** Downloads the rows shown, in their order; `rows` is read when clicked, so typing never redraws the button. */
export const ExportCsvButton = memo(function ExportCsvButton({ rows, disabled }: { rows: () => readonly Group[]; disabled: boolean }) {
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
        title: 'Could not export the groups',
        message: `The file could not be made (${error instanceof Error ? error.message : String(error)}). Check your connection and try again.`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" onClick={() => void run()} loading={busy} disabled={disabled}>
      Export CSV
    </Button>
  );
});
