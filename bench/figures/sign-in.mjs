/**
 * The sign-in page's weight (issue 5): the JS and CSS the browser requests to show /login, gzip,
 * against the bare React hello world; in English and in Hindi (issue 20: a hi-IN browser opens it
 * in Hindi, its catalogs fetched beside the English that comes with the code).
 */
import { join } from 'node:path';
import { assetsLoaded } from '../lib/browser.mjs';
import { assetSize, gzipSize } from '../lib/build.mjs';
import { APP_OUT } from '../lib/config.mjs';
import { kB, ratioRow } from '../lib/stats.mjs';

export const GOALS = { signInRatio: 2.0, signInRatioHindi: 2.0 };

/** The session ID field's label in each language (src/i18n/messages/<language>/session.json). */
export const SSID_LABEL = { en: 'Session ID', hi: 'सत्र ID' };
/** The browser's preferred language that opens the console in each language. */
export const BROWSER_LOCALE = { en: 'en-US', hi: 'hi-IN' };

/** The files the sign-in page loads; throws when one is not in the build (then the sizes would be wrong). */
export async function measureSignInPage(browser, { appAssets }, language = 'en') {
  const files = await assetsLoaded(browser, (page) => page.getByLabel(SSID_LABEL[language], { exact: true }).waitFor(), {
    locale: BROWSER_LOCALE[language],
  });
  const missing = files.filter((f) => assetSize(appAssets, f) === undefined);
  if (missing.length) throw new Error(`The sign-in page loaded files not in the build: ${missing.join(', ')}`);
  return files;
}

/** Estimated gzip bytes per npm package (or "app code") in the given chunks: chunk gzip × rendered share. */
function packageShares(modules, chunkFiles) {
  const shares = {};
  for (const file of chunkFiles) {
    const mods = modules[file];
    if (!mods) continue;
    const total = Object.values(mods).reduce((a, b) => a + b, 0) || 1;
    const gz = gzipSize(join(APP_OUT, file));
    for (const [id, length] of Object.entries(mods)) {
      const inModules = id.split('node_modules/').pop();
      const pkg = id.includes('node_modules/')
        ? inModules.split('/').slice(0, inModules.startsWith('@') ? 2 : 1).join('/')
        : id.includes('/src/')
          ? 'app code (src/)'
          : 'bundler runtime';
      shares[pkg] = (shares[pkg] ?? 0) + (gz * length) / total;
    }
  }
  return Object.entries(shares)
    .sort((a, b) => b[1] - a[1])
    .map(([pkg, bytes]) => ({ package: pkg, kB: Number(kB(bytes).toFixed(1)) }));
}

const bytesOf = (files, appAssets) => files.reduce((sum, f) => sum + assetSize(appAssets, f), 0);

/** `files`/`hindiFiles`: what the sign-in page loaded in each language; `modules`: the rendered bytes per module of each chunk. */
export function report(files, hindiFiles, { appAssets, floor }, modules) {
  const bytes = bytesOf(files, appAssets);
  const hindiBytes = bytesOf(hindiFiles, appAssets);
  const onlyHindi = hindiFiles.filter((f) => !files.includes(f));
  const shares = packageShares(
    modules,
    files.filter((f) => f.endsWith('.js')),
  );
  const figure = `sign-in page JS+CSS gzip ÷ React hello world (${kB(bytes).toFixed(1)} kB ÷ ${kB(floor).toFixed(1)} kB)`;
  return {
    rows: [
      ratioRow('signInRatio', figure, bytes / floor, GOALS.signInRatio),
      ratioRow('signInRatioHindi', `the same in Hindi (${kB(hindiBytes).toFixed(1)} kB)`, hindiBytes / floor, GOALS.signInRatioHindi),
    ],
    lines: [
      `\nSign-in page loads (gzip, level 9): ${files.map((f) => `${f} ${kB(assetSize(appAssets, f)).toFixed(1)} kB`).join(', ')}`,
      `Largest parts of its JS (estimated gzip): ${shares.slice(0, 8).map((s) => `${s.package} ${s.kB} kB`).join(', ')}`,
      `In Hindi it also loads: ${onlyHindi.map((f) => `${f} ${kB(assetSize(appAssets, f)).toFixed(1)} kB`).join(', ') || 'nothing'}`,
    ],
    sizes: { signInBytes: bytes, signInFiles: files, signInLargestParts: shares, signInHindiBytes: hindiBytes, signInHindiFiles: hindiFiles },
  };
}
