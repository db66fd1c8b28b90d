import type { Page } from '@playwright/test';
import type { WalkNetwork } from './network';

/** Quiet long enough for React Query's first retry of a glitch (1 s, query-client.ts) to have left. */
const AFTER_GLITCH_MS = 1_400;
const QUIET_MS = 200;

/** Something on the page says it is still working: a loading button, a loader, "Working…", "Counting…". */
async function busy(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    if (!document.querySelector('main h1')) return 'the page is still loading';
    if (document.querySelector('[data-loading="true"], [data-loading]:not([data-loading="false"])')) return 'a button is loading';
    for (const status of document.querySelectorAll('[role="status"], [role="region"]')) {
      const text = status.textContent ?? '';
      if (/Loading(?! stopped)|Working…|Counting the agents/.test(text)) return text.slice(0, 80);
    }
    return null;
  });
}

/**
 * Waits until the console has finished what the step started: no DeepCall request on its way, none
 * for a moment (longer after a glitch, which a query retries), and nothing on screen still busy.
 */
export async function settle(page: Page, network: WalkNetwork, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let why = '';
  for (;;) {
    const quiet = network.sinceGlitch() < 6_000 ? AFTER_GLITCH_MS : QUIET_MS;
    if (network.inFlight() > 0) why = `${network.inFlight()} requests on their way`;
    else if (network.quietFor() < quiet) why = 'requests just ended';
    else {
      const working = await busy(page);
      if (working === null) {
        // Let React commit what the last reply started before anything is read off the screen.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
        if (network.inFlight() === 0 && (await busy(page)) === null) return;
      } else why = `still busy: ${working}`;
    }
    if (Date.now() > deadline) throw new Error(`the console did not settle within ${timeoutMs} ms (${why})`);
    await page.waitForTimeout(50);
  }
}
