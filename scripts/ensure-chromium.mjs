#!/usr/bin/env node
/**
 * Makes sure the e2e tests have a Chromium to drive (`npm run test:e2e` runs this first).
 * Playwright cannot download its browsers here, so Debian's package is the default:
 * found → exit 0; root with apt → install it; otherwise one line saying what to do, exit 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
const override = process.env.PLAYWRIGHT_CHROMIUM_PATH;

if (override) {
  if (existsSync(override)) process.exit(0);
  console.error(`Chromium not found at PLAYWRIGHT_CHROMIUM_PATH=${override}: fix the path or unset it.`);
  process.exit(1);
}
if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);

// Playwright's own browser (`npx playwright install chromium`) is fine too.
try {
  const { chromium } = await import('@playwright/test');
  if (existsSync(chromium.executablePath())) process.exit(0);
} catch {
  // No bundled browser known: carry on.
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian’s chromium with apt-get (about a minute)…');
  const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status === 0 && existsSync(DEBIAN_CHROMIUM)) process.exit(0);
  console.error(`Chromium install failed: run \`apt-get install -y chromium\` yourself or set PLAYWRIGHT_CHROMIUM_PATH.`);
  process.exit(1);
}

console.error('Chromium not found: run `sudo apt-get install chromium` or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.');
process.exit(1);
