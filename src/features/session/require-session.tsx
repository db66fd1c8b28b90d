import { Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { env } from '@/env';
import { accountKey, sessionStore, toApiConfig, useSession, type Session } from './session-store';
import { SignInForm } from './sign-in-form';

/**
 * Guards the signed-in routes and hands them `{ api, account }` as outlet
 * context. When the server ends the session, the page stays mounted under a
 * sign-in dialog, so whatever the supervisor was typing is still there after.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const context = useMemo(
    () => (session ? { api: toApiConfig(session, env.timeoutMs), account: accountKey(session) } : null),
    [session],
  );
  if (!session || !context) {
    // A visitor without a session comes back here after signing in; one who signed out starts afresh.
    const from = sessionStore.wasSignedOutOnPurpose() ? undefined : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={from} />;
  }
  return (
    <>
      <Outlet context={context} />
      {session.expired && <SessionEndedDialog session={session} />}
    </>
  );
}

function SessionEndedDialog({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Your session has ended"
      centered
    >
      <Text size="sm" mb="md">
        DeepCall no longer accepts your session. Sign in again to carry on — what you typed on this page is kept.
      </Text>
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
            navigate('/groups', { replace: true, state: { accountSwitch: true } });
            queryClient.clear();
          }
        }}
      />
    </Modal>
  );
}
