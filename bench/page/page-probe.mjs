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
 * - members: armed by `watchMembers(n)` (nothing is observed before): when the group page's
 *   members table ("Agents in this group") first has its n rows in the DOM, and the paint after
 *   it. The bench reads the getGroupAgentRelation request's responseEnd.
 * - pickerKeys: like `keys`, for each keydown in the "Add agents" dialog's "Search agents", to
 *   the paint of the first frame whose shown agents match `pickerExpect` (a fresh
 *   case-insensitive filter of the roster without the group's members): the live count
 *   "N of M agents match" (counts grouped as in English: 4,500), and the first rendered checkboxes are `Add <name>` of the first
 *   matching agents in roster order (at least as many as fill the scroller, or all of them).
 * - clicks: armed by `watchClick(expected)` for the next click only (a sort header or a Status
 *   radio): from the click's timeStamp to the paint of the first frame whose rows match
 *   `expected` (the same check as for keys, plus the sorted column's aria-sort).
 * - audit: armed by `watchAudit(expected)` for the next click (the header's Audit log link): to
 *   the paint of the first frame with the log's first row on screen showing the newest entry
 *   (`expected.texts`); then `audit.complete`: the first frame that says all `expected.total`
 *   entries are read.
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
    members: null,
    pickerKeys: [],
    /** normalized term -> { count, total, names: first matching agents' names in roster order } */
    pickerExpect: null,
    /** Rendered checkboxes the picker must show at least (or every match when fewer). */
    pickerMinShown: 7,
    clicks: [],
    audit: null,
  };
  window.__bench = bench;

  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));

  /** A record timed from the input event: its own time includes any wait in the input queue; fall back if it looks off. */
  function inputRecord(event, key) {
    const handlerAt = performance.now();
    const start = event.timeStamp > 0 && event.timeStamp <= handlerAt && handlerAt - event.timeStamp < 1000 ? event.timeStamp : handlerAt;
    return { key, start, handlerAt, frames: 0, value: null, paintedAt: null, timedOut: false };
  }

  /**
   * Checks `shown()` in each animation frame (no extra layout: it sees what that frame paints);
   * once true, `record.paintedAt` is the paint after it. Gives up after `maxFrames`.
   */
  function untilShown(record, shown, done, maxFrames = 300) {
    const check = () => {
      record.frames++;
      if (shown()) {
        setTimeout(() => {
          record.paintedAt = performance.now();
          done(record);
        }, 0);
      } else if (record.frames >= maxFrames) {
        record.timedOut = true;
        done(record);
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }

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

  bench.watchMembers = (expected) => {
    const record = { expected, armedAt: performance.now(), domAt: null, paintedAt: null, rows: 0 };
    bench.members = record;
    const rows = () => document.querySelectorAll('table[aria-label="Agents in this group"] tbody tr').length;
    const observer = new MutationObserver(() => {
      const n = rows();
      if (n < expected) return;
      observer.disconnect();
      record.domAt = performance.now();
      record.rows = n;
      afterPaint(() => {
        record.paintedAt = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  };

  /** Does the picker show the agents expected for this term (the count, and its first rows)? */
  function pickerShows(term, expected) {
    // Counts as the English page groups them ("4,500").
    const n = (count) => count.toLocaleString('en');
    const text = term ? `${n(expected.count)} of ${n(expected.total)} agents match` : `${n(expected.total)} agents not in this group`;
    let said = false;
    for (const live of document.querySelectorAll('[role="dialog"] [aria-live]')) {
      if (live.textContent === text) said = true;
    }
    if (!said) return false;
    const scroller = document.querySelector('[role="group"][aria-label="Agents not in this group"]');
    if (expected.count === 0) return !scroller;
    if (!scroller) return false;
    const boxes = scroller.querySelectorAll('input[type="checkbox"]');
    if (boxes.length < Math.min(expected.count, bench.pickerMinShown) || boxes.length > expected.names.length) return false;
    let i = 0;
    for (const box of boxes) {
      if (box.getAttribute('aria-label') !== `Add ${expected.names[i]}`) return false;
      i++;
    }
    return true;
  }

  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target;
      if (!bench.pickerExpect || !(input instanceof HTMLInputElement) || !input.closest('[role="dialog"]')) return;
      if (!(input.labels?.[0]?.textContent ?? '').startsWith('Search agents')) return;
      const record = inputRecord(event, event.key);
      untilShown(
        record,
        () => {
          const term = input.value.trim().toLowerCase();
          const expected = bench.pickerExpect[term];
          record.value = input.value;
          return Boolean(expected) && pickerShows(term, expected);
        },
        (r) => bench.pickerKeys.push(r),
      );
    },
    true,
  );

  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target;
      if (!bench.expect || !(input instanceof HTMLInputElement) || input.getAttribute('aria-label') !== 'Search groups') return;
      const record = inputRecord(event, event.key);
      untilShown(
        record,
        () => {
          const expected = bench.expect[input.value.trim().toLowerCase()];
          record.value = input.value;
          return Boolean(expected) && showsResult(expected);
        },
        (r) => bench.keys.push(r),
      );
    },
    true,
  );

  /** The sorted column's header says so (`expected.sorted`: its label and aria-sort value). */
  function showsSorted(expected) {
    const th = document.querySelector('table[aria-rowcount] th[aria-sort]');
    return th?.getAttribute('aria-sort') === expected.sorted.order && (th.textContent ?? '').startsWith(expected.sorted.label);
  }

  let clickExpect = null;
  bench.watchClick = (expected) => {
    clickExpect = expected;
  };

  /** The log's first row is on screen and shows the newest entry. */
  function auditShows(expected) {
    const row = document.querySelector('table[aria-label="Audit log entries"] tbody tr[aria-rowindex="2"]');
    if (!row || !expected.texts.every((text) => (row.textContent ?? '').includes(text))) return false;
    const box = row.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  }

  let auditExpect = null;
  bench.watchAudit = (expected) => {
    bench.audit = null;
    auditExpect = expected;
  };

  document.addEventListener(
    'click',
    (event) => {
      if (clickExpect) {
        const expected = clickExpect;
        clickExpect = null;
        const record = inputRecord(event, (event.target instanceof Element && event.target.closest('button, label')?.textContent) || '');
        untilShown(
          record,
          () => showsResult(expected) && (!expected.sorted || showsSorted(expected)),
          (r) => bench.clicks.push(r),
        );
      }
      if (auditExpect) {
        const expected = auditExpect;
        auditExpect = null;
        const record = inputRecord(event, 'Audit log');
        record.complete = null;
        const all = `${new Intl.NumberFormat().format(expected.total)} entries`;
        untilShown(
          record,
          () => auditShows(expected),
          (r) => {
            bench.audit = r;
            if (r.timedOut) return;
            // Then the rest of the log: the first frame that says every entry is read.
            untilShown(
              { frames: 0, paintedAt: null, timedOut: false },
              () => [...document.querySelectorAll('main [aria-live]')].some((live) => live.textContent === all),
              (done) => {
                r.complete = done;
              },
              600,
            );
          },
        );
      }
    },
    true,
  );
}
