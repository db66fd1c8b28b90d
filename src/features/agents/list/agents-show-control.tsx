import { memo } from 'react';
import { SegmentedRadios } from '@/lib/segmented-radios';
import type { ShowFilter } from './agents-view';

const OPTIONS: { value: ShowFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'no-group', label: 'In no group' },
  { value: 'no-calls', label: 'Takes no calls' },
];

/** All / In no group / Takes no calls, drawn like the groups list's status filter. */
export const AgentsShowControl = memo(function AgentsShowControl({ value, onChange }: { value: ShowFilter; onChange: (value: ShowFilter) => void }) {
  return <SegmentedRadios label="Show" options={OPTIONS} value={value} onChange={onChange} />;
});
