import type { Credentials } from '@/api/requests';
import { blockedApiHost } from '@/lib/env';

export type Method = 'ssid' | 'token';

/** The form as typed. */
export interface SignInInput {
  mode: Method;
  ssid: string;
  userId: string;
  token: string;
  baseUrl: string;
  remember: boolean;
}

/** A field that can be wrong, in the page's order: the first of them in error is the one focused. */
export const CHECKED_FIELDS = ['ssid', 'userId', 'token', 'baseUrl'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** What is wrong with a field: a key of the session catalog's `invalid`, worded when shown (in the language then on screen). */
export type Invalid = 'baseUrl' | 'ssid' | 'userId' | 'token' | 'blockedHost';
export type Problems = Partial<Record<CheckedField, Invalid>>;

export interface SignInValues {
  mode: Method;
  credentials: Credentials;
  /** Without a trailing slash; '' is this site's own origin. */
  baseUrl: string;
  remember: boolean;
}

const SERVER_ADDRESS = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i;

/**
 * What sign-in sends (trimmed), or what to mend first: a missing credential of the method chosen, a server
 * address that is not one, or one this build may not talk to (its Content-Security-Policy would block it).
 */
export function checkSignIn(input: SignInInput): { values: SignInValues } | { problems: Problems } {
  const ssid = input.ssid.trim();
  const userId = input.userId.trim();
  const token = input.token.trim();
  const typedUrl = input.baseUrl.trim();
  const problems: Problems = {};
  if (input.mode === 'ssid' && ssid === '') problems.ssid = 'ssid';
  if (input.mode === 'token' && userId === '') problems.userId = 'userId';
  if (input.mode === 'token' && token === '') problems.token = 'token';
  if (typedUrl !== '' && !SERVER_ADDRESS.test(typedUrl)) problems.baseUrl = 'baseUrl';
  const baseUrl = typedUrl.replace(/\/+$/, '');
  if (!problems.baseUrl && blockedApiHost(baseUrl)) problems.baseUrl = 'blockedHost';
  if (Object.keys(problems).length > 0) return { problems };
  const credentials: Credentials = input.mode === 'ssid' ? { ssid } : { userId, token };
  return { values: { mode: input.mode, credentials, baseUrl, remember: input.remember } };
}
