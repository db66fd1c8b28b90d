import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import type { ConsoleOptions } from './e2e/fixtures';

/**
 * Two ways the console ships, one suite:
 * - prod: the production build served by nginx with deploy/nginx.conf (`npm run serve`), as it is
 *   deployed, talking to `npm run mock-api` over real HTTP. Every test runs against it; the random
 *   walks (e2e/random-walk.spec.ts) in a project of their own, "walk", listed first so that these
 *   longest tests start first and the rest fill in beside them (nothing depends on it).
 * - dev:  `npm run dev`, the mock API answered by the msw worker inside the page: only the tests tagged
 *   @smoke (sign-in, the list, editing a group, its members, one axe pass), which prove that way of
 *   running works; the console itself is the same code in both builds.
 * Ports can be moved with E2E_MOCK_PORT / E2E_PROD_PORT / E2E_DEV_PORT when the defaults are busy.
 * `npm run test:e2e` first makes sure Chromium and nginx are installed (scripts/ensure-e2e-tools.mjs).
 */
const CI = !!process.env.CI;
const mockPort = Number(process.env.E2E_MOCK_PORT ?? 8787);
const prodPort = Number(process.env.E2E_PROD_PORT ?? 4173);
const devPort = Number(process.env.E2E_DEV_PORT ?? 5173);
const mockApi = `http://127.0.0.1:${mockPort}`;
const E2E_DIST = 'dist-e2e';

/** Debian's Chromium (or the one named in PLAYWRIGHT_CHROMIUM_PATH); else Playwright's own download. */
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
const launchOptions = executablePath ? { executablePath } : {};

/** The production build through nginx, talking to the mock API over HTTP. */
const prodUse = {
  ...devices['Desktop Chrome'],
  launchOptions,
  baseURL: `http://127.0.0.1:${prodPort}`,
  apiServer: mockApi,
};

export default defineConfig<ConsoleOptions>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: CI,
  // In CI a test that fails and then passes on its retry is reported as flaky, and fails the run.
  retries: CI ? 1 : 0,
  failOnFlakyTests: CI,
  // Three on two cores: most of a test's time is waiting (replies held back by faults, retries' backoff,
  // the walks' quiet periods); e2e used about two thirds of one core with two workers.
  workers: 3,
  // Generous: the dev project loads every module unbundled, which crawls on a busy machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'walk',
      testMatch: 'random-walk.spec.ts',
      use: prodUse,
    },
    {
      // Before prod: its few tests are slow (Vite serves every module unbundled), prod's many are quick,
      // so the run ends on quick ones.
      name: 'dev',
      grep: /@smoke/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
        baseURL: `http://127.0.0.1:${devPort}`,
        apiServer: '',
      },
    },
    {
      name: 'prod',
      testIgnore: 'random-walk.spec.ts',
      use: prodUse,
    },
  ],
  webServer: [
    {
      command: 'npm run mock-api',
      url: `${mockApi}/__mock/health`,
      env: { PORT: String(mockPort), HOST: '127.0.0.1', MOCK_LATENCY_MS: '0' },
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      // Always a fresh build of its own (dist-e2e/, so a developer's dist/ is left alone), served by
      // nginx as deployed; reusing a running server would test whatever that server happened to hold.
      command: `npm run build -- --outDir ${E2E_DIST} --emptyOutDir && npm run serve`,
      url: `http://127.0.0.1:${prodPort}`,
      // The build's Content-Security-Policy lets the page reach this API host only.
      env: { VITE_DEEPCALL_BASE_URL: mockApi, DIST_DIR: E2E_DIST, PORT: String(prodPort) },
      reuseExistingServer: false,
      // nginx and the serve script stop on SIGTERM, and the script removes its temp folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 120_000,
    },
    {
      command: `npm run dev -- --host 127.0.0.1 --port ${devPort} --strictPort`,
      url: `http://127.0.0.1:${devPort}`,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
  ],
});
