/**
 * The Agents view's and the import page's timing probe (issue 19): runs inside the page before the
 * app (page.addInitScript), timed with the page's own clock, read back from `window.__agents`.
 *
 * - view: armed by `watchView(expected)`: the next click's timeStamp (the header link), when the
 *   Agents table (the one with "Select all agents shown") first has data rows in the DOM, the first
 *   of them the roster's first agent, and the paint after it (MutationObserver, then
 *   requestAnimationFrame + setTimeout 0). The bench reads the Agent/list and Group/list requests'
 *   PerformanceResourceTiming.responseEnd.
 * - keys: for each keydown in the view's "Search agents" (capture phase), from the event's
 *   timeStamp to the paint of the first frame whose table matches `expect[term]` (a fresh
 *   case-insensitive filter of the roster by name or email, in roster order): aria-rowcount is
 *   the count + 1, and every rendered row's link is the agent at its position (at least
 *   `minShown` rows, or all of them); no match: no table and "No agents match". Checked in
 *   requestAnimationFrame callbacks: no extra layout, and it sees what that frame paints.
 * - preview: armed by `watchPreview(expected)`: from the next `change` of a file input (its
 *   timeStamp) to the paint after the preview shows its summary ("20000 rows, …") and its first
 *   row (row 2 of the file, its group's name) in "Rows of the file". Also when "Reading the
 *   file…" and the summary alone first showed, for the breakdown.
 *
 * `first`: the roster's first agent's name, for a fresh load of /agents, watched from the start.
 * Must stay self-contained: Playwright sends its source text to the page.
 */
export function installAgentsProbe({ first }) {
  const probe = { view: null, keys: [], expect: null, minShown: 5, preview: null };
  window.__agents = probe;

  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  /** The event's own time includes any wait in the input queue; fall back to the handler's when it looks off. */
  const startOf = (event) => {
    const now = performance.now();
    return event.timeStamp > 0 && event.timeStamp <= now && now - event.timeStamp < 1000 ? event.timeStamp : now;
  };
  const agentsTable = () => document.querySelector('input[aria-label="Select all agents shown"]')?.closest('table') ?? null;

  /** Calls `done(at)` once `shown()` holds after a DOM change, then `painted(at)` after the next paint. */
  function whenShown(shown, done, painted) {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      done(performance.now());
      afterPaint(() => painted(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    return observer;
  }

  probe.watchView = (expected) => {
    const record = { armedAt: performance.now(), clickAt: null, domAt: null, paintedAt: null, rows: 0 };
    probe.view = record;
    document.addEventListener('click', (event) => (record.clickAt = startOf(event)), { capture: true, once: true });
    whenShown(
      () => {
        const rows = agentsTable()?.querySelectorAll('tbody tr[aria-rowindex]') ?? [];
        record.rows = rows.length;
        return rows.length > 0 && rows[0].querySelector('a')?.textContent === expected.first;
      },
      (at) => (record.domAt = at),
      (at) => (record.paintedAt = at),
    );
  };

  /** Does the view show exactly the agents expected for this term (those rendered, and the count)? */
  function viewShows(expected) {
    const table = agentsTable();
    if (expected.count === 0) return !table && (document.querySelector('main')?.textContent ?? '').includes('No agents match');
    if (!table || Number(table.getAttribute('aria-rowcount')) !== expected.count + 1) return false;
    const rows = table.querySelectorAll('tbody tr[aria-rowindex]');
    if (rows.length < Math.min(expected.count, probe.minShown)) return false;
    for (const row of rows) {
      const index = Number(row.getAttribute('aria-rowindex')) - 2;
      if (index >= expected.names.length || row.querySelector('a')?.textContent !== expected.names[index]) return false;
    }
    return true;
  }

  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target;
      if (!probe.expect || !(input instanceof HTMLInputElement) || input.getAttribute('aria-label') !== 'Search agents') return;
      if (input.closest('[role="dialog"]')) return;
      const start = startOf(event);
      const record = { key: event.key, start, handlerAt: performance.now(), frames: 0, value: null, paintedAt: null, timedOut: false };
      const check = () => {
        record.frames++;
        record.value = input.value;
        const expected = probe.expect[input.value.trim().toLowerCase()];
        if (expected && viewShows(expected)) {
          setTimeout(() => {
            record.paintedAt = performance.now();
            probe.keys.push(record);
          }, 0);
        } else if (record.frames >= 300) {
          record.timedOut = true;
          probe.keys.push(record);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    true,
  );

  const statusTexts = () => [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent ?? '');

  probe.watchPreview = (expected) => {
    const record = { start: null, handlerAt: null, readingAt: null, summaryAt: null, domAt: null, paintedAt: null };
    probe.preview = record;
    const onChange = (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return;
      document.removeEventListener('change', onChange, true);
      record.start = startOf(event);
      record.handlerAt = performance.now();
      whenShown(
        () => {
          const texts = statusTexts();
          if (record.readingAt === null && texts.includes('Reading the file…')) record.readingAt = performance.now();
          // "20000 rows" or "20,000 rows": the count is checked, not how it is grouped.
          if (!texts.some((t) => t.replace(/(\d)[,.\u00a0\u202f](?=\d{3}\b)/g, '$1').startsWith(expected.summary))) return false;
          record.summaryAt ??= performance.now();
          const cells = document.querySelectorAll('table[aria-label="Rows of the file"] tbody tr[aria-rowindex="2"] td');
          return cells.length > 1 && cells[0].textContent === '2' && cells[1].textContent === expected.firstGroup;
        },
        (at) => (record.domAt = at),
        (at) => (record.paintedAt = at),
      );
    };
    document.addEventListener('change', onChange, true);
  };

  // A fresh load of the view itself: watched from the start (armedAt ≈ 0, no click).
  if (location.pathname === '/agents') probe.watchView({ first });
}
