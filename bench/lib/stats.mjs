/** Summaries of timed samples, and how the table writes them. */

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

export const ms = (v) => `${v.toFixed(1)} ms`;

export const range = (s, f) => `${f(s.min)}–${f(s.max)}`;

/** Bytes as kB (1 kB = 1000 bytes, as the README's sizes). */
export const kB = (bytes) => bytes / 1000;

/**
 * Timed events (keystrokes, clicks) as the bench keeps them: from the input's timestamp to the
 * paint that showed its result, or `null` when the expected result never showed.
 */
export const timedEvent = (e) => ({ ms: e.timedOut ? null : e.paintedAt - e.start, queuedMs: e.handlerAt - e.start, frames: e.frames });

/** The times of the timed events that showed their result. */
export const timesOf = (events) => events.filter((e) => e.ms !== null).map((e) => e.ms);

/** The figures of timed events: all their times, those that showed their result, and their stat. */
export function timedFigures(events) {
  const ok = timesOf(events);
  return { all: events.map((e) => e.ms), ok, stat: stat(ok) };
}

/**
 * A table row for the median time of timed events, passing only when every event showed its
 * result: "<figure> (<before><ok> of <all> <unit>; <after>p90 …)".
 */
export function timedRow(id, figure, { all, ok, stat: s }, goalMs, { unit, before = '', after = '' }) {
  return {
    id,
    figure: `${figure} (${before}${ok.length} of ${all.length} ${unit}; ${after}p90 ${ms(percentile(ok, 90))})`,
    goal: `≤ ${goalMs} ms`,
    median: ms(s.median),
    range: range(s, ms),
    pass: ok.length === all.length && s.median <= goalMs,
  };
}

/** A table row for a size ratio of the one build; without a goal it is only reported. */
export const ratioRow = (id, figure, ratio, goal) => ({
  id,
  figure,
  goal: goal === undefined ? 'reported' : `≤ ${goal.toFixed(1)}`,
  median: ratio.toFixed(2),
  range: '(one build)',
  pass: goal === undefined || ratio <= goal,
});
