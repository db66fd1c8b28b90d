import { Button, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './bulk-bar.module.css';
import { plural } from './plural';

/**
 * The bar above a list's table for actions on the ticked rows: always there and one height whatever
 * it shows, so ticking the first row never moves the rows; it sticks to the top while `sticky`.
 * `below` is what goes under the bar, inside the same region (a run's report).
 */
export function BulkBar({ sticky, idle, children, below }: { sticky: boolean; idle: boolean; children: ReactNode; below?: ReactNode }) {
  return (
    <div role="region" aria-label="Bulk actions" className={classes.region} data-sticky={sticky || undefined}>
      <div className={classes.bar} data-idle={idle || undefined}>
        {children}
      </div>
      {below}
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
export function BulkSelection({ count, noun, notShown, onClear, children }: { count: number; noun: string; notShown: number; onClear: () => void; children: ReactNode }) {
  return (
    <>
      <Text size="sm" className={classes.summary}>
        <strong>{plural(count, noun)} selected</strong>
        {notShown > 0 && <span> including {notShown} not shown</span>}
      </Text>
      <div className={classes.actions}>{children}</div>
      <Button size="xs" variant="subtle" className={classes.clear} onClick={onClear}>
        Clear selection
      </Button>
    </>
  );
}
