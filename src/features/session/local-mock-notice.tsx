import { Alert } from '@mantine/core';
import { env } from '@/lib/env';

/**
 * A production build made without VITE_DEEPCALL_BASE_URL signs in to `npm run mock-api`, not to
 * DeepCall: whoever opens it must see that before trusting anything it shows.
 */
export function LocalMockNotice() {
  if (!env.localMockApi) return null;
  return (
    <Alert role="note" color="orange" title="This build talks to the local mock API" mb="lg">
      It was built without VITE_DEEPCALL_BASE_URL, so it signs in to the mock DeepCall API at {env.defaultBaseUrl}, and
      nothing done here reaches DeepCall. Rebuild it with VITE_DEEPCALL_BASE_URL set to your DeepCall host.
    </Alert>
  );
}
