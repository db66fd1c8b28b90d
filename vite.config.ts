import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { apiOriginsOf, metaPolicy, NGINX_HEADERS_FILE, nginxHeadersSnippet } from './deploy/security-headers.js';

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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const baseUrl = env.VITE_DEEPCALL_BASE_URL ?? (mode === 'production' ? MOCK_API_ORIGIN : '');
  const apiOrigins = apiOriginsOf(baseUrl, env.VITE_DEEPCALL_EXTRA_HOSTS);
  return {
    plugins: [react(), securityHeaders(apiOrigins)],
    define: {
      'import.meta.env.VITE_DEEPCALL_BASE_URL': JSON.stringify(baseUrl),
      // In a production build only these hosts are reachable (CSP); the sign-in form says so up front.
      __API_ORIGINS__: JSON.stringify(mode === 'production' ? apiOrigins : null),
    },
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        'use-sync-external-store/shim/index.js': fileURLToPath(new URL('./src/lib/use-sync-external-store-shim.ts', import.meta.url)),
      },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    // Every browser the console supports has modulepreload; its polyfill would be 0.5 kB for none.
    build: { sourcemap: false, chunkSizeWarningLimit: 400, modulePreload: { polyfill: false } },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'deploy/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
    },
  };
});
