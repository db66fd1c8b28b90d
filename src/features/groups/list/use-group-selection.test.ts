import { describe, expect, it } from 'vitest';
import type { Group } from '@/api/types';
import { toggleAllShown, toggleSelection } from './use-group-selection';

const rows = (...ids: string[]): Group[] => ids.map((id) => ({ id, name: `Group ${id}`, active: true }));
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('toggleSelection', () => {
  const shown = rows('a', 'b', 'c', 'd', 'e');

  it('a plain click toggles the clicked row only', () => {
    expect(sorted(toggleSelection(new Set(['a']), shown, 'a', 'c', false))).toEqual(['a', 'c']);
    expect(sorted(toggleSelection(new Set(['a', 'c']), shown, 'a', 'c', false))).toEqual(['a']);
  });

  it('shift-click selects the shown rows between the anchor and the clicked row, in either direction', () => {
    expect(sorted(toggleSelection(new Set(['b']), shown, 'b', 'd', true))).toEqual(['b', 'c', 'd']);
    expect(sorted(toggleSelection(new Set(['d']), shown, 'd', 'b', true))).toEqual(['b', 'c', 'd']);
  });

  it('shift-click on a selected row clears the range, and leaves rows outside it alone', () => {
    expect(sorted(toggleSelection(new Set(['a', 'b', 'c', 'd', 'z']), shown, 'b', 'd', true))).toEqual(['a', 'z']);
  });

  it('the range follows the rows shown now, not where the anchor was when it was clicked', () => {
    // "e" was the 8th row when clicked; a search since shows only these three.
    const narrowed = rows('c', 'd', 'e');
    expect(sorted(toggleSelection(new Set(['e']), narrowed, 'e', 'c', true))).toEqual(['c', 'd', 'e']);
  });

  it('an anchor that is not shown (filtered out, deleted) or not set makes shift-click a single toggle', () => {
    expect(sorted(toggleSelection(new Set(['x']), shown, 'x', 'c', true))).toEqual(['c', 'x']);
    expect(sorted(toggleSelection(new Set(), shown, null, 'c', true))).toEqual(['c']);
  });

  it('does not change the set it is given', () => {
    const before = new Set(['a']);
    toggleSelection(before, shown, 'a', 'e', true);
    expect(sorted(before)).toEqual(['a']);
  });
});

describe('toggleAllShown', () => {
  it('adds every shown row, or clears them once all are selected, keeping rows not shown', () => {
    const shown = rows('a', 'b');
    expect(sorted(toggleAllShown(new Set(['a', 'z']), shown))).toEqual(['a', 'b', 'z']);
    expect(sorted(toggleAllShown(new Set(['a', 'b', 'z']), shown))).toEqual(['z']);
    expect(sorted(toggleAllShown(new Set(['z']), []))).toEqual(['z']);
  });
});
