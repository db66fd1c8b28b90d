import { startTransition, useCallback, useLayoutEffect, useRef } from 'react';

/** Half a 60 Hz frame: the rest is left for the browser to lay out and paint the letter and the rows. */
export const SYNC_RENDER_BUDGET_MS = 8;
/** Renders measured before deciding; one slow render (a cold start, the full list coming back) is not a trend. */
const SAMPLES = 5;
const MIN_SAMPLES = 3;

/**
 * How a search keystroke reaches the list. Filtering 10,000 names and redrawing
 * the visible rows takes 2–5 ms here, so the list is drawn with the typed letter,
 * in the same frame. A transition always costs one frame more (Chromium paints the
 * letter before React's transition task runs: 24–27 ms instead of ~16 in
 * npm run bench). Once the typical render is over budget (a slow device, a huge
 * window), every later keystroke on this page hands the list over as a transition,
 * so typing is never held up.
 *
 * `schedule(term, update)` applies a term update and says how; the render it causes is timed
 * when that term commits.
 */
export function useSearchScheduling(term: string) {
  const deferred = useRef(false);
  const samples = useRef<number[]>([]);
  const started = useRef<{ at: number; term: string } | null>(null);
  const schedule = useCallback((next: string, update: () => void): 'now' | 'transition' => {
    if (deferred.current) {
      startTransition(update);
      return 'transition';
    }
    started.current = { at: performance.now(), term: next };
    update();
    return 'now';
  }, []);
  useLayoutEffect(() => {
    // Only the render of the scheduled term (an update to the same term renders nothing to time).
    if (started.current?.term !== term) return;
    const recent = [...samples.current, performance.now() - started.current.at].slice(-SAMPLES);
    started.current = null;
    samples.current = recent;
    if (recent.length >= MIN_SAMPLES && median(recent) > SYNC_RENDER_BUDGET_MS) deferred.current = true;
  }, [term]);
  return schedule;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}
