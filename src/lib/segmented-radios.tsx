import { useId } from 'react';
import { useFormatter } from 'use-intl';
import classes from './segmented-radios.module.css';

/**
 * A choice of a few values, drawn like Mantine's SegmentedControl but made of native radios in a
 * radiogroup: keyboard, screen readers and pointer all work the same element, and a redraw (counts
 * change with every search keystroke) touches a few labels, where SegmentedControl would measure
 * and move its indicator each time (and add ~3 kB gzip to the build).
 */
export function SegmentedRadios<V extends string>({
  label,
  options,
  value,
  onChange,
  counts,
}: {
  /** The group's accessible name. */
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  /** A number after each option's label; none while unknown. */
  counts?: Record<V, number> | null;
}) {
  const name = useId();
  const format = useFormatter();
  return (
    <div role="radiogroup" aria-label={label} className={classes.segmented}>
      {options.map((option) => (
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
            {counts && <span className={classes.count}> {format.number(counts[option.value])}</span>}
          </span>
        </label>
      ))}
    </div>
  );
}
