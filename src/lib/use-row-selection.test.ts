import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toggleAllShown, toggleSelection, useRowSelection } from './use-row-selection';

interface Row {
  id: string;
  name: string;
}
const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id, name: `Row ${id}` }));
const idOf = (row: Row) => row.id;
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('toggleSelection', () => {
  const shown = rows('a', 'b', 'c', 'd', 'e');

  it('a plain click toggles the clicked row only', () => {
    expect(sorted(toggleSelection(new Set(['a']), shown, idOf, 'a', 'c', false))).toEqual(['a', 'c']);
    expect(sorted(toggleSelection(new Set(['a', 'c']), shown, idOf, 'a', 'c', false))).toEqual(['a']);
  });

  it('shift-click selects the shown rows between the anchor and the clicked row, in either direction', () => {
    expect(sorted(toggleSelection(new Set(['b']), shown, idOf, 'b', 'd', true))).toEqual(['b', 'c', 'd']);
    expect(sorted(toggleSelection(new Set(['d']), shown, idOf, 'd', 'b', true))).toEqual(['b', 'c', 'd']);
  });

  it('shift-click on a selected row clears the range, and leaves rows outside it alone', () => {
    expect(sorted(toggleSelection(new Set(['a', 'b', 'c', 'd', 'z']), shown, idOf, 'b', 'd', true))).toEqual(['a', 'z']);
  });

  it('the range follows the rows shown now, not where the anchor was when it was clicked', () => {
    // "e" was the 8th row when clicked; a search since shows only these three.
    const narrowed = rows('c', 'd', 'e');
    expect(sorted(toggleSelection(new Set(['e']), narrowed, idOf, 'e', 'c', true))).toEqual(['c', 'd', 'e']);
  });

  it('an anchor that is not shown (filtered out, deleted) or not set makes shift-click a single toggle', () => {
    expect(sorted(toggleSelection(new Set(['x']), shown, idOf, 'x', 'c', true))).toEqual(['c', 'x']);
    expect(sorted(toggleSelection(new Set(), shown, idOf, null, 'c', true))).toEqual(['c']);
  });

  it('does not change the set it is given', () => {
    const before = new Set(['a']);
    toggleSelection(before, shown, idOf, 'a', 'e', true);
    expect(sorted(before)).toEqual(['a']);
  });
});

describe('toggleAllShown', () => {
  it('adds every shown row, or clears them once all are selected, keeping rows not shown', () => {
    const shown = rows('a', 'b');
    expect(sorted(toggleAllShown(new Set(['a', 'z']), shown, idOf))).toEqual(['a', 'b', 'z']);
    expect(sorted(toggleAllShown(new Set(['a', 'b', 'z']), shown, idOf))).toEqual(['z']);
    expect(sorted(toggleAllShown(new Set(['z']), [], idOf))).toEqual(['z']);
  });
});

describe('useRowSelection', () => {
  it('keeps the selection by id, lists the selected rows that exist in their order, and counts those not shown', () => {
    const all = rows('a', 'b', 'c', 'd');
    const { result, rerender } = renderHook(({ shown }) => useRowSelection(all, shown, idOf), { initialProps: { shown: all } });
    act(() => result.current.selection.toggle('b', false));
    act(() => result.current.selection.toggle('d', true));
    expect(result.current.selected.map(idOf)).toEqual(['b', 'c', 'd']);
    expect(result.current.notShown).toBe(0);

    // A search now shows only "a" and "c": "b" and "d" stay selected, and the bar can say they are hidden.
    rerender({ shown: rows('a', 'c') });
    expect(sorted(result.current.selection.ids)).toEqual(['b', 'c', 'd']);
    expect(result.current.notShown).toBe(2);
    act(() => result.current.selection.toggleAll());
    expect(result.current.selected.map(idOf)).toEqual(['a', 'b', 'c', 'd']);

    act(() => result.current.keepOnly(['c', 'gone']));
    expect(result.current.selected.map(idOf)).toEqual(['c']);
    act(() => result.current.clear());
    expect(result.current.selected).toEqual([]);
    expect(result.current.notShown).toBe(0);
  });
});
