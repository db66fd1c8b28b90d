import { memo, useMemo } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { SegmentedRadios } from '@/lib/segmented-radios';
import type { ShowFilter } from './agents-view';

/** All / In no group / Takes no calls, drawn like the groups list's status filter. */
export const AgentsShowControl = memo(function AgentsShowControl({ value, onChange }: { value: ShowFilter; onChange: (value: ShowFilter) => void }) {
  const t = useNamespace(agents);
  const options = useMemo<{ value: ShowFilter; label: string }[]>(
    () => [
      { value: 'all', label: t('show.all') },
      { value: 'no-group', label: t('show.noGroup') },
      { value: 'no-calls', label: t('show.noCalls') },
    ],
    [t],
  );
  return <SegmentedRadios label={t('show.label')} options={options} value={value} onChange={onChange} />;
});
