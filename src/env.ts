/** Build-time settings, read once. */
export const env = {
  /** The DeepCall host the sign-in form suggests; '' means this site's own origin. */
  defaultBaseUrl: (import.meta.env.VITE_DEEPCALL_BASE_URL ?? '').trim(),
  /** msw answers the API inside the browser (npm run dev); never in a production build unless asked. */
  mocking: import.meta.env.DEV && import.meta.env.VITE_MOCK_API !== 'off',
  timeoutMs: Number(import.meta.env.VITE_DEEPCALL_TIMEOUT_MS) || 15_000,
};
