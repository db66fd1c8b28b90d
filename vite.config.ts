import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Logger, type Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { apiOriginsOf, metaPolicy, NGINX_HEADERS_FILE, nginxHeadersSnippet } from './deploy/security-headers.js';
import { modalWithoutScrollArea } from './deploy/modal-without-scroll-area.js';
import { precompileMessages } from './deploy/precompile-messages.js';

/** Where `npm run mock-api` listens; a production build talks to it unless told otherwise. */
const MOCK_API_ORIGIN = 'http://127.0.0.1:8787';

/**
 * The production page may load only its own assets and talk only to the configured DeepCall host(s).
 * One list (deploy/security-headers.ts) gives both index.html's Content-Security-Policy <meta> and the
 * header snippet that deploy/nginx.conf includes, written into the build output beside index.html.
 */
function securityHeaders(apiOrigins: string[]): Plugin {
  return {
    name: 'group-console-security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(apiOrigins) }, injectTo: 'head' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NGINX_HEADERS_FILE, source: nginxHeadersSnippet(apiOrigins) });
    },
  };
}

/**
 * A build made without a DeepCall host works, against `npm run mock-api`: say so where the build's
 * output ends, so nobody deploys it by mistake (its sign-in page says so too).
 */
function localMockWarning(): Plugin {
  let logger: Logger | undefined;
  return {
    name: 'group-console-local-mock-warning',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    closeBundle() {
      logger?.warn(
        `\n(!) VITE_DEEPCALL_BASE_URL is not set: this build talks to the local mock API at ${MOCK_API_ORIGIN} ` +
          '(npm run mock-api), not to DeepCall, and its sign-in page says so.\n' +
          '    For a DeepCall host: VITE_DEEPCALL_BASE_URL=https://v4-api.deepcall.com npm run build\n',
      );
    },
  };
}

/** Files in public/ that only `npm run dev` uses: the msw worker, which nothing registers in production. */
const DEV_ONLY_PUBLIC_FILES = new Set(['mockServiceWorker.js']);

/** A build copies public/ into its output itself, without the dev-only files (Vite's own copy would take all). */
function publicFilesForProduction(): Plugin {
  let publicDir = '';
  return {
    name: 'group-console-public-files',
    apply: 'build',
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      if (!publicDir) return;
      for (const name of readdirSync(publicDir, { recursive: true, encoding: 'utf8' })) {
        const fileName = name.split(sep).join('/');
        if (DEV_ONLY_PUBLIC_FILES.has(fileName) || !statSync(join(publicDir, name)).isFile()) continue;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(join(publicDir, name)) });
      }
    },
  };
}

/**
 * What the groups list and every signed-in screen run on, in one chunk (`npm run bench`'s list budget):
 * left to itself the bundler cut it into about 27 small files, one per set of lazy screens sharing a
 * module (the Agents view, the import and the group's page share much of the list's code), and each
 * file is compressed on its own, which cost about 5 kB gzip (3.07× the hello world; 2.98× as one chunk).
 * Only these modules, not what they import: the sign-in page's own modules stay out of it.
 */
const SIGNED_IN_CORE_MODULES = [
  /\/src\/app\/(?!theme|toasts\.tsx|focus|shortcuts-dialog)/,
  /\/src\/api\/(members|member-replies|agent-groups-reply)\.ts/,
  // Not the dialogs fetched when first asked for (src/lib/lazy-dialog.tsx), nor what only they need.
  /\/src\/features\/groups\/(list\/(?!bulk-confirm|confirm-row-deactivate)|queries|memberships-patch|changes\/(?!recent-changes-drawer))/,
  /\/src\/features\/change-record\//,
  // The list's words go with the list's code (a chunk of their own left the page's lazy import undefined).
  /\/src\/i18n\/(namespaces|messages\/en)\/groupsList\./,
  /\/src\/lib\/(table-controls|search-box|use-row-selection|segmented-radios|bulk-bar|virtual-table-body|load-error|run-queue|use-stoppable|use-window-table-rows|lazy-dialog|csv-download|papaparse|navigation)/,
  /\/node_modules\/(@tanstack\/(react-query|query-core)|wouter|regexparam|@mantine\/core\/esm\/components\/(Progress|List))\//,
];
/**
 * react-hook-form and its resolvers in a chunk of their own, fetched by the forms only: left to the
 * bundler they shared a chunk with zod, which the signed-in core needs, and so reached the groups list.
 */
const formLibrary = {
  name: 'form-library',
  includeDependenciesRecursively: false,
  test: /\/node_modules\/(react-hook-form|@hookform\/resolvers)\//,
};
/**
 * The request schemas (built when their module runs, so the bundler keeps them as a side effect) in a
 * chunk of their own: left to the bundler they shared the New group form's chunk, which then came,
 * with react-hook-form, on the groups list's first download.
 */
const requestSchemas = {
  name: 'request-schemas',
  includeDependenciesRecursively: false,
  test: /\/src\/api\/requests\.ts$/,
};
/**
 * What the sign-in page runs on, which the signed-in screens share, in one chunk: left to the bundler it
 * was cut into ten files by which lazy screens share each module, each compressed on its own (+3.5 kB).
 */
