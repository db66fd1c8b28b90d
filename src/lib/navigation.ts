/**
 * The console's location, read by wouter through <Router hook searchHook>.
 *
 * Every in-app navigation (links, redirects, navigate()) and every back/forward
 * passes through here first, so a page with unsaved changes can hold it until
 * the supervisor decides (useNavigationBlocker). Each history entry carries its
 * position (`idx`), so a held back/forward can be put back (by the Navigation API's
 * entry key where the browser has it, else with history.go()).
 * The page shows `snapshot`, not `window.location`: while a held back/forward is
 * being put back, the address briefly differs and nothing on the page moves.
 */
import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

export interface NavigateOptions {
  replace?: boolean;
  /** Travels with the history entry (never in the URL). */
  state?: unknown;
  /** Leave without asking, even from unsaved changes: the supervisor has already decided (see confirmLeave). */
  force?: boolean;
}

interface EntryState {
  usr: unknown;
  idx: number;
}

export interface LocationSnapshot {
  path: string;
  /** With its leading "?", or "". */
  search: string;
  state: unknown;
}

/** Where a navigation would go; a blocker decides from this whether to hold it. */
export interface NavigationTarget {
  path: string;
  state: unknown;
}

interface Blocker {
  holds: (target: NavigationTarget) => boolean;
  /** Asks the supervisor; `leave` carries the navigation out, `stay` drops it. */
  ask: (leave: () => void, stay: () => void) => void;
}

/** A history entry: its position, and its Navigation API key where the browser has one. */
interface Entry {
  idx: number;
  key: string | undefined;
}

const listeners = new Set<() => void>();
let snapshot: LocationSnapshot = readLocation();
/** The entry the page shows. */
let page: Entry = { idx: 0, key: undefined };
/** Newest last; only the newest decides, the ones below it wait until it goes. */
const blockers: Blocker[] = [];
/** The question being asked now: an answer to an older one (or after its blocker went) does nothing. */
let question: { blocker: Blocker } | null = null;
/** A held back/forward being undone; once the address is the page's again, `blocker` is asked about `step`. */
let putBack: { blocker: Blocker; step: Entry } | null = null;
/** The next popstate carries out a held back/forward: the page follows the address. */
let leaving = false;

function entryState(): Partial<EntryState> | null {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as Partial<EntryState>) : null;
}

function readLocation(): LocationSnapshot {
  return { path: window.location.pathname, search: window.location.search, state: entryState()?.usr ?? null };
}

function currentKey(): string | undefined {
  return typeof navigation === 'undefined' ? undefined : navigation.currentEntry?.key;
}

