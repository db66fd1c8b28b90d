/**
 * The QueryClient and the one place errors are handled globally: an ended
 * session asks for sign-in once; a failed background refresh says so once.
 */
import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';
import { refreshFailedToast } from './refresh-failed-toast';

interface QueryClientHooks {
  onSessionEnded: () => void;
}

/** Network and 5xx failures are glitches worth retrying; DeepCall error codes are answers. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.isTransient && failureCount < 3;
}

export function createQueryClient({ onSessionEnded }: QueryClientHooks): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (isApiError(error) && error.isSessionEnded) return onSessionEnded();
        // First loads show their error inline; a failed refresh of data on screen gets one toast,
        // unless the query's page says it itself (a group found gone).
        const shownByPage = query.meta?.failureShownByPage;
        if (typeof shownByPage === 'function' && shownByPage(error)) return;
        if (query.state.data !== undefined) notifications.show(refreshFailedToast(error));
      },
    }),
    mutationCache: new MutationCache({
      onError(error) {
        if (isApiError(error) && error.isSessionEnded) onSessionEnded();
      },
    }),
    defaultOptions: {
      queries: {
        // DeepCall lists every group in one reply: reuse it for 30 s instead of refetching on each visit.
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
