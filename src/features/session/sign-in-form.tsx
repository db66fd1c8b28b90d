import { Alert, Button, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { Suspense, useRef, useState, type ComponentType } from 'react';
import { useController, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { demoAccounts } from '@/api/contract';
import type { Credentials } from '@/api/requests';
import { useNamespace } from '@/i18n/language-provider';
import { session } from '@/i18n/namespaces/session';
import { blockedApiHost, env } from '@/lib/env';
import type { Session } from './session-store';
import type { Invalid, SignInInput, SignInValues } from './sign-in-check';
import classes from './sign-in-form.module.css';

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

/**
 * The form's rules (zod), the check and its failure's words, fetched when the form is first touched or
 * submitted: the page shows without zod and the API client (the groups list loads both once signed in).
 */
const loadCheck = () => import('./sign-in-check');
type FailureView = ComponentType<{ error: unknown }>;

/** The error a resolver reports when the check could not be fetched: on no field, so nothing is sent and no field is blamed. */
const NOT_LOADED = { check: { type: 'notLoaded', message: 'notLoaded' } } as FieldErrors<SignInInput>;

/** The zod schema through react-hook-form's resolver, once fetched. */
const resolver: Resolver<SignInInput, unknown, SignInValues> = async (values, context, options) => {
  try {
    return await (await loadCheck()).signInResolver(values, context, options);
  } catch {
    return { values: {}, errors: NOT_LOADED };
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
  const { control, register, handleSubmit, formState, getValues } = useForm<SignInInput, unknown, SignInValues>({
    resolver,
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
  // `View` is the check module's, or CheckNotLoaded when that module could not be fetched.
  const [failure, setFailure] = useState<{ error: unknown; View: FailureView } | null>(null);
  // A double click must send one request: the ref flips before React re-renders.
  const inFlight = useRef(false);

  const submit = handleSubmit(async (data) => {
    if (inFlight.current) return;
    const credentials: Credentials = data.mode === 'ssid' ? { ssid: data.ssid } : { userId: data.userId, token: data.token };
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    let View: FailureView = CheckNotLoaded;
    try {
      // Fetched already by the resolver; awaited here too so a failure cannot leave the form stuck.
      const check = await loadCheck();
      View = check.SignInFailure;
      await check.verifyCredentials(data.baseUrl, credentials);
      inFlight.current = false;
      rememberMethod(data.mode);
      onSignedIn({ baseUrl: data.baseUrl, credentials, remember: data.remember });
    } catch (error) {
      inFlight.current = false;
      setPending(false);
      setFailure({ error, View });
    }
  });

  return (
    // Touching the form fetches the check, so it is there (or its absence known) by the time of Sign in.
    <form onSubmit={submit} noValidate onFocusCapture={() => void loadCheck().catch(() => undefined)}>
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
        {'check' in formState.errors && <CheckNotLoaded />}
        {failure && (
          // Its explanation's words are fetched with the failure; should a language switch need them again, the title stands in.
          <Suspense fallback={<Alert color="red" title={t('failure.title')} role="alert" />}>
            <failure.View error={failure.error} />
          </Suspense>
        )}
        {/* Also while the rules are fetched, should the form not have been touched before (a click does not focus a button everywhere). */}
        <Button type="submit" loading={pending || formState.isSubmitting} fullWidth>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The form's rules and check could not be fetched: nothing was sent. */
function CheckNotLoaded() {
  const t = useNamespace(session);
  return (
    <Alert color="red" title={t('failure.title')} role="alert">
      <Text size="sm">{t('failure.notLoaded')}</Text>
    </Alert>
  );
}