function publish(idx = page.idx) {
  page = { idx, key: currentKey() };
  snapshot = readLocation();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const ignore = () => {};

/**
 * Goes to `to` from entry `from`. By key where the Navigation API exists: it is absolute, so a
 * back pressed again meanwhile cannot make it overshoot (Chromium also drops a history.go()
 * made while the supervisor's next back is on its way).
 */
function traverse(to: Entry, from: number): void {
  if (to.key === undefined) return window.history.go(to.idx - from);
  const { committed, finished } = navigation.traverseTo(to.key);
  // Superseded by a later traversal: nothing to report.
  committed?.catch(ignore);
  finished?.catch(ignore);
}

function ask(blocker: Blocker, leave: () => void): void {
  const asked = { blocker };
  question = asked;
  blocker.ask(
    () => {
      if (question !== asked) return;
      question = null;
      leave();
    },
    () => {
      if (question === asked) question = null;
    },
  );
}

/** Takes over the current history entry; call once before the first render (and again in tests). */
export function startNavigation(): void {
  const state = entryState();
  const idx = typeof state?.idx === 'number' ? state.idx : 0;
  if (typeof state?.idx !== 'number') window.history.replaceState({ usr: state?.usr ?? null, idx }, '');
  blockers.length = 0;
  question = null;
  putBack = null;
  leaving = false;
  publish(idx);
}

function onPopState() {
  const state = entryState();
  const next = typeof state?.idx === 'number' ? state.idx : page.idx;
  if (leaving) {
    leaving = false;
    publish(next);
    return;
  }
  if (putBack && next === page.idx) {
    const { blocker, step } = putBack;
    putBack = null;
    // The page may have stopped holding (its form saved, or it is gone) while the address came back.
    if (blockers.includes(blocker))
      ask(blocker, () => {
        leaving = true;
        traverse(step, page.idx);
      });
    return;
  }
  const blocker = blockers.at(-1);
  if (blocker && next !== page.idx && blocker.holds({ path: window.location.pathname, state: state?.usr ?? null })) {
    // Put the address back where the page is, then ask; "leave" replays the step. A second back
    // before the address is back replaces the step: the supervisor is asked once, about the last.
    putBack = { blocker, step: { idx: next, key: currentKey() } };
    traverse(page, next);
    return;
  }
  putBack = null;
  publish(next);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', onPopState);
  startNavigation();
}

/** Goes to `to` (a path with optional ?query) inside the console, unless a page with unsaved changes holds it. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  const state = options.state ?? null;
  const go = () => {
    const entry: EntryState = { usr: state, idx: options.replace ? page.idx : page.idx + 1 };
    if (options.replace) window.history.replaceState(entry, '', url.pathname + url.search + url.hash);
    else window.history.pushState(entry, '', url.pathname + url.search + url.hash);
    publish(entry.idx);
  };
  if (options.force) go();
  else confirmLeave({ path: url.pathname, state }, go);
}

/**
 * Runs `leave` now, or once the supervisor agrees to leave a page with unsaved
 * changes. For ways out that are more than a navigation (Sign out clears the
 * session first); `leave` should then navigate with `force`.
 */
export function confirmLeave(target: NavigationTarget, leave: () => void): void {
  const blocker = blockers.at(-1);
  if (blocker?.holds(target)) ask(blocker, leave);
  else leave();
}

/** The path the page shows now (during a held back/forward, not yet the address bar's). */
export function navigationPath(): string {
  return snapshot.path;
}

/** For wouter's <Router hook>: the current path and how to navigate. */
export function useNavigationPath(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, () => snapshot.path), navigate];
}

/** For wouter's <Router searchHook>. */
export function useNavigationSearch(): string {
  return useSyncExternalStore(subscribe, () => snapshot.search);
}

/** The whole current entry: a new object on every navigation, even to the same address. */
export function useLocationSnapshot(): LocationSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/**
 * Holds navigations away from the page while `holds` says so. Blockers stack: the newest
 * active one decides (a dialog's form over a page's form), and when it goes the one below it
 * holds again. `held` is true while a navigation waits for the supervisor; `leave()` carries
 * it out, `stay()` drops it. Once the blocker goes, an answer still on screen does nothing.
 */
export function useNavigationBlocker(holds: ((target: NavigationTarget) => boolean) | false) {
  const [pending, setPending] = useState<{ leave: () => void; stay: () => void } | null>(null);
  const latest = useRef(holds);
  // Layout effects: the blocker must be gone before a redirect rendered in the same commit
  // navigates (wouter's <Redirect> navigates in a layout effect).
  useLayoutEffect(() => {
    latest.current = holds;
  });
  const active = holds !== false;
  useLayoutEffect(() => {
    if (!active) return;
    const own: Blocker = {
      holds: (target) => latest.current !== false && latest.current(target),
      ask: (leave, stay) => setPending({ leave, stay }),
    };
    blockers.push(own);
    return () => {
      const at = blockers.indexOf(own);
      if (at !== -1) blockers.splice(at, 1);
      if (question?.blocker === own) question = null;
      setPending(null);
    };
  }, [active]);
  const leave = useCallback(() => {
    setPending(null);
    pending?.leave();
  }, [pending]);
  const stay = useCallback(() => {
    setPending(null);
    pending?.stay();
  }, [pending]);
  return { held: pending !== null, leave, stay };
}
