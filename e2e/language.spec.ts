/**
 * The console in Hindi, as deployed (issue 20): a browser that prefers Hindi opens in it, the choice made
 * in the header outlives a reload, and the translated screens pass axe and fit 375 px in Hindi. The Hindi
 * catalogs are files of their own, fetched under the build's Content-Security-Policy.
 */
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, groupRow, test, type Account } from './fixtures';

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function signInInHindi(page: Page, account: Account, apiServer: string): Promise<void> {
  await page.getByRole('tab', { name: 'सत्र ID' }).click();
  await page.getByLabel('सत्र ID', { exact: true }).fill(account.ssid);
  await page.getByLabel('API सर्वर').fill(apiServer);
  await page.getByRole('button', { name: 'साइन इन करें' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole('button', { name: 'साइन आउट' })).toBeVisible();
}

test.describe('a browser that prefers Hindi', () => {
  test.use({ locale: 'hi-IN' });

  test('opens the sign-in page in Hindi, which passes axe in both schemes and fits 375 px', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/login');
      await expect(page.getByRole('button', { name: 'साइन इन करें' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      await expect(page.getByRole('combobox', { name: 'भाषा' })).toHaveValue('hi');
      await expectNoViolations(page, `/login in Hindi (${scheme})`);
    }
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });

  test('signed in, the header is in Hindi at 375 and 1280 px; a choice of English outlives a reload, and back', async ({ page, account, apiServer }) => {
    await page.goto('/login');
    await signInInHindi(page, account, apiServer);
    await expect(groupRow(page, 'Billing')).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'ऑडिट लॉग' })).toBeVisible();
    await expectNoViolations(page, '/groups with the Hindi header');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await sidewaysScroll(page), `${width} px`).toBeLessThanOrEqual(0);
    }

    await header.getByRole('combobox', { name: 'भाषा' }).selectOption('English');
    await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();

    await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('हिन्दी');
    await expect(page.getByRole('banner').getByRole('button', { name: 'साइन आउट' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('banner').getByRole('button', { name: 'साइन आउट' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  });
});

test('an English browser switches the sign-in page to Hindi without losing what was typed', async ({ page, account }) => {
  await page.goto('/login');
  await page.getByRole('tab', { name: 'User ID and token' }).click();
  await page.getByLabel('User ID', { exact: true }).fill(account.userId);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('हिन्दी');
  await expect(page.getByLabel('यूज़र ID', { exact: true })).toHaveValue(account.userId);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
});
