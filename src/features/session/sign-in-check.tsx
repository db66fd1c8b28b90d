/**
 * What signing in needs only once the supervisor submits: the form's rules (zod), the API client's one
 * quick `list` call and the words for its failure. Fetched when the form is first touched (see sign-in-form.tsx), so the sign-in
 * page shows without the API client, the error catalog and the support details.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Text } from '@mantine/core';
import { z } from 'zod/mini';
import { listGroups } from '@/api/groups';
import type { Credentials } from '@/api/requests';
import { isApiError } from '@/api/errors';
import { loadNamespace } from '@/i18n/catalogs';
import { useNamespace } from '@/i18n/language-provider';
import { languageStore } from '@/i18n/language-store';
import { errors } from '@/i18n/namespaces/errors';
import { session } from '@/i18n/namespaces/session';
import { blockedApiHost, env } from '@/lib/env';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';

/** What the schema says is wrong: a key of the session catalog's `invalid`, worded when shown (in the language then on screen). */
export type Invalid = 'baseUrl' | 'ssid' | 'userId' | 'token' | 'blockedHost';
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
export type SignInInput = z.input<typeof signInSchema>;
export type SignInValues = z.output<typeof signInSchema>;
/** The sign-in form's rules, for react-hook-form. */
export const signInResolver = zodResolver(signInSchema);

/** Resolves when DeepCall accepts the credentials at that address; rejects with what went wrong. */
export async function verifyCredentials(baseUrl: string, credentials: Credentials): Promise<void> {
  try {
    await listGroups({ baseUrl, credentials, timeoutMs: env.timeoutMs }, { quick: true });
  } catch (error) {
    // The explanation's words in the language on screen, there before the failure is shown.
    await loadNamespace(languageStore.get(), errors.name).catch(() => undefined);
    throw error;
  }
}

const serverMessage = (error: unknown) => {
  const said = (error as { serverMessage?: unknown } | null)?.serverMessage;
  return typeof said === 'string' && said !== '' ? said : undefined;
};

/** The failed attempt, worded when shown (a language switch rewords it), with DeepCall's own message. */
export function SignInFailure({ error }: { error: unknown }) {
  const t = useNamespace(session);
  const errorText = useErrorText();
  const said = serverMessage(error);
  return (
    <Alert color="red" title={t('failure.title')} role="alert">
      <Text size="sm">{isApiError(error) && error.isSessionEnded ? t('failure.notAccepted') : errorText(error, t('failure.unknown'))}</Text>
      {said && (
        <Text size="sm" mt={4}>
          {t('failure.serverSaid', { message: said })}
        </Text>
      )}
      <SupportDetails error={error} />
    </Alert>
  );
}
