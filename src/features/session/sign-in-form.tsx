import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { demoAccounts } from '@/api/contract';
import { listGroups } from '@/api/groups';
import type { Credentials } from '@/api/requests';
import { isApiError } from '@/api/errors';
import { useNamespace } from '@/i18n/language-provider';
import { session } from '@/i18n/namespaces/session';
import { blockedApiHost, env } from '@/lib/env';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';
import type { Session } from './session-store';
import classes from './sign-in-form.module.css';

/** What the schema says is wrong: a key of the session catalog's `invalid`, worded when shown (in the language then on screen). */
type Invalid = 'baseUrl' | 'ssid' | 'userId' | 'token' | 'blockedHost';
const invalid = (key: Invalid) => key;

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
        message: invalid('baseUrl'),
      }),
      z.overwrite((value) => value.replace(/\/+$/, '')),
    ),
    remember: z.boolean(),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (blockedApiHost(values.baseUrl)) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: invalid('blockedHost') });
      if (values.mode === 'ssid' && values.ssid === '') ctx.addIssue({ code: 'custom', path: ['ssid'], message: invalid('ssid') });
      if (values.mode === 'token') {
        if (values.userId === '') ctx.addIssue({ code: 'custom', path: ['userId'], message: invalid('userId') });
        if (values.token === '') ctx.addIssue({ code: 'custom', path: ['token'], message: invalid('token') });
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
  const t = useNamespace(session);
  const errorText = useErrorText();
  const { control, register, handleSubmit, formState, getValues } = useForm<SignInInput, unknown, SignInValues>({
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
  const error = (key: keyof typeof fields): string | undefined => {
    const problem = formState.errors[key]?.message as Invalid | undefined;
    if (problem !== 'blockedHost') return problem && t(`invalid.${problem}`);
    // Validation runs again on every change, so the address in the field is the one refused.
    const blocked = blockedApiHost(getValues('baseUrl').trim());
    if (!blocked) return undefined;
    return blocked.allowed.length > 0
      ? t('invalid.blockedHost', { allowed: blocked.allowed.join(', '), origin: blocked.origin })
      : t('invalid.blockedHostOwnSite', { origin: blocked.origin });
  };
  const [pending, setPending] = useState(false);
  // The error itself, worded when shown: a language switch rewords it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
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
      setFailure({ error });
    }
  });
  const failureMessage = (error: unknown) =>
    isApiError(error) && error.isSessionEnded ? t('failure.notAccepted') : errorText(error, t('failure.unknown'));
  const serverMessage = (error: unknown) => {
    const said = (error as { serverMessage?: unknown } | null)?.serverMessage;
    return typeof said === 'string' && said !== '' ? said : undefined;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {/* Tabs, not radios: the choice "Session ID" must not share a label with the field "Session ID". */}
        <Tabs value={mode.value} onChange={(value) => value && mode.onChange(value)} variant="pills">
          <Tabs.List grow aria-label={t('method.label')}>
            <Tabs.Tab value="ssid">{t('method.ssid')}</Tabs.Tab>
            <Tabs.Tab value="token">{t('method.token')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        {mode.value === 'ssid' ? (
          <PasswordInput label={t('field.ssid')} autoComplete="off" error={error('ssid')} {...fields.ssid} />
        ) : (
          <>
            <TextInput label={t('field.userId')} autoComplete="username" error={error('userId')} {...fields.userId} />
            <PasswordInput label={t('field.token')} autoComplete="current-password" error={error('token')} {...fields.token} />
          </>
        )}
        <TextInput
          label={t('field.apiServer')}
          // eslint-disable-next-line i18n/no-untranslated-text -- an address, the same in every language
          placeholder="https://v4-api.deepcall.com"
          description={env.mocking ? t('field.apiServerHintMock', { ssid: demoAccounts.demo.ssid }) : t('field.apiServerHint')}
          autoComplete="url"
          error={error('baseUrl')}
          {...fields.baseUrl}
        />
        <label className={classes.remember}>
          <input type="checkbox" {...register('remember')} />
          {t('field.remember')}
        </label>
        {failure && (
          <Alert color="red" title={t('failure.title')} role="alert">
            <Text size="sm">{failureMessage(failure.error)}</Text>
            {serverMessage(failure.error) && (
              <Text size="sm" mt={4}>
                {t('failure.serverSaid', { message: serverMessage(failure.error) ?? '' })}
              </Text>
            )}
            <SupportDetails error={failure.error} />
          </Alert>
        )}
        <Button type="submit" loading={pending} fullWidth>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
