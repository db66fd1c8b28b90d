import { useCallback } from 'react';
import { useLocale, type Messages } from 'use-intl';
import { AgentErrorCode, CommonErrorCode, ErrorCode, type ApiModule } from '@/api/contract';
import { isApiError, type ApiError } from '@/api/errors';
import { useNamespace } from '@/i18n/language-provider';
import { errors } from '@/i18n/namespaces/errors';

type CodeKey = keyof Messages['errors']['codes'];
type ErrorsTranslator = ReturnType<typeof useNamespace<'errors'>>;

/** The general codes mean the same in every module; 1501–1503 mean other things from Agent than from Group. */
const commonCodes: Record<number, CodeKey> = {
  [CommonErrorCode.InvalidParameters]: 'invalidParameters',
  [CommonErrorCode.SessionInvalid]: 'sessionInvalid',
  [CommonErrorCode.CredentialsMissing]: 'credentialsMissing',
  [CommonErrorCode.PermissionDenied]: 'permissionDenied',
  [CommonErrorCode.BodyNotJson]: 'bodyNotJson',
};
const moduleCodes: Record<ApiModule, Record<number, CodeKey>> = {
  Group: {
    ...commonCodes,
    [ErrorCode.NameMissing]: 'nameMissing',
    [ErrorCode.GroupIdMissing]: 'groupIdMissing',
    [ErrorCode.GroupNotFound]: 'groupNotFound',
  },
  Agent: {
    ...commonCodes,
    [AgentErrorCode.DataInProcessing]: 'agentDataInProcessing',
    [AgentErrorCode.InvalidFilter]: 'agentInvalidFilter',
    [AgentErrorCode.InvalidRoleId]: 'agentInvalidRoleId',
    [AgentErrorCode.InvalidGroupData]: 'agentInvalidGroupData',
    [AgentErrorCode.InvalidStatus]: 'agentInvalidStatus',
  },
};

/** An ApiError in the current language, from its facts (the same sentences as its English `message`). */
export function describeApiError(t: ErrorsTranslator, error: ApiError): string {
  const { facts } = error;
  switch (error.kind) {
    case 'deepcall': {
      const known = error.code === undefined ? undefined : moduleCodes[error.module][error.code];
      if (known) return t(`codes.${known}`);
      const code = error.code === undefined ? undefined : String(error.code);
      if (error.serverMessage !== undefined) {
        return code === undefined
          ? t('refusedSaying', { serverMessage: error.serverMessage })
          : t('refusedSayingWithCode', { serverMessage: error.serverMessage, code });
      }
      return code === undefined ? t('refused') : t('refusedWithCode', { code });
    }
    case 'http':
      return t('http', { status: String(error.httpStatus ?? '') });
    case 'network':
      return t('network', { host: facts.host || t('builtInMockApi') });
    case 'timeout': {
      const ms = facts.timeoutMs ?? 0;
      return ms < 1000 ? t('timeoutMilliseconds', { milliseconds: String(ms) }) : t('timeoutSeconds', { seconds: Math.round(ms / 1000) });
    }
    case 'aborted':
      return t('aborted');
    case 'unexpected': {
      const endpoint = facts.endpoint;
      const action = !endpoint ? 'other' : endpoint.module === 'Agent' ? 'agentList' : endpoint.action;
      return t('unexpected', { detail: facts.detail ?? '', action });
    }
  }
}

/**
 * Says what went wrong in the supervisor's language: an ApiError from its facts (in English its message,
 * which says the same: the English catalog is not bundled); any other error by its own message (the
 * console's own errors are worded where they are thrown), else `fallback`.
 */
export function useErrorText(): (error: unknown, fallback?: string) => string {
  const t = useNamespace(errors);
  const english = useLocale() === 'en';
  return useCallback(
    (error: unknown, fallback = '') => {
      if (isApiError(error) && !english) return describeApiError(t, error);
      return error instanceof Error && error.message ? error.message : fallback;
    },
    [t, english],
  );
}
