/** Why a recorded change failed, in the language on screen (Recent changes, the audit log). */
import { useCallback } from 'react';
import { ApiError } from '@/api/errors';
import { useNamespace } from '@/i18n/language-provider';
import { changes } from '@/i18n/namespaces/changes';
import { useErrorText } from '@/lib/error-text';
import type { ChangeRecord } from './change-record';
import { describeRefusal } from './describe-change';

/**
 * The record's reason from its facts: DeepCall's error as useErrorText says it (its own words kept as
 * they are), or the change path's refusal. A record without facts (an older one) shows its English `error`.
 */
export function useFailureText(): (record: Pick<ChangeRecord, 'error' | 'errorFacts'>) => string | undefined {
  const t = useNamespace(changes);
  const errorText = useErrorText();
  return useCallback(
    (record: Pick<ChangeRecord, 'error' | 'errorFacts'>) => {
      const failure = record.errorFacts;
      if (!failure) return record.error;
      if (failure.source === 'change') return describeRefusal(failure.refusal, t);
      const { source: _, kind, ...extra } = failure;
      return errorText(new ApiError(kind, record.error ?? '', extra), record.error);
    },
    [t, errorText],
  );
}
