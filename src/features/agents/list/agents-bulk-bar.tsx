import { Button } from '@mantine/core';
import { memo } from 'react';
import { BulkBar, BulkHint, BulkSelection } from '@/lib/bulk-bar';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { ACTION_KEYS } from './bulk-membership-dialog';
import type { BulkMembershipAction } from './bulk-membership-plan';

const ACTIONS: BulkMembershipAction[] = ['add', 'remove', 'take-calls', 'stop-calls'];

/**
 * The bar above the table, drawn like the groups list's: always there and one height whatever it
 * shows, so ticking the first agent never moves the rows; it sticks to the top while agents are ticked.
 */
export const AgentsBulkBar = memo(function AgentsBulkBar({
  selected,
  notShown,
  onAction,
  onClear,
}: {
  selected: number;
  /** How many ticked agents the search or the filter hide: an action covers them too. */
  notShown: number;
  onAction: (action: BulkMembershipAction) => void;
  onClear: () => void;
}) {
  const t = useNamespace(agents);
  return (
    <BulkBar sticky={selected > 0} idle={selected === 0}>
      {selected > 0 ? (
        <BulkSelection count={selected} noun="agent" notShown={notShown} onClear={onClear}>
          {ACTIONS.map((action) => (
            <Button key={action} size="xs" variant="default" onClick={() => onAction(action)}>
              {t(`actions.${ACTION_KEYS[action]}.label`)}
            </Button>
          ))}
        </BulkSelection>
      ) : (
        <BulkHint>{t('bulkBar.hint')}</BulkHint>
      )}
    </BulkBar>
  );
});
