#!/usr/bin/env node
/**
 * Makes sure the e2e tests have what they drive and serve through (`npm run test:e2e` runs this first):
 * a Chromium, and nginx for the production build (scripts/serve.mjs). Neither can be downloaded by
 * npm here, so Debian's packages are the default: all found → exit 0; root with apt → install what is
 * missing in one apt-get run; otherwise one line per missing tool saying what to do, exit 1.
 * A Devanagari font (Noto Sans Devanagari, in fonts-noto-core) is installed the same way when it can be;
 * without it Hindi pages still pass their tests, only their screenshots show boxes, so it is never a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findNginx, INSTALL_HINT as NGINX_HINT } from './serve.mjs';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/** Whether fontconfig knows a Noto Sans Devanagari (the theme's font for Hindi, src/app/theme.ts). */
const hasDevanagariFont = () =>
  (spawnSync('fc-list', [':family=Noto Sans Devanagari'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

/** null when a Chromium is there; else why not, when installing Debian's would not help. */
async function chromiumProblem() {
  const override = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override) return existsSync(override) ? null : `Chromium not found at PLAYWRIGHT_CHROMIUM_PATH=${override}: fix the path or unset it.`;
  if (existsSync(DEBIAN_CHROMIUM)) return null;
  // Playwright's own browser (`npx playwright install chromium`) is fine too.
  try {
    const { chromium } = await import('@playwright/test');
    if (existsSync(chromium.executablePath())) return null;
  } catch {
    // No bundled browser known: carry on.
  }
  return 'missing';
}

const tools = [
  {
    name: 'Chromium',
    aptPackage: 'chromium',
    problem: await chromiumProblem(),
    found: () => existsSync(DEBIAN_CHROMIUM),
    hint: 'run `sudo apt-get install -y chromium` or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary',
  },
  {
    name: 'nginx',
    aptPackage: 'nginx',
    problem: findNginx() ? null : process.env.NGINX ? `nginx not found at NGINX=${process.env.NGINX}: fix the path or unset it.` : 'missing',
    found: () => findNginx() !== null,
    hint: NGINX_HINT.replace('apt-get', 'sudo apt-get'),
  },
  {
    name: 'Noto Sans Devanagari',
    aptPackage: 'fonts-noto-core',
    optional: true,
    problem: hasDevanagariFont() ? null : 'missing',
    found: hasDevanagariFont,
    hint: 'run `sudo apt-get install -y fonts-noto-core` for Hindi screenshots that show their text',
  },
];

const missing = tools.filter((tool) => tool.problem === 'missing');
const unfixable = tools.filter((tool) => tool.problem && tool.problem !== 'missing');
for (const tool of unfixable) console.error(tool.problem);
if (missing.length === 0) process.exit(unfixable.length ? 1 : 0);
/** A missing tool that fails the run (an optional one only warns). */
const failing = (list) => list.filter((tool) => !tool.optional);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  for (const tool of missing) console.error(`${tool.name} not found: ${tool.hint}.`);
  process.exit(failing(missing).length || unfixable.length ? 1 : 0);
}

const packages = missing.map((tool) => tool.aptPackage);
console.log(`${missing.map((tool) => tool.name).join(' and ')} not found: installing Debian’s ${packages.join(' ')} with apt-get (about a minute)…`);
const result = spawnSync('sh', ['-c', `apt-get update && apt-get install -y ${packages.join(' ')}`], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
const stillMissing = missing.filter((tool) => !tool.found());
for (const tool of stillMissing) console.error(`${tool.name} install failed (apt-get exit ${result.status}): ${tool.hint}.`);
process.exit(failing(stillMissing).length || unfixable.length ? 1 : 0);
