import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate, navigationPath, useLocationSnapshot } from '@/lib/navigation';
import { useSearchScheduling } from './use-search-scheduling';

/**
 * How long typing must pause before ?q= is written: a URL write costs Chromium several ms
 * (it fetches the favicon again), and a navigation re-renders the whole signed-in frame.
 */
export const ADDRESS_DELAY_MS = 300;

/**
 * The state the list's own address writes (?q=, ?status=, ?sort=) carry, so the page can tell the
 * entry it has just written from a link, or from back/forward to an entry written earlier.
 */
interface OwnWrite {
  listWrite?: number;
}

export interface SearchTermInAddress {
  /** The term the list is filtered by (with the keystroke, or in a transition on a slow device). */
  term: string;
  /**
   * What the uncontrolled search field is set to from outside (a link to ?q=, Clear search):
   * a new object each time, so setting the same text twice still counts. Typing never changes it.
   */
  field: { term: string };
  /** A keystroke in the field. */
  type: (value: string) => void;
  /** A term set from outside the field (Clear search): the field shows it too. */
  set: (value: string) => void;
  /** Writes a term still waiting for a pause now (the field lost focus). */
  flush: () => void;
  /** The address's query string, with its leading "?" (or ""): where the list's other settings live. */
  search: string;
  /**
   * Sets or (with null) removes other settings in the address, e.g. `{ sort: '-name' }`, replacing the
   * entry like ?q= does; a term still waiting to be written goes with them, so no letter is lost.
   */
  setParams: (changes: Record<string, string | null>) => void;
}

/**
 * The list's search term, kept in the address as ?q= so a link or a reload shows the same
 * search. Typing is not history: the term replaces the entry's ?q= once typing pauses, the field
 * loses focus, or the document is left (reload, closing the tab) while the address is still the list's.
 * A link to ?q= while the page is open wins over a term not yet written, and leaving the list in the
 * app drops such a term: by then the address is the next page's, and it must not land there.
 */
export function useSearchTermInAddress(): SearchTermInAddress {
  const location = useLocationSnapshot();
  const addressTerm = new URLSearchParams(location.search).get('q') ?? '';
  const [term, setTerm] = useState(addressTerm);
  const [field, setField] = useState({ term: addressTerm });
  const scheduleSearch = useSearchScheduling(term);

  // ?q= waiting to be written, on the page it was typed on, and the timer that will write it.
  const pending = useRef<{ term: string; path: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const drop = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
  }, []);

  // A link to /groups?q=… (or back/forward to such an entry) while the page is open: follow it. The write
  // just made carries its number and is ignored, so a write that lands after the next keystroke never
  // overwrites what is being typed.
  const lastWrite = useRef<number | null>(null);
  const writes = useRef(0);
  useEffect(() => {
    if (lastWrite.current !== null && (location.state as OwnWrite | null)?.listWrite === lastWrite.current) return;
    lastWrite.current = null;
    drop();
    setTerm(addressTerm);
    setField({ term: addressTerm });
  }, [location, addressTerm, drop]);

  const setParams = useCallback(
    (changes: Record<string, string | null>) => {
      const typed = pending.current;
      drop();
      const url = new URL(window.location.href);
      // The address is another page's: while that page's code loads, Suspense keeps this one mounted
      // (hidden, its timer running), so the unmount below can come too late.
      if (url.pathname !== (typed?.path ?? navigationPath())) return;
      const all = typed === null ? changes : { q: typed.term || null, ...changes };
      for (const [name, value] of Object.entries(all)) {
        if (value === null) url.searchParams.delete(name);
        else url.searchParams.set(name, value);
      }
      writes.current += 1;
      lastWrite.current = writes.current;
      // replace: back leaves the list rather than undoing letters or clicks on its headers.
      navigate(url.pathname + url.search, { replace: true, state: { listWrite: writes.current } satisfies OwnWrite });
    },
    [drop],
  );
  const flush = useCallback(() => {
    if (pending.current !== null) setParams({});
  }, [setParams]);

  useEffect(() => {
    // Leaving the document keeps the address the list's: write the term there, so a reload shows it.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      // Leaving the list in the app (a link, Sign out): the address is already another page's.
      drop();
    };
  }, [flush, drop]);

  const type = useCallback(
    (value: string) => {
      scheduleSearch(value, () => setTerm(value));
      pending.current = { term: value, path: navigationPath() };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, ADDRESS_DELAY_MS);
    },
    [flush, scheduleSearch],
  );
  const set = useCallback(
    (value: string) => {
      setField({ term: value });
      type(value);
    },
    [type],
  );

  return { term, field, type, set, flush, search: location.search, setParams };
}
