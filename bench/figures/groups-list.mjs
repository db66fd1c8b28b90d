/**
 * What a signed-in supervisor loads to see the groups list (issue 12): the JS and CSS requested
 * from /login through signing in to the list's first rows, gzip, against the hello world; in
 * English and in Hindi (issue 20).
 */
import { assetsLoaded } from '../lib/browser.mjs';
import { assetSize } from '../lib/build.mjs';
import { SSID } from '../lib/config.mjs';
import { kB, ratioRow } from '../lib/stats.mjs';
import { BROWSER_LOCALE, SSID_LABEL } from './sign-in.mjs';

export const GOALS = { listRatio: 3.0, listRatioHindi: 3.0 };

/** The Sign in button in each language (src/i18n/messages/<language>/session.json). */
const SIGN_IN = { en: 'Sign in', hi: 'साइन इन करें' };

export const measureListPage = (browser, language = 'en') =>
  assetsLoaded(
    browser,
    async (page) => {
      await page.getByLabel(SSID_LABEL[language], { exact: true }).fill(SSID);
      await page.getByRole('button', { name: SIGN_IN[language], exact: true }).click();
      await page.getByRole('switch').first().waitFor({ timeout: 60_000 });
    },
    { locale: BROWSER_LOCALE[language] },
  );

const bytesOf = (files, appAssets) => files.reduce((sum, f) => sum + (assetSize(appAssets, f) ?? 0), 0);

export function report(files, hindiFiles, { appAssets, floor }) {
  const bytes = bytesOf(files, appAssets);
  const hindiBytes = bytesOf(hindiFiles, appAssets);
  const figure = `JS+CSS loaded to show the groups list after sign-in ÷ hello world (${kB(bytes).toFixed(1)} kB)`;
  return {
    rows: [
      ratioRow('listRatio', figure, bytes / floor, GOALS.listRatio),
      ratioRow('listRatioHindi', `the same in Hindi (${kB(hindiBytes).toFixed(1)} kB)`, hindiBytes / floor, GOALS.listRatioHindi),
    ],
    lines: [
      `\nGroups list loads (from /login, gzip): ${files.map((f) => `${f} ${kB(assetSize(appAssets, f) ?? 0).toFixed(1)} kB`).join(', ')}`,
      `In Hindi it also loads: ${hindiFiles
        .filter((f) => !files.includes(f))
        .map((f) => `${f} ${kB(assetSize(appAssets, f) ?? 0).toFixed(1)} kB`)
        .join(', ')}`,
    ],
    sizes: { listBytes: bytes, listPageFiles: files, listHindiBytes: hindiBytes, listHindiPageFiles: hindiFiles },
  };
}
