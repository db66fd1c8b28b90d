/**
 * What the project's Vite config puts in a production build, checked on a one-script page built
 * with it (the app itself is built by the e2e and bench runs): public/ without the msw worker,
 * and a warning naming VITE_DEEPCALL_BASE_URL when the build would talk to the local mock.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { build, createLogger, createServer, type InlineConfig, type Logger } from 'vite';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { server } from '../mocks/node';

const ROOT = join(import.meta.dirname, '..');
const WORKER = 'mockServiceWorker.js';

let page = '';
let warnings: string[] = [];

beforeEach(() => {
  page = mkdtempSync(join(tmpdir(), 'group-console-build-'));
  writeFileSync(join(page, 'index.html'), '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>');
  writeFileSync(join(page, 'main.js'), 'document.body.append("built");\n');
  warnings = [];
});
afterEach(() => {
  rmSync(page, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** The project's config and public/, on the test page, with Vite's messages kept in `warnings`. */
function projectConfig(): InlineConfig {
  const quiet = createLogger('silent');
  const logger: Logger = {
    ...quiet,
    warn: (message) => warnings.push(message),
    warnOnce: (message) => warnings.push(message),
  };
  return { configFile: join(ROOT, 'vite.config.ts'), root: page, publicDir: join(ROOT, 'public'), customLogger: logger, logLevel: 'silent' };
}

async function buildOutput(): Promise<string[]> {
  const outDir = join(page, 'dist');
  await build({ ...projectConfig(), mode: 'production', build: { outDir, emptyOutDir: true } });
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();
}

test('a build without VITE_DEEPCALL_BASE_URL leaves the msw worker out and warns that it talks to the local mock', async () => {
  vi.stubEnv('VITE_DEEPCALL_BASE_URL', undefined);

  const files = await buildOutput();

  expect(files).toEqual(expect.arrayContaining(['index.html', 'favicon.svg', 'nginx-security-headers.conf']));
  expect(files).not.toContain(WORKER);
  expect(warnings.join('\n')).toMatch(/VITE_DEEPCALL_BASE_URL is not set: this build talks to the local mock API at http:\/\/127\.0\.0\.1:8787/);
});

test('a build for a DeepCall host leaves the worker out too, without the warning', async () => {
  vi.stubEnv('VITE_DEEPCALL_BASE_URL', 'https://v4-api.deepcall.com');

  const files = await buildOutput();

  expect(files).toContain('favicon.svg');
  expect(files).not.toContain(WORKER);
  expect(warnings.join('\n')).not.toContain('VITE_DEEPCALL_BASE_URL');
});

test('the dev server still serves the msw worker', async () => {
  const dev = await createServer({ ...projectConfig(), server: { host: '127.0.0.1', port: 0, strictPort: false }, optimizeDeps: { noDiscovery: true } });
  try {
    await dev.listen();
    const base = dev.resolvedUrls?.local[0] ?? '';
    // The test setup's msw server answers the API; this request is for the real dev server.
    server.use(http.get(`${base}*`, () => passthrough()));
    const res = await fetch(`${base}${WORKER}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Mock Service Worker');
  } finally {
    await dev.close();
  }
});
