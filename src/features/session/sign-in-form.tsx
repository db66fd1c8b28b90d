import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { demoAccounts } from '@/api/contract';
import { listGroups } from '@/api/groups';
import type { Credentials } from '@/api/requests';
import { isApiError } from '@/api/errors';
import { blockedApiHost, env } from '@/lib/env';
import { SupportDetails } from '@/lib/support-details';
import type { Session } from './session-store';
import classes from './sign-in-form.module.css';

const trimmed = z.string().check(z.trim());
const signInSchema = z
  .object({
    mode: z.enum(['ssid', 'token']),
    ssid: trimmed,
    userId: trimmed,
    token: trimmed,
    baseUrl: z.string().check(
      z.trim(),
      z.refine((value) => value === '' || /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(value), {
        message: 'Enter the server address as https://your-host (or leave it empty).',
      }),
      z.overwrite((value) => value.replace(/\/+$/, '')),
    ),
    remember: z.boolean(),
  })
  .check(
    z.superRefine((values, ctx) => {
      const blocked = blockedApiHost(values.baseUrl);
      if (blocked) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: blocked });
      if (values.mode === 'ssid' && values.ssid === '') {
        ctx.addIssue({ code: 'custom', path: ['ssid'], message: 'Enter your DeepCall session ID.' });
      }
      if (values.mode === 'token') {
        if (values.userId === '') ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Enter your DeepCall user ID.' });
        if (values.token === '') ctx.addIssue({ code: 'custom', path: ['token'], message: 'Enter your API token.' });
      }
    }),
  );
type SignInInput = z.input<typeof signInSchema>;
type SignInValues = z.output<typeof signInSchema>;
type Method = SignInValues['mode'];

/** The way this browser last signed in (a session ID, or a user ID and token): never a credential. */
const METHOD_KEY = 'group-console.sign-in-method';
const lastMethod = (): Method | undefined => {
  try {
    const kept = localStorage.getItem(METHOD_KEY);
    return kept === 'ssid' || kept === 'token' ? kept : undefined;
  } catch {
    return undefined; // storage refused: the form opens on a session ID
  }
};
const rememberMethod = (method: Method) => {
  try {
    localStorage.setItem(METHOD_KEY, method);
  } catch {
    // Storage refused or full: the next visit opens on a session ID.
  }
};

export interface SignInFormProps {
  /** Pre-fills the form when the session ended and the user signs in again. */
  previous?: Session | null;
  onSignedIn: (session: Omit<Session, 'expired'>) => void;
}

/** Verifies credentials with one quick `list` call before accepting them (no React Query: the first download stays small). */
export function SignInForm({ previous, onSignedIn }: SignInFormProps) {
  const previousUser = previous && 'userId' in previous.credentials ? previous.credentials.userId : '';
  const { control, register, handleSubmit, formState } = useForm<SignInInput, unknown, SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: {
      mode: previous ? (previousUser ? 'token' : 'ssid') : (lastMethod() ?? 'ssid'),
      ssid: '',
      userId: previousUser,
      token: '',
      baseUrl: previous?.baseUrl ?? env.defaultBaseUrl,
      remember: previous?.remember ?? false,
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  // Registered in the page's order whichever are shown, so the first field in error is the one focused.
  const fields = { ssid: register('ssid'), userId: register('userId'), token: register('token'), baseUrl: register('baseUrl') };
  const { field: mode } = useController({ control, name: 'mode' });
  const error = (key: keyof typeof fields) => formState.errors[key]?.message;
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; serverMessage?: string; error?: unknown } | null>(null);
  // A double click must send one request: the ref flips before React re-renders.
  const inFlight = useRef(false);

  const submit = handleSubmit(async (data) => {
    if (inFlight.current) return;
    const credentials: Credentials = data.mode === 'ssid' ? { ssid: data.ssid } : { userId: data.userId, token: data.token };
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    try {
      await listGroups({ baseUrl: data.baseUrl, credentials, timeoutMs: env.timeoutMs }, { quick: true });
      inFlight.current = false;
      rememberMethod(data.mode);
      onSignedIn({ baseUrl: data.baseUrl, credentials, remember: data.remember });
    } catch (error) {
      inFlight.current = false;
      setPending(false);
      const serverMessage = (error as { serverMessage?: unknown }).serverMessage;
      setFailure({
        message:
          isApiError(error) && error.isSessionEnded
            ? 'DeepCall did not accept these credentials. Check them and try again.'
            : error instanceof Error
              ? error.message
              : 'Sign-in failed.',
        ...(typeof serverMessage === 'string' ? { serverMessage } : {}),
        error,
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {/* Tabs, not radios: the choice "Session ID" must not share a label with the field "Session ID". */}
        <Tabs value={mode.value} onChange={(value) => value && mode.onChange(value)} variant="pills">
          <Tabs.List grow aria-label="Sign in with">
            <Tabs.Tab value="ssid">Session ID</Tabs.Tab>
            <Tabs.Tab value="token">User ID and token</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        {mode.value === 'ssid' ? (
          <PasswordInput label="Session ID" autoComplete="off" error={error('ssid')} {...fields.ssid} />
        ) : (
          <>
            <TextInput label="User ID" autoComplete="username" error={error('userId')} {...fields.userId} />
            <PasswordInput label="Token" autoComplete="current-password" error={error('token')} {...fields.token} />
          </>
        )}
        <TextInput
          label="API server"
          placeholder="https://v4-api.deepcall.com"
          description={
            env.mocking
              ? `Your DeepCall host. Leave empty to use the built-in mock API (demo: session ID ${demoAccounts.demo.ssid}).`
              : 'Your DeepCall host. Leave empty to use this site’s own address.'
          }
          autoComplete="url"
          error={error('baseUrl')}
          {...fields.baseUrl}
        />
        <label className={classes.remember}>
          <input type="checkbox" {...register('remember')} />
          Remember me on this computer
        </label>
        {failure && (
          <Alert color="red" title="Sign-in failed" role="alert">
            <Text size="sm">{failure.message}</Text>
            {failure.serverMessage && (
              <Text size="sm" mt={4}>
                DeepCall said: “{failure.serverMessage}”
              </Text>
            )}
            <SupportDetails error={failure.error} />
          </Alert>
        )}
        <Button type="submit" loading={pending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
