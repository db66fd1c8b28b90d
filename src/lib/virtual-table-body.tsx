import type { ReactNode } from 'react';

/** A virtualized table's body: the rendered rows between two spacer rows that stand in for the rest. */
export function VirtualTableBody({ before, after, children }: { before: number; after: number; children: ReactNode }) {
  return (
    <tbody>
      {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
      {children}
      {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
    </tbody>
  );
}
