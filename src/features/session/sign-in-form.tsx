import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { listGroups } from '@/api/groups';
import type { Credentials } from '@/api/schemas';
import { blockedApiHost, env } from '@/env';
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

export interface SignInFormProps {
  /** Pre-fills the form when the session ended and the user signs in again. */
  previous?: Session | null;
  onSignedIn: (session: Omit<Session, 'expired'>) => void;
}

/** Verifies credentials with one quick `list` call before accepting them. */
export function SignInForm({ previous, onSignedIn }: SignInFormProps) {
  const previousUser = previous && 'userId' in previous.credentials ? previous.credentials.userId : '';
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: {
      mode: previous ? (previousUser ? 'token' : 'ssid') : 'ssid',
      ssid: '',
      userId: previousUser,
      token: '',
      baseUrl: previous?.baseUrl ?? env.defaultBaseUrl,
      remember: previous?.remember ?? false,
    },
  });
  const verify = useMutation({
    meta: { handlesSessionEnd: true },
    mutationFn: async (values: SignInValues) => {
      const credentials: Credentials =
        values.mode === 'ssid' ? { ssid: values.ssid.trim() } : { userId: values.userId.trim(), token: values.token.trim() };
      const baseUrl = values.baseUrl.replace(/\/+$/, '');
      await listGroups({ baseUrl, credentials, timeoutMs: env.timeoutMs }, { quick: true });
      return { baseUrl, credentials, remember: values.remember };
    },
    onSuccess: onSignedIn,
  });
  // A double click must send one request: the ref flips before React re-renders.
  const inFlight = useRef(false);
  const submit = form.handleSubmit(async (values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await verify.mutateAsync(values);
    } catch {
      // Shown below from verify.error.
    } finally {
      inFlight.current = false;
    }
  });
  const mode = form.watch('mode');
  const { errors } = form.formState;
  const error = verify.error;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            // Tabs, not radios: the choice "Session ID" must not share a label with the field "Session ID".
            <Tabs value={field.value} onChange={(value) => value && field.onChange(value)} variant="pills">
              <Tabs.List grow aria-label="Sign in with">
                <Tabs.Tab value="ssid">Session ID</Tabs.Tab>
                <Tabs.Tab value="token">User ID and token</Tabs.Tab>
              </Tabs.List>
            </Tabs>
          )}
        />
        {mode === 'ssid' ? (
          <PasswordInput label="Session ID" autoComplete="off" error={errors.ssid?.message} {...form.register('ssid')} />
        ) : (
          <>
            <TextInput label="User ID" autoComplete="username" error={errors.userId?.message} {...form.register('userId')} />
            <PasswordInput label="Token" autoComplete="current-password" error={errors.token?.message} {...form.register('token')} />
          </>
        )}
        <TextInput
          label="API server"
          placeholder="https://v4-api.deepcall.com"
          description={
            env.mocking
              ? 'Your DeepCall host. Leave empty to use the built-in mock API (demo: session ID demo-ssid).'
              : 'Your DeepCall host. Leave empty to use this site’s own address.'
          }
          error={errors.baseUrl?.message}
          autoComplete="url"
          {...form.register('baseUrl')}
        />
        <Checkbox label="Remember me on this computer" {...form.register('remember')} />
        {error && (
          <Alert color="red" title="Sign-in failed" role="alert">
            <Text size="sm">{error.message}</Text>
            {'serverMessage' in error && typeof error.serverMessage === 'string' && (
              <Text size="sm" mt={4}>
                DeepCall said: “{error.serverMessage}”
              </Text>
            )}
          </Alert>
        )}
        <Button type="submit" loading={verify.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
