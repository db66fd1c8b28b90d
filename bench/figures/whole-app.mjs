/**
 * The whole app's JS and CSS, gzip, against the hello world: no longer a goal (issue 12: lazy
 * pages and libraries may add to it), reported anyway; with a check that every Mantine component
 * the app uses has its stylesheet imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../lib/build.mjs';
import { APP_OUT, ROOT } from '../lib/config.mjs';
import { kB, ratioRow } from '../lib/stats.mjs';

/**
 * src/main.tsx (sign-in) and src/app/app.tsx (signed-in screens) import Mantine's CSS per
 * component. A component used in src/ whose stylesheet neither imports renders unstyled: list those (a name match; parts such as Input or
 * UnstyledButton that components are built from are not checked).
 */
function missingMantineCss() {
  const stylesDir = join(ROOT, 'node_modules/@mantine/core/styles');
  const main = ['src/main.tsx', 'src/app/app.tsx'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const used = new Set();
  for (const file of listFiles(join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|\/test\//.test(f))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]+)\}\s*from\s*['"]@mantine\/core['"]/g)) {
      for (const name of match[1].split(',')) used.add(name.trim().split(/\s+as\s+/)[0]);
    }
  }
  return [...used].filter((name) => existsSync(join(stylesDir, `${name}.css`)) && !main.includes(`styles/${name}.css`)).sort();
}

export function report({ appAssets, floor }) {
  const bytes = Object.values(appAssets).reduce((a, b) => a + b, 0);
  // JS or CSS outside assets/ is never loaded by the production page.
  const notLoaded = listFiles(APP_OUT)
    .filter((f) => /\.(js|css)$/.test(f) && !f.startsWith(join(APP_OUT, 'assets')))
    .map((f) => relative(APP_OUT, f));
  const cssGaps = missingMantineCss();
  const figure = `whole app JS+CSS gzip ÷ React hello world (${kB(bytes).toFixed(1)} kB ÷ ${kB(floor).toFixed(1)} kB)`;
  return {
    rows: [ratioRow('appRatio', figure, bytes / floor)],
    lines: [
      ...(cssGaps.length ? [`\nWarning: src/ uses Mantine components whose CSS neither src/main.tsx nor src/app/app.tsx imports: ${cssGaps.join(', ')}`] : []),
      ...(notLoaded.length ? [`Not counted as app code (never loaded by the production page): ${notLoaded.join(', ')}`] : []),
    ],
    sizes: { appBytes: bytes, appAssets, notCounted: notLoaded, mantineCssNotImported: cssGaps },
  };
}
