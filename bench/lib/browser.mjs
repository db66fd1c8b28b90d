/** Chromium through Playwright, and the page-level steps every figure takes. */
import { existsSync } from 'node:fs';
import { installProbe } from '../page/page-probe.mjs';
import { KEY_GAP_MS, WEB } from './config.mjs';
import { onCleanup, sleep } from './lifecycle.mjs';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/** Debian's Chromium, or the one named by PLAYWRIGHT_CHROMIUM_PATH; closed at clean-up. */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  onCleanup(() => browser.close());
  return browser;
}

/**
 * `visit(page)` in a fresh context, closed afterwards; with `probe`, the page carries the timing
 * probe (page/page-probe.mjs) from before the app's first script.
 */
export async function withPage(browser, visit, { probe = false, locale } = {}) {
  // `locale`: the browser's preferred language (hi-IN opens the console in Hindi).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', ...(locale && { locale }) });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.warn('[bench] page error:', error.message));
    if (probe) await page.addInitScript(installProbe);
    return await visit(page);
  } finally {
    await context.close();
  }
}

/** The JS and CSS files the browser requests from opening /login until `reached(page)` has resolved. */
export const assetsLoaded = (browser, reached, { locale } = {}) =>
  withPage(
    browser,
    async (page) => {
      const files = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === WEB && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname.replace(/^\//, ''));
      });
      await page.goto(`${WEB}/login`);
      await reached(page);
      await page.waitForLoadState('networkidle');
      await sleep(500);
      return [...files].sort();
    },
    { locale },
  );

/** Opens the sign-in page and types the account's session ID; the caller clicks Sign in. */
export async function openSignIn(page, ssid) {
  await page.goto(`${WEB}/login`);
  await page.getByLabel('Session ID', { exact: true }).fill(ssid);
  await page.waitForLoadState('networkidle');
}

/** Waits for the probe to see the groups list's first rows painted. */
export const waitForFirstRows = (page) => page.waitForFunction(() => window.__bench.rows?.paintedAt != null, null, { timeout: 60_000 });

/** Counts /api/ requests the page makes; `settle` waits until none is in flight for `quietMs`. */
export function apiCounter(page) {
  const state = { count: 0, inFlight: 0, last: Date.now(), urls: [] };
  const isApi = (request) => new URL(request.url()).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (!isApi(request)) return;
    state.count++;
    state.inFlight++;
    state.last = Date.now();
    state.urls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  const done = (request) => {
    if (!isApi(request)) return;
    state.inFlight--;
    state.last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    reset() {
      state.count = 0;
      state.urls = [];
    },
    get count() {
      return state.count;
    },
    get urls() {
      return [...state.urls];
    },
    /** Waits until no /api/ request has been in flight for `quietMs`, counted from now at the earliest. */
    async settle(quietMs) {
      const from = Date.now();
      for (;;) {
        if (state.inFlight === 0 && Date.now() - Math.max(state.last, from) >= quietMs) return;
        await sleep(50);
      }
    },
  };
}

/**
 * CPU seconds used so far by all renderer processes (the DevTools protocol's own accounting).
 * Unlike the page's clocks it excludes time spent waiting for a CPU, so it shows the app's
 * work even when other programs load the machine. 10 ms resolution.
 */
export async function rendererCpuSeconds(cdp) {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0);
}

export const afterTwoFrames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

/**
 * Presses `keys` one at a time into the focused field, each once the probe has recorded the
 * previous one painted (in `window.__bench[records]`), then a quick typist's pause. Answers the
 * renderer CPU time per key.
 */
export async function typeTimed(page, cdp, keys, records) {
  const cpuBefore = await rendererCpuSeconds(cdp);
  for (let i = 0; i < keys.length; i++) {
    await page.keyboard.press(keys[i]);
    await page.waitForFunction(([name, n]) => window.__bench[name].length >= n, [records, i + 1], { timeout: 30_000 });
    await sleep(KEY_GAP_MS);
  }
  return (((await rendererCpuSeconds(cdp)) - cpuBefore) * 1000) / keys.length;
}

/** Keys typed one at a time: the value reached after each, in order (a Backspace takes one off). */
export function typedValues(keys) {
  let typed = '';
  return keys.map((key) => (typed = key === 'Backspace' ? typed.slice(0, -1) : typed + key));
}
