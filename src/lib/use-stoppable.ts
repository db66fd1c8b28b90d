import { useCallback, useRef } from 'react';
import { isApiError } from '@/api/errors';

/** One AbortController per request, so a supervisor can stop waiting for a slow server. */
export function useStoppable() {
  const controller = useRef<AbortController | null>(null);
  const start = useCallback(() => {
    controller.current = new AbortController();
    return controller.current.signal;
  }, []);
  const stop = useCallback(() => controller.current?.abort(), []);
  return { start, stop };
}

export const STOPPED_MESSAGE =
  'You stopped waiting for the server. It may still have made the change: the list has been refreshed, check it before trying again.';

export function wasStopped(error: unknown): boolean {
  return isApiError(error) && error.kind === 'aborted';
}
