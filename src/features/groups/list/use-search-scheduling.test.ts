import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SYNC_RENDER_BUDGET_MS, useSearchScheduling } from './use-search-scheduling';

/** The hook in a component whose term update costs `renderMs` on the page's clock. */
function setup() {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const hook = renderHook(() => {
    const [term, setTerm] = useState('');
    return { term, schedule: useSearchScheduling(term), setTerm };
  });
  const type = (value: string, renderMs: number) => {
    let how: string | undefined;
    act(() => {
      how = hook.result.current.schedule(value, () => {
        clock += renderMs;
        hook.result.current.setTerm(value);
      });
    });
    return how;
  };
  return { hook, type };
}

describe('useSearchScheduling', () => {
  it('draws the list with the keystroke while renders are quick, and one slow render is not a trend', () => {
    const { hook, type } = setup();
    const how = ['t', 'te', 'tec', 'tech', 'tec', 'te'].map((term, i) => type(term, i === 0 ? SYNC_RENDER_BUDGET_MS * 5 : 2));
    expect(how).toEqual(['now', 'now', 'now', 'now', 'now', 'now']);
    expect(hook.result.current.term).toBe('te');
  });

  it('once the typical render is over budget, later keystrokes reach the list as a transition', () => {
    const { hook, type } = setup();
    const slow = SYNC_RENDER_BUDGET_MS + 4;
    const how = ['s', 'sa', 'sal', 'sale', 'sales'].map((term) => type(term, slow));
    // Three samples are the least it decides on.
    expect(how).toEqual(['now', 'now', 'now', 'transition', 'transition']);
    // A transition still lands: the list follows the field.
    expect(hook.result.current.term).toBe('sales');
  });
});
