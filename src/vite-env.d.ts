/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_DEEPCALL_BASE_URL?: string;
  readonly VITE_MOCK_API?: string;
  readonly VITE_DEEPCALL_TIMEOUT_MS?: string;
}
