import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The control a keyboard user was on can vanish (a removed row, the pending bar): focus goes on from
 * there. `focusNext(key)` moves it, after the next render, to the row control marked `data-remove={key}`
 * inside `section`, or to `addButton` when there is no such row (or `key` is null).
 */
export function useFocusGoesOn() {
  const section = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [next, setNext] = useState<{ key: string | null } | null>(null);
  useEffect(() => {
    if (!next) return;
    const target = next.key ? section.current?.querySelector<HTMLElement>(`[data-remove="${CSS.escape(next.key)}"]`) : null;
    (target ?? addButton.current)?.focus();
    setNext(null);
  }, [next]);
  const focusNext = useCallback((key: string | null) => setNext({ key }), []);
  return { section, addButton, focusNext };
}
