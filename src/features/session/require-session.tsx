import { Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';

const SignInForm = lazy(() => import('./sign-in-form').then((m) => ({ default: m.SignInForm })));
import { Redirect } from 'wouter';
import { navigate, useLocationSnapshot } from '@/lib/navigation';
import { useNamespace } from '@/i18n/language-provider';
import { session as sessionMessages } from '@/i18n/namespaces/session';
import { env } from '@/lib/env';
import { accountKey, sessionStore, toApiConfig, useSession, type Session } from './session-store';
import { SignedInContext } from './signed-in';

/**
 * Guards the signed-in routes and hands them `{ api, account }` (useSignedIn). When the server ends the session, the page stays mounted under a
 * sign-in dialog, so whatever the supervisor was typing is still there after.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocationSnapshot();
  const context = useMemo(
    () => (session ? { api: toApiConfig(session, env.timeoutMs), account: accountKey(session) } : null),
    [session],
  );
  if (!session || !context) {
    // A visitor without a session comes back here after signing in; one who signed out starts afresh.
    const from = sessionStore.wasSignedOutOnPurpose() ? undefined : { from: location.path + location.search };
    return <Redirect to="/login" replace state={from} />;
  }
  return (
    <SignedInContext value={context}>
      {children}
      {session.expired && <SessionEndedDialog session={session} />}
    </SignedInContext>
  );
}

function SessionEndedDialog({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const t = useNamespace(sessionMessages);
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('ended.title')}
      centered
    >
      <Text size="sm" mb="md">
        {t('ended.body')}
      </Text>
      <Suspense fallback={null}>
      <SignInForm
        previous={session}
        onSignedIn={(next) => {
          const sameAccount = accountKey(next) === accountKey(session);
          sessionStore.signIn(next);
          if (sameAccount) {
            void queryClient.invalidateQueries();
          } else {
            // Another account's data must not show under this one: leave the page (a dirty form
            // belongs to the previous account, so its guard lets this through), then drop the cache.
            navigate('/groups', { replace: true, force: true });
            queryClient.clear();
          }
        }}
      />
      </Suspense>
    </Modal>
  );
}
