/**
 * DeepCall's errors in the supervisor's language. The English catalog must say exactly what each
 * ApiError's English `message` says (the screens not yet translated still show `message`), so the two
 * cannot drift; Hindi is worded from the same facts.
 */
import { createTranslator, type Messages } from 'use-intl';
import { describe, expect, test } from 'vitest';
import { AgentErrorCode, ErrorCode, groupActions, type Endpoint } from '@/api/contract';
import { ApiError, errorFromBody, httpError, unexpectedReply } from '@/api/errors';
import { callApi } from '@/api/transport';
import english from '@/i18n/messages/en/errors.json';
import hindi from '@/i18n/messages/hi/errors.json';
import type { Language } from '@/i18n/languages';
import { describeApiError } from './error-text';

const describeIn = (locale: Language) => {
  const t = createTranslator({ locale, messages: { errors: locale === 'en' ? english : hindi } as Messages, namespace: 'errors' });
  return (error: ApiError) => describeApiError(t as Parameters<typeof describeApiError>[0], error);
};
const inEnglish = describeIn('en');
const inHindi = describeIn('hi');

/** The ApiError a call to an unreachable or silent server ends in. */
async function failedCall(config: { baseUrl: string; timeoutMs?: number; fetch: typeof fetch }): Promise<ApiError> {
  try {
    await callApi({ credentials: { ssid: 'x' }, ...config }, { module: 'Group', action: 'list' }, {}, () => null);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call did not fail');
}
const unreachable: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
const silent: typeof fetch = (_url, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));

const everyKnownCode = [
  ...Object.values(ErrorCode).map((code) => errorFromBody('Group', { status: 'error', code, message: 'said' }, 200)),
  ...Object.values(AgentErrorCode).map((code) => errorFromBody('Agent', { status: 'error', code, message: 'said' }, 200)),
];
const endpoints: Endpoint[] = [...groupActions.map((action) => ({ module: 'Group' as const, action })), { module: 'Agent', action: 'list' }];

describe('in English, the same words as the error’s message', () => {
  test.each(everyKnownCode.map((error) => [`${error.module} ${error.code}`, error] as const))('%s', (_name, error) => {
    expect(inEnglish(error)).toBe(error.message);
  });

  test('codes the console does not know, with and without DeepCall’s words', () => {
    for (const body of [
      { status: 'error', code: 1999, message: 'Quota exceeded' },
      { status: 'error', message: 'Quota exceeded' },
      { status: 'error', code: 1999 },
      { status: 'error' },
    ]) {
      const error = errorFromBody('Group', body, 200);
      expect(inEnglish(error)).toBe(error.message);
    }
  });

  test('HTTP failures and replies it cannot read, for every action', () => {
    const error = httpError('Group', 502);
    expect(inEnglish(error)).toBe(error.message);
    for (const endpoint of endpoints) {
      const unreadable = unexpectedReply(endpoint, 200, { detail: 'not JSON', problem: 'p', reply: 'r' });
      expect(inEnglish(unreadable)).toBe(unreadable.message);
    }
  });

  test('a server out of reach (named, or this site’s own) and one that does not answer', async () => {
    for (const baseUrl of ['https://v4-api.deepcall.com', '']) {
      const error = await failedCall({ baseUrl, fetch: unreachable });
      expect(inEnglish(error)).toBe(error.message);
    }
    for (const timeoutMs of [20, 2000]) {
      const error = await failedCall({ baseUrl: '', timeoutMs, fetch: silent });
      expect(inEnglish(error)).toBe(error.message);
    }
  });
});

describe('in Hindi', () => {
  test('a code is explained in Hindi, read in its module’s terms', () => {
    const groupGone = errorFromBody('Group', { status: 'error', code: ErrorCode.GroupNotFound }, 200);
    const badRole = errorFromBody('Agent', { status: 'error', code: AgentErrorCode.InvalidRoleId }, 200);
    expect(inHindi(groupGone)).toBe('यह समूह अब मौजूद नहीं है, या आपका खाता इसे बदल नहीं सकता।');
    expect(inHindi(badRole)).toBe('DeepCall ने कंसोल की भेजी गई एजेंट भूमिका स्वीकार नहीं की। पेज फिर से लोड करें और दोबारा कोशिश करें।');
  });

  test('DeepCall’s own words are kept as it sent them, beside ours', () => {
    const error = errorFromBody('Group', { status: 'error', code: 1999, message: 'Quota exceeded' }, 200);
    expect(inHindi(error)).toBe('DeepCall ने अनुरोध अस्वीकार कर दिया: Quota exceeded (कोड 1999)');
  });

  test('what the console was doing when a reply could not be read', () => {
    const error = unexpectedReply({ module: 'Group', action: 'update' }, 200, { detail: 'not JSON', problem: 'p', reply: 'r' });
    expect(inHindi(error)).toContain('(not JSON); यह समूह सहेजते समय हुआ।');
  });

  test('a wait in seconds, with the count formatted for Hindi', async () => {
    const error = await failedCall({ baseUrl: '', timeoutMs: 2000, fetch: silent });
    expect(inHindi(error)).toBe('DeepCall सर्वर ने 2 सेकंड में जवाब नहीं दिया। अपना कनेक्शन जाँचें और दोबारा कोशिश करें।');
  });
});
