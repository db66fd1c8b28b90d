import { Button, Text } from '@mantine/core';
import { memo } from 'react';
import bar from '@/features/groups/list/bulk-actions.module.css';
import { plural } from '@/lib/plural';
import { ACTION_LABELS } from './bulk-membership-dialog';
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
  return (
    <div role="region" aria-label="Bulk actions" className={bar.region} data-sticky={selected > 0 || undefined}>
      <div className={bar.bar} data-idle={selected === 0 || undefined}>
        {selected > 0 ? (
          <>
            <Text size="sm" className={bar.summary}>
              <strong>{plural(selected, 'agent')} selected</strong>
              {notShown > 0 && <span> including {notShown} not shown</span>}
            </Text>
            <div className={bar.actions}>
              {ACTIONS.map((action) => (
                <Button key={action} size="xs" variant="default" onClick={() => onAction(action)}>
                  {ACTION_LABELS[action]}
                </Button>
              ))}
            </div>
            <Button size="xs" variant="subtle" className={bar.clear} onClick={onClear}>
              Clear selection
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed" className={bar.summary}>
            Tick agents to add them to groups, remove them, or change which groups’ calls they take.
          </Text>
        )}
      </div>
    </div>
  );
});
