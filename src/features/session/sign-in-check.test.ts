import { expect, onTestFinished, test } from 'vitest';
import { env } from '@/lib/env';
import { checkSignIn, type SignInInput } from './sign-in-check';

const typed = (input: Partial<SignInInput>): SignInInput => ({ mode: 'ssid', ssid: '', userId: '', token: '', baseUrl: '', remember: false, ...input });

test('sends what was typed, trimmed, with the server address’s trailing slashes left out', () => {
  expect(checkSignIn(typed({ ssid: ' abc ', baseUrl: ' https://v4-api.deepcall.com// ', remember: true }))).toEqual({
    values: { mode: 'ssid', credentials: { ssid: 'abc' }, baseUrl: 'https://v4-api.deepcall.com', remember: true },
  });
  expect(checkSignIn(typed({ mode: 'token', ssid: 'ignored', userId: ' demo', token: 'demo-token ' }))).toEqual({
    values: { mode: 'token', credentials: { userId: 'demo', token: 'demo-token' }, baseUrl: '', remember: false },
  });
});

test('names what is missing for the method chosen, and a server address that is not one', () => {
  expect(checkSignIn(typed({ ssid: '  ' }))).toEqual({ problems: { ssid: 'ssid' } });
  expect(checkSignIn(typed({ mode: 'token', ssid: 'x' }))).toEqual({ problems: { userId: 'userId', token: 'token' } });
  expect(checkSignIn(typed({ ssid: 'x', baseUrl: 'deepcall dot com' }))).toEqual({ problems: { baseUrl: 'baseUrl' } });
  expect(checkSignIn(typed({ ssid: 'x', baseUrl: 'ftp://host' }))).toEqual({ problems: { baseUrl: 'baseUrl' } });
});

test('refuses a host this build may not talk to (its Content-Security-Policy would block it)', () => {
  const { allowedApiOrigins } = env;
  Object.assign(env, { allowedApiOrigins: ['https://v4-api.deepcall.com'] });
  onTestFinished(() => {
    Object.assign(env, { allowedApiOrigins });
  });
  expect(checkSignIn(typed({ ssid: 'x', baseUrl: 'https://other.example/' }))).toEqual({ problems: { baseUrl: 'blockedHost' } });
  expect(checkSignIn(typed({ ssid: 'x', baseUrl: 'https://v4-api.deepcall.com/' }))).toHaveProperty('values');
});
