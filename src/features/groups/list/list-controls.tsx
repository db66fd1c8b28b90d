import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useId, useState } from 'react';
import type { Group } from '@/api/types';
import type { StatusCounts, StatusFilter } from './filter-groups';
import classes from './list-controls.module.css';

const STATUSES: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];

/**
 * All / Active / Inactive with their counts in the current search. Native radios styled like
 * Mantine's SegmentedControl: the counts change with every search keystroke, and this redraws
 * three labels, where SegmentedControl would measure and move its indicator each time (and add
 * ~3 kB gzip to the build).
 */
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
  const name = useId();
  return (
    <div role="radiogroup" aria-label="Status" className={classes.segmented}>
      {STATUSES.map((option) => (
        <label key={option.value} className={classes.option}>
          <input
            type="radio"
            className={classes.radio}
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {/* What is drawn for the radio, right after it: it carries the focus ring, as in Mantine's own controls. */}
          <span className={classes.segment} data-active={option.value === value || undefined}>
            {option.label}
            {counts && <span className={classes.count}> {counts[option.value]}</span>}
          </span>
        </label>
      ))}
    </div>
  );
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
