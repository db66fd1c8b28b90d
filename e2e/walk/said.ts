import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __walkSaid?: string[];
  }
}

/**
 * Records what the console says in alerts and notifications as they appear, even those that close by
 * themselves before a check: the walk excuses a stale screen only when the console said so.
 */
export async function recordWhatTheConsoleSays(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    window.__walkSaid = said;
    const seen = new WeakSet<Element>();
    const collect = () => {
      for (const element of document.querySelectorAll('[role="alert"]')) {
        if (seen.has(element)) continue;
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!text) continue;
        seen.add(element);
        said.push(text.slice(0, 300));
      }
    };
    new MutationObserver(collect).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** What the console said since the last call. */
export async function takeWhatWasSaid(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__walkSaid?.splice(0) ?? []).catch(() => []);
}

/** What the console said since the last take, left for the step's check (a step judging its own outcome). */
export async function peekWhatWasSaid(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__walkSaid ?? [])]).catch(() => []);
}
