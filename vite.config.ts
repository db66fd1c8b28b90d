import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Where `npm run mock-api` listens; a production build talks to it unless told otherwise. */
const MOCK_API_ORIGIN = 'http://127.0.0.1:8787';

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`Not a URL: "${url}" (set VITE_DEEPCALL_BASE_URL / VITE_DEEPCALL_EXTRA_HOSTS to https://host)`);
  }
}

/**
 * The production page may load only its own assets and talk only to the
 * configured DeepCall host(s): a Content-Security-Policy in index.html.
 */
function contentSecurityPolicy(apiOrigins: string[]): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine sets CSS variables and positions through inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${apiOrigins.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'group-console-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head' },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const baseUrl = env.VITE_DEEPCALL_BASE_URL ?? (mode === 'production' ? MOCK_API_ORIGIN : '');
  const apiOrigins = [baseUrl, ...(env.VITE_DEEPCALL_EXTRA_HOSTS ?? '').split(',')]
    .map((url) => url.trim())
    .filter(Boolean)
    .map(originOf);
  return {
    plugins: [react(), contentSecurityPolicy(apiOrigins)],
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
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
    },
  };
});
