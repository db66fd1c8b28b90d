import { Alert, Button, Checkbox, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod/mini';
import { demoAccounts } from '@/api/contract';
import { listGroups } from '@/api/groups';
import type { Credentials } from '@/api/requests';
import { isApiError } from '@/api/errors';
import { blockedApiHost, env } from '@/lib/env';
import { SupportDetails } from '@/lib/support-details';
import type { Session } from './session-store';

const signInSchema = z
  .object({
    mode: z.enum(['ssid', 'token']),
    ssid: z.string(),
    userId: z.string(),
    token: z.string(),
    baseUrl: z.string().check(
      z.trim(),
      z.refine((value) => value === '' || /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(value), {
        message: 'Enter the server address as https://your-host (or leave it empty).',
      }),
    ),
    remember: z.boolean(),
  })
  .check(
    z.superRefine((values, ctx) => {
      const blocked = blockedApiHost(values.baseUrl.trim());
      if (blocked) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: blocked });
      if (values.mode === 'ssid' && values.ssid.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['ssid'], message: 'Enter your DeepCall session ID.' });
      }
      if (values.mode === 'token') {
        if (values.userId.trim() === '') ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Enter your DeepCall user ID.' });
        if (values.token.trim() === '') ctx.addIssue({ code: 'custom', path: ['token'], message: 'Enter your API token.' });
      }
    }),
  );
type SignInValues = z.infer<typeof signInSchema>;
type Field = 'ssid' | 'userId' | 'token' | 'baseUrl';
const fieldOrder: Field[] = ['ssid', 'userId', 'token', 'baseUrl'];

export interface SignInFormProps {
  /** Pre-fills the form when the session ended and the user signs in again. */
  previous?: Session | null;
  onSignedIn: (session: Omit<Session, 'expired'>) => void;
}

/**
 * Verifies credentials with one quick `list` call before accepting them.
 * Plain React state rather than react-hook-form and React Query: the sign-in
 * page is the first thing a supervisor downloads, and it must stay small.
 */
export function SignInForm({ previous, onSignedIn }: SignInFormProps) {
  const previousUser = previous && 'userId' in previous.credentials ? previous.credentials.userId : '';
  const [values, setValues] = useState<SignInValues>({
    mode: previous ? (previousUser ? 'token' : 'ssid') : 'ssid',
    ssid: '',
    userId: previousUser,
    token: '',
    baseUrl: previous?.baseUrl ?? env.defaultBaseUrl,
    remember: previous?.remember ?? false,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; serverMessage?: string; error?: unknown } | null>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  // A double click must send one request: the ref flips before React re-renders.
  const inFlight = useRef(false);

  const set = <K extends keyof SignInValues>(key: K, value: SignInValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (key in errors) setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const text = (key: Field) => ({
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value),
    error: errors[key],
    ref: (el: HTMLInputElement | null) => {
      inputs.current[key] = el;
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    const parsed = signInSchema.safeParse(values);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as Field;
        next[key] ??= issue.message;
      }
      setErrors(next);
      const first = fieldOrder.find((key) => next[key]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    const data = parsed.data;
    const credentials: Credentials =
      data.mode === 'ssid' ? { ssid: data.ssid.trim() } : { userId: data.userId.trim(), token: data.token.trim() };
    const baseUrl = data.baseUrl.replace(/\/+$/, '');
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    try {
      await listGroups({ baseUrl, credentials, timeoutMs: env.timeoutMs }, { quick: true });
      inFlight.current = false;
      onSignedIn({ baseUrl, credentials, remember: data.remember });
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
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {/* Tabs, not radios: the choice "Session ID" must not share a label with the field "Session ID". */}
        <Tabs value={values.mode} onChange={(value) => value && set('mode', value as SignInValues['mode'])} variant="pills">
          <Tabs.List grow aria-label="Sign in with">
            <Tabs.Tab value="ssid">Session ID</Tabs.Tab>
            <Tabs.Tab value="token">User ID and token</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        {values.mode === 'ssid' ? (
          <PasswordInput label="Session ID" autoComplete="off" name="ssid" {...text('ssid')} />
        ) : (
          <>
            <TextInput label="User ID" autoComplete="username" name="userId" {...text('userId')} />
            <PasswordInput label="Token" autoComplete="current-password" name="token" {...text('token')} />
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
          name="baseUrl"
          {...text('baseUrl')}
        />
        <Checkbox
          label="Remember me on this computer"
          checked={values.remember}
          onChange={(event) => set('remember', event.currentTarget.checked)}
        />
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
