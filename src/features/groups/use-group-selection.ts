import { useCallback, useMemo, useRef, useState } from 'react';
import type { Group } from '@/api/schemas';
import type { Selection } from './group-table';

/**
 * The groups ticked for a bulk action, kept by id so a search or a refresh does not change
 * what is selected. `shown` are the rows the table shows, in its order.
 */
export function useGroupSelection(groups: Group[] | undefined, shown: Group[]) {
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<number | null>(null);
  const selection = useMemo<Selection>(
    () => ({
      ids: selectedIds,
      toggle: (index, range) => {
        const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index;
        const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index;
        const target = !selectedIds.has(shown[index].id);
        const next = new Set(selectedIds);
        for (let i = from; i <= to; i++) {
          if (target) next.add(shown[i].id);
          else next.delete(shown[i].id);
        }
        anchor.current = index;
        setSelectedIds(next);
      },
      toggleAll: () => {
        const allShown = shown.length > 0 && shown.every((g) => selectedIds.has(g.id));
        const next = new Set(selectedIds);
        for (const g of shown) {
          if (allShown) next.delete(g.id);
          else next.add(g.id);
        }
        setSelectedIds(next);
      },
    }),
    [selectedIds, shown],
  );
  // Selected groups that still exist, in list order.
  const selected = useMemo(() => (groups ?? []).filter((g) => selectedIds.has(g.id)), [groups, selectedIds]);
  const keepOnly = useCallback((ids: string[]) => setSelectedIds(new Set(ids)), []);
  const clear = useCallback(() => setSelectedIds(new Set()), []);
  return { selection, selected, keepOnly, clear };
}
