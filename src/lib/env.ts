/** Set by vite.config.ts: true in a production build made without VITE_DEEPCALL_BASE_URL. */
declare const __LOCAL_MOCK_API__: boolean | undefined;

/** Build-time settings, read once. */
export const env = {
  /** The DeepCall host the sign-in form suggests; '' means this site's own origin. */
  defaultBaseUrl: (import.meta.env.VITE_DEEPCALL_BASE_URL ?? '').trim(),
  /** msw answers the API inside the browser (npm run dev); never in a production build. */
  mocking: import.meta.env.DEV && import.meta.env.VITE_MOCK_API !== 'off',
  /** A production build that talks to `npm run mock-api` on this computer because no DeepCall host was given. */
  localMockApi: typeof __LOCAL_MOCK_API__ !== 'undefined' && __LOCAL_MOCK_API__ === true,
  timeoutMs: Number(import.meta.env.VITE_DEEPCALL_TIMEOUT_MS) || 15_000,
  /** Hosts the production build's Content-Security-Policy lets it contact; null: no limit (dev, tests). */
  allowedApiOrigins: typeof __API_ORIGINS__ === 'undefined' ? null : __API_ORIGINS__,
};

/**
 * Why this build cannot reach `baseUrl`: the origin asked for and the ones it may talk to (none listed:
 * this site only), or undefined when it can. The form words it in the language on screen.
 */
export function blockedApiHost(baseUrl: string): { origin: string; allowed: string[] } | undefined {
  if (baseUrl === '' || env.allowedApiOrigins === null) return undefined;
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return undefined;
  }
  if (origin === window.location.origin || env.allowedApiOrigins.includes(origin)) return undefined;
  return { origin, allowed: env.allowedApiOrigins };
}
