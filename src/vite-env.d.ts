/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_DEEPCALL_BASE_URL?: string;
  readonly VITE_MOCK_API?: string;
  readonly VITE_DEEPCALL_TIMEOUT_MS?: string;
}
/** API origins a production build may contact (its CSP), or null when any host is allowed. */
declare const __API_ORIGINS__: string[] | null;
