/**
 * Runs inside the page before the app (page.addInitScript). Everything is timed with the page's
 * own clock (performance.now / event.timeStamp, same origin), never with wall time around
 * Playwright calls. The results are read back from `window.__bench`.
 *
 * - lists: each full `list` call (no quick/groupId/name): when it started and when its body
 *   reached the app (response.text() resolved). The bench also reads the request's
 *   PerformanceResourceTiming.responseEnd.
 * - rows: when the first data row (<tbody><tr aria-rowindex>) entered the DOM and the paint
 *   after it (requestAnimationFrame, then setTimeout 0: runs once that frame is painted).
 * - keys: for each keydown in "Search groups" (capture phase), from the event's timeStamp to the
 *   paint of the first frame whose DOM shows the filtered rows for the field's new value,
 *   checked against `expect` (what the server returns for that term). Checking happens
 *   in requestAnimationFrame callbacks, so it costs no layout and sees what that frame paints.
 *
 * Must stay self-contained: Playwright sends its source text to the page.
 */
export function installProbe() {
  const bench = {
    lists: [],
    rows: null,
    keys: [],
    /** normalized term -> { count, names: first names in list order } */
    expect: null,
  };
  window.__bench = bench;

  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));

  const originalFetch = window.fetch;
  window.fetch = function benchFetch(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let payload = null;
    try {
      payload = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
    } catch {
      payload = null;
    }
    const fullList =
      /\/Group\/list$/.test(url) && payload !== null && !('quick' in payload) && !('groupId' in payload) && !('name' in payload);
    const started = performance.now();
    // eslint-disable-next-line prefer-rest-params
    const pending = originalFetch.apply(this, arguments);
    if (!fullList) return pending;
    return pending.then((response) => {
      const headersAt = performance.now();
      const text = response.text.bind(response);
      response.text = () =>
        text().then((body) => {
          bench.lists.push({ url, started, headersAt, bodyAt: performance.now(), chars: body.length });
          return body;
        });
      return response;
    });
  };

  const rowsObserver = new MutationObserver(() => {
    if (bench.rows || !document.querySelector('tbody tr[aria-rowindex]')) return;
    rowsObserver.disconnect();
    const rows = { domAt: performance.now(), paintedAt: null };
    bench.rows = rows;
    afterPaint(() => {
      rows.paintedAt = performance.now();
    });
  });
  rowsObserver.observe(document, { childList: true, subtree: true });

  /** Does the DOM show exactly the rows expected for this term (those rendered, and the total)? */
  function showsResult(expected) {
    const table = document.querySelector('table[aria-rowcount]');
    if (expected.count === 0) return !table && (document.querySelector('main')?.textContent ?? '').includes('No groups match');
    if (!table || Number(table.getAttribute('aria-rowcount')) !== expected.count + 1) return false;
    const rows = table.querySelectorAll('tbody tr[aria-rowindex]');
    if (rows.length === 0) return false;
    for (const row of rows) {
      const index = Number(row.getAttribute('aria-rowindex')) - 2;
      if (index >= expected.names.length) return false;
      if (row.querySelector('a')?.textContent !== expected.names[index]) return false;
    }
    return true;
  }

  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target;
      if (!bench.expect || !(input instanceof HTMLInputElement) || input.getAttribute('aria-label') !== 'Search groups') return;
      const handlerAt = performance.now();
      // The event's own time includes any wait in the input queue; fall back if it looks off.
      const start = event.timeStamp > 0 && event.timeStamp <= handlerAt && handlerAt - event.timeStamp < 1000 ? event.timeStamp : handlerAt;
      const record = { key: event.key, start, handlerAt, frames: 0, value: null, paintedAt: null, timedOut: false };
      const check = () => {
        record.frames++;
        const expected = bench.expect[input.value.trim().toLowerCase()];
        if (expected && showsResult(expected)) {
          record.value = input.value;
          setTimeout(() => {
            record.paintedAt = performance.now();
            bench.keys.push(record);
          }, 0);
        } else if (record.frames >= 300) {
          record.value = input.value;
          record.timedOut = true;
          bench.keys.push(record);
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    },
    true,
  );
}
