import { Alert, Button, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useRef, useState, type ChangeEvent } from 'react';
import { demoAccounts } from '@/api/contract';
import { listGroups } from '@/api/groups';
import { isApiError } from '@/api/errors';
import { useNamespace } from '@/i18n/language-provider';
import { session } from '@/i18n/namespaces/session';
import { blockedApiHost, env } from '@/lib/env';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';
import { checkSignIn, CHECKED_FIELDS, type CheckedField, type Method, type Problems, type SignInInput } from './sign-in-check';
import type { Session } from './session-store';
import classes from './sign-in-form.module.css';

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

/**
 * Verifies credentials with one quick `list` call before accepting them. Plain state and checkSignIn
 * rather than a form library or React Query: the first download stays small (react-hook-form and its
 * resolver were about 10 kB gzip of the sign-in page). Checked on submit, then again as the fields change.
 */
export function SignInForm({ previous, onSignedIn }: SignInFormProps) {
  const previousUser = previous && 'userId' in previous.credentials ? previous.credentials.userId : '';
  const t = useNamespace(session);
  const errorText = useErrorText();
  const [input, setInput] = useState<SignInInput>(() => ({
    mode: previous ? (previousUser ? 'token' : 'ssid') : (lastMethod() ?? 'ssid'),
    ssid: '',
    userId: previousUser,
    token: '',
    baseUrl: previous?.baseUrl ?? env.defaultBaseUrl,
    remember: previous?.remember ?? false,
  }));
  // No complaint about a field before the supervisor asks to sign in; from then on, as the fields change.
  const [submitted, setSubmitted] = useState(false);
  const checked = checkSignIn(input);
  const problems: Problems = submitted && 'problems' in checked ? checked.problems : {};
  const fieldRefs = useRef<Partial<Record<CheckedField, HTMLInputElement | null>>>({});
  const change = (next: Partial<SignInInput>) => setInput((current) => ({ ...current, ...next }));
  const field = (name: CheckedField) => ({
    value: input[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => change({ [name]: event.currentTarget.value }),
    ref: (element: HTMLInputElement | null) => {
      fieldRefs.current[name] = element;
    },
    error: error(name),
  });
  function error(name: CheckedField): string | undefined {
    const problem = problems[name];
    if (problem !== 'blockedHost') return problem && t(`invalid.${problem}`);
    // Checked again on every change, so the address in the field is the one refused.
    const blocked = blockedApiHost(input.baseUrl.trim().replace(/\/+$/, ''));
    if (!blocked) return undefined;
    return blocked.allowed.length > 0
      ? t('invalid.blockedHost', { allowed: blocked.allowed.join(', '), origin: blocked.origin })
      : t('invalid.blockedHostOwnSite', { origin: blocked.origin });
  }
  const [pending, setPending] = useState(false);
  // The error itself, worded when shown: a language switch rewords it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // A double click must send one request: the ref flips before React re-renders.
  const inFlight = useRef(false);

  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (inFlight.current) return;
    setSubmitted(true);
    if ('problems' in checked) {
      // The first field to mend, in the page's order.
      const first = CHECKED_FIELDS.find((name) => checked.problems[name]);
      if (first) fieldRefs.current[first]?.focus();
      return;
    }
    const { credentials, baseUrl, remember, mode } = checked.values;
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    try {
      await listGroups({ baseUrl, credentials, timeoutMs: env.timeoutMs }, { quick: true });
      inFlight.current = false;
      rememberMethod(mode);
      onSignedIn({ baseUrl, credentials, remember });
    } catch (error) {
      inFlight.current = false;
      setPending(false);
      setFailure({ error });
    }
  };
  const failureMessage = (error: unknown) =>
    isApiError(error) && error.isSessionEnded ? t('failure.notAccepted') : errorText(error, t('failure.unknown'));
  const serverMessage = (error: unknown) => {
    const said = (error as { serverMessage?: unknown } | null)?.serverMessage;
    return typeof said === 'string' && said !== '' ? said : undefined;
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {/* Tabs, not radios: the choice "Session ID" must not share a label with the field "Session ID". */}
        <Tabs value={input.mode} onChange={(value) => value && change({ mode: value as Method })} variant="pills">
          <Tabs.List grow aria-label={t('method.label')}>
            <Tabs.Tab value="ssid">{t('method.ssid')}</Tabs.Tab>
            <Tabs.Tab value="token">{t('method.token')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        {input.mode === 'ssid' ? (
          <PasswordInput label={t('field.ssid')} autoComplete="off" {...field('ssid')} />
        ) : (
          <>
            <TextInput label={t('field.userId')} autoComplete="username" {...field('userId')} />
            <PasswordInput label={t('field.token')} autoComplete="current-password" {...field('token')} />
          </>
        )}
        <TextInput
          label={t('field.apiServer')}
          // eslint-disable-next-line i18n/no-untranslated-text -- an address, the same in every language
          placeholder="https://v4-api.deepcall.com"
          description={env.mocking ? t('field.apiServerHintMock', { ssid: demoAccounts.demo.ssid }) : t('field.apiServerHint')}
          autoComplete="url"
          {...field('baseUrl')}
        />
        <label className={classes.remember}>
          <input type="checkbox" checked={input.remember} onChange={(event) => change({ remember: event.currentTarget.checked })} />
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
