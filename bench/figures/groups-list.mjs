/**
 * What a signed-in supervisor loads to see the groups list (issue 12): the JS and CSS requested
 * from /login through signing in to the list's first rows, gzip, against the hello world.
 */
import { assetsLoaded } from '../lib/browser.mjs';
import { assetSize } from '../lib/build.mjs';
import { SSID } from '../lib/config.mjs';
import { kB, ratioRow } from '../lib/stats.mjs';

export const GOALS = { listRatio: 3.0 };

export const measureListPage = (browser) =>
  assetsLoaded(browser, async (page) => {
    await page.getByLabel('Session ID', { exact: true }).fill(SSID);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('switch').first().waitFor({ timeout: 60_000 });
  });

export function report(files, { appAssets, floor }) {
  const bytes = files.reduce((sum, f) => sum + (assetSize(appAssets, f) ?? 0), 0);
  const figure = `JS+CSS loaded to show the groups list after sign-in ÷ hello world (${kB(bytes).toFixed(1)} kB)`;
  return {
    rows: [ratioRow('listRatio', figure, bytes / floor, GOALS.listRatio)],
    sizes: { listBytes: bytes, listPageFiles: files },
  };
}
