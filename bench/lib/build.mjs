/**
 * The two builds the bench compares, both with this project's Vite: the app (talking to the
 * bench's mock API) and a bare React 19 hello world (bench/hello), the size floor.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { API, APP_OUT, BUILD, HELLO_OUT, ROOT, SKIP_BUILD } from './config.mjs';
import { log } from './lifecycle.mjs';

const CHUNK_MODULES = join(BUILD, 'chunk-modules.json');

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** gzip size of every .js/.css under `dir`, keyed by path relative to it. */
export function assetSizes(dir) {
  return Object.fromEntries(
    listFiles(dir)
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => [relative(dir, f), gzipSize(f)]),
  );
}

/** Records, per emitted chunk, how many rendered bytes each module contributes. */
function chunkModulesPlugin(into) {
  return {
    name: 'bench-chunk-modules',
    generateBundle(_options, bundle) {
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type !== 'chunk') continue;
        into[fileName] = Object.fromEntries(Object.entries(item.modules).map(([id, m]) => [id, m.renderedLength]));
      }
    },
  };
}

async function buildAll() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const modules = {};
  // The production build talks to the bench's mock API (its CSP allows only that host).
  process.env.VITE_DEEPCALL_BASE_URL = API;
  log('building the app →', relative(ROOT, APP_OUT));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [chunkModulesPlugin(modules)],
    build: { outDir: APP_OUT, emptyOutDir: true },
  });
  log('building the React hello world →', relative(ROOT, HELLO_OUT));
  await build({
    root: join(ROOT, 'bench/hello'),
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: HELLO_OUT, emptyOutDir: true },
  });
  writeFileSync(CHUNK_MODULES, JSON.stringify(modules));
  return modules;
}

/**
 * Builds both (or, with --skip-build, reuses the last builds). Answers the rendered bytes per
 * module of each app chunk: { [chunk file]: { [module id]: bytes } }.
 */
export const builtChunkModules = async () => (SKIP_BUILD ? JSON.parse(readFileSync(CHUNK_MODULES, 'utf8')) : buildAll());

/** gzip sizes of the app's assets and of the hello world's, whose total is the floor. */
export function buildSizes() {
  const appAssets = assetSizes(join(APP_OUT, 'assets'));
  const helloAssets = assetSizes(HELLO_OUT);
  return { appAssets, helloAssets, floor: Object.values(helloAssets).reduce((a, b) => a + b, 0) };
}

/** An app asset's gzip size by the path the page requested ("assets/…"); undefined when not in the build. */
export const assetSize = (appAssets, file) => appAssets[file.replace(/^assets\//, '')];
