/** The change path's refusals and failures in the language on screen. */
import { useCallback } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { changes } from '@/i18n/namespaces/changes';
import { useErrorText } from '@/lib/error-text';
import type { BulkOutcome } from './bulk-change';
import { isChangeError } from './change-errors';

/** Like useErrorText, and says the change path's own refusals (ChangedElsewhereError…) in the language on screen. */
export function useChangeErrorText(): (error: unknown, fallback?: string) => string {
  const t = useNamespace(changes);
  const errorText = useErrorText();
  return useCallback((error: unknown, fallback?: string) => (isChangeError(error) ? error.describe(t) : errorText(error, fallback)), [t, errorText]);
}

/** Why one group of a bulk run failed, in the language on screen. */
export function useBulkFailureText(): (failure: BulkOutcome['failures'][number]) => string {
  const t = useNamespace(changes);
  const changeErrorText = useChangeErrorText();
  return useCallback(
    (failure: BulkOutcome['failures'][number]) => {
      const reason = changeErrorText(failure.error, failure.message) || t('errors.unknown');
      return failure.statesUnread ? t('errors.statesUnread', { reason }) : reason;
    },
    [t, changeErrorText],
  );
}