const SIGN_IN_SHARED_MODULES = [
  /\/src\/lib\/(env|host-label|color-scheme-control|language-control|header-select)\./,
  // The demo account the form names when it talks to the mock, with the codes DeepCall documents.
  /\/src\/api\/contract\.ts$/,
  /\/src\/app\/theme(-provider)?\.tsx?$/,
  /\/src\/i18n\/(language-provider|fast-memoize-shim|namespaces\/(common|session)|messages\/en\/(common|session)\.)/,
  /\/node_modules\/(use-intl|clsx)\//,
  /\/node_modules\/@mantine\/hooks\/esm\/(use-media-query|use-isomorphic-effect|use-did-update|use-reduced-motion|utils\/random-id|use-id|use-color-scheme|use-uncontrolled|use-force-update)\//,
  /\/node_modules\/@mantine\/core\/esm\/core\//,
  /\/node_modules\/@mantine\/core\/esm\/components\/(UnstyledButton|Loader|CloseButton|Transition|Group|Input|InputBase|Text|Button|Stack|Paper|Alert|Container|Title|TextInput)\//,
];
const signInShared = {
  name: 'sign-in-shared',
  includeDependenciesRecursively: false,
  test: (id: string) => SIGN_IN_SHARED_MODULES.some((pattern) => pattern.test(id)),
};
/**
 * The API client and the words of its errors, in one chunk: the sign-in form fetches it when first
 * touched (src/features/session/sign-in-check.tsx), every signed-in screen runs on it.
 */
const API_CLIENT_MODULES = [
  /\/src\/api\/(support-details|reply-shape-error|replies|transport|groups|errors)\.ts$/,
  /\/src\/lib\/(is-record|support-details|error-text)\./,
  /\/src\/i18n\/namespaces\/errors\./,
  /\/node_modules\/zod\//,
  /\/package\.json$/,
];
const apiClient = {
  name: 'api-client',
  includeDependenciesRecursively: false,
  test: (id: string) => API_CLIENT_MODULES.some((pattern) => pattern.test(id)),
};
/**
 * Another language's catalogs for the sign-in page, and for the groups list, each in one file: the
 * list fetched six small files in Hindi, each compressed on its own (2 kB more than as two files).
 */
const otherLanguageSignIn = {
  name: 'catalogs-sign-in',
  includeDependenciesRecursively: false,
  test: /\/src\/i18n\/messages\/(?!en\/)[^/]+\/(common|session)\.json$/,
};
const otherLanguageList = {
  name: 'catalogs-list',
  includeDependenciesRecursively: false,
  test: /\/src\/i18n\/messages\/(?!en\/)[^/]+\/(shell|groupsList|errors|changes)\.json$/,
};
const signedInCore = {
  name: 'signed-in-core',
  includeDependenciesRecursively: false,
  test: (id: string) => SIGNED_IN_CORE_MODULES.some((pattern) => pattern.test(id)),
};

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'deploy/**/*.test.ts', 'scripts/**/*.test.ts'];
/** Test files that must not share module state with others (see `test.projects`). */
const ISOLATED_TEST_FILES = [
  'src/features/audit/**/*.test.{ts,tsx}',
  'src/features/session/session-ended-form-load.test.tsx',
  'src/features/session/session-ended-dialog-load.test.tsx',
];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const localMockApi = mode === 'production' && env.VITE_DEEPCALL_BASE_URL === undefined;
  const baseUrl = env.VITE_DEEPCALL_BASE_URL ?? (localMockApi ? MOCK_API_ORIGIN : '');
  const apiOrigins = apiOriginsOf(baseUrl, env.VITE_DEEPCALL_EXTRA_HOSTS);
  return {
    plugins: [
      precompileMessages({ messagesDir: fileURLToPath(new URL('./src/i18n/messages', import.meta.url)) }),
      react(),
      modalWithoutScrollArea(),
      securityHeaders(apiOrigins),
      publicFilesForProduction(),
      ...(localMockApi ? [localMockWarning()] : []),
    ],
    define: {
      'import.meta.env.VITE_DEEPCALL_BASE_URL': JSON.stringify(baseUrl),
      // The sign-in page of such a build says it talks to the local mock (src/lib/env.ts).
      __LOCAL_MOCK_API__: JSON.stringify(localMockApi),
      // In a production build only these hosts are reachable (CSP); the sign-in form says so up front.
      __API_ORIGINS__: JSON.stringify(mode === 'production' ? apiOrigins : null),
    },
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        'use-sync-external-store/shim/index.js': fileURLToPath(new URL('./src/lib/use-sync-external-store-shim.ts', import.meta.url)),
        '@formatjs/fast-memoize': fileURLToPath(new URL('./src/i18n/fast-memoize-shim.ts', import.meta.url)),
      },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    // Every browser the console supports has modulepreload; its polyfill would be 0.5 kB for none.
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 400,
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: [formLibrary, requestSchemas, signInShared, apiClient, otherLanguageSignIn, otherLanguageList, signedInCore] } } },
    },
    test: {
      environment: 'happy-dom',
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
      // use-intl runs through Vite, not Node, so its formatter import takes the precompiled messages' alias.
      server: { deps: { inline: ['use-intl'] } },
      // Most files share their worker's modules (React, Mantine, msw loaded once: the suite takes a third of
      // the time); src/test/setup.ts resets what the app keeps in module state between tests. Files that
      // need a world of their own (the audit log's IndexedDB singleton) run isolated.
      projects: [
        { extends: true, test: { name: 'shared', isolate: false, include: TEST_FILES, exclude: [...configDefaults.exclude, ...ISOLATED_TEST_FILES] } },
        { extends: true, test: { name: 'isolated', include: ISOLATED_TEST_FILES } },
      ],
    },
  };
});
