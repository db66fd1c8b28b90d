/**
 * The one axe check every accessibility spec runs (accessibility.spec.ts, agents-accessibility.spec.ts),
 * so each screen is held to the same rules.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.1 A/AA rules, colour contrast included; a violation is listed by rule and element. */
export async function expectNoViolations(page: Page, where: string, options: { hover?: Locator } = {}): Promise<void> {
  // The same screen every run, whatever the last click hovered (or the element asked for).
  if (options.hover) await options.hover.hover();
  else await page.mouse.move(0, 0);
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').at(-1)?.trim() ?? ''})`).join('; ')}`,
  );
  expect.soft(found, `accessibility violations on ${where}`).toEqual([]);
}

/** Mantine fades dialogs and drawers in: axe must see the finished screen, not half-transparent colours. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity && a.playState === 'running').length),
    )
    .toBe(0);
}
