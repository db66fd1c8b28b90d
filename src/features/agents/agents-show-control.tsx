import { memo, useId } from 'react';
import controls from '@/features/groups/list/list-controls.module.css';
import type { ShowFilter } from './agents-view';

const OPTIONS: { value: ShowFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'no-group', label: 'In no group' },
  { value: 'no-calls', label: 'Takes no calls' },
];

/**
 * All / In no group / Takes no calls: native radios drawn like the groups list's status filter (its
 * stylesheet), so keyboard, screen readers and pointer all work the same element.
 */
export const AgentsShowControl = memo(function AgentsShowControl({ value, onChange }: { value: ShowFilter; onChange: (value: ShowFilter) => void }) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label="Show" className={controls.segmented}>
      {OPTIONS.map((option) => (
        <label key={option.value} className={controls.option}>
          <input
            type="radio"
            className={controls.radio}
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span className={controls.segment} data-active={option.value === value || undefined}>
            {option.label}
          </span>
        </label>
      ))}
    </div>
  );
});
