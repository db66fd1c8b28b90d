/**
 * The console's location, read by wouter through <Router hook searchHook>.
 *
 * Every in-app navigation (links, redirects, navigate()) and every back/forward
 * passes through here first, so a page with unsaved changes can hold it until
 * the supervisor decides (useNavigationBlocker). Each history entry carries its
 * position (`idx`), so a held back/forward can be put back with history.go().
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
  onHeld: (proceed: () => void) => void;
}

const listeners = new Set<() => void>();
let snapshot: LocationSnapshot = readLocation();
let index = 0;
let blocker: Blocker | null = null;
/** The next popstate is our own history.go(): putting a held back/forward back, or carrying it out. */
let ownTraversal: { then: () => void } | null = null;

function entryState(): Partial<EntryState> | null {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as Partial<EntryState>) : null;
}

function readLocation(): LocationSnapshot {
  return { path: window.location.pathname, search: window.location.search, state: entryState()?.usr ?? null };
}

function publish() {
  snapshot = readLocation();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes over the current history entry; call once before the first render (and again in tests). */
export function startNavigation(): void {
  const state = entryState();
  index = typeof state?.idx === 'number' ? state.idx : 0;
  if (typeof state?.idx !== 'number') window.history.replaceState({ usr: state?.usr ?? null, idx: index }, '');
  blocker = null;
  ownTraversal = null;
  publish();
}

function onPopState() {
  const state = entryState();
  const next = typeof state?.idx === 'number' ? state.idx : index;
  if (ownTraversal) {
    const { then } = ownTraversal;
    ownTraversal = null;
    index = next;
    then();
    return;
  }
  const target = { path: window.location.pathname, state: state?.usr ?? null };
  if (blocker && next !== index && blocker.holds(target)) {
    // Put the address back where the page is, then ask; "leave" replays the same step.
    const delta = index - next;
    const held = blocker;
    ownTraversal = {
      then: () =>
        held.onHeld(() => {
          ownTraversal = { then: publish };
          window.history.go(-delta);
        }),
    };
    window.history.go(delta);
    return;
  }
  index = next;
  publish();
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
    if (!options.replace) index += 1;
    const entry: EntryState = { usr: state, idx: index };
    if (options.replace) window.history.replaceState(entry, '', url.pathname + url.search + url.hash);
    else window.history.pushState(entry, '', url.pathname + url.search + url.hash);
    publish();
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
  if (blocker?.holds(target)) blocker.onHeld(leave);
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
 * Holds navigations away from the page while `holds` says so (one page at a time
 * can hold: the form being edited). `held` is true while a navigation waits for
 * the supervisor; `leave()` carries it out, `stay()` drops it.
 */
export function useNavigationBlocker(holds: ((target: NavigationTarget) => boolean) | false) {
  const [pending, setPending] = useState<{ proceed: () => void } | null>(null);
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
      onHeld: (proceed) => setPending({ proceed }),
    };
    blocker = own;
    return () => {
      if (blocker === own) blocker = null;
    };
  }, [active]);
  const leave = useCallback(() => {
    setPending(null);
    pending?.proceed();
  }, [pending]);
  const stay = useCallback(() => setPending(null), []);
  return { held: pending !== null, leave, stay };
}
