import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A table virtualized against the window scroll: the rows to render, and the heights of the spacer
 * rows before and after them (a <table> cannot hold absolutely positioned rows). The table's own
 * offset on the page is the scroll margin, read once it is laid out.
 */
export function useWindowTableRows(options: {
  count: number;
  estimateSize: () => number;
  overscan: number;
  getItemKey?: (index: number) => string | number;
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(tableRef.current ? tableRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({ ...options, scrollMargin });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  return { tableRef, items, before, after, measureElement: virtualizer.measureElement };
}
