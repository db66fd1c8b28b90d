import { useEffect, useMemo, type ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useLocationSnapshot } from '@/lib/navigation';
import { lazyDialog } from '@/lib/lazy-dialog';
import { env } from '@/lib/env';
import { accountKey, sessionStore, toApiConfig, useSession } from './session-store';
import { SessionEndedUnavailable } from './session-ended-unavailable';
import { SignedInContext } from './signed-in';

const loadEndedDialog = () => import('./session-ended-dialog');
/** It cannot be dismissed: should its code not come, the page still says the session ended, with Try again and Reload. */
const SessionEndedDialog = lazyDialog(loadEndedDialog, { isOpen: () => true, failed: (retry) => <SessionEndedUnavailable onRetry={retry} /> });

/**
 * At the supervisor's first click or key on the signed-in page: not part of what shows the page, yet
 * fetched while the session still works, so a session that ends on a flaky connection need not wait for
 * a download to offer its sign-in.
 */
function whenFirstUsed(run: () => void): () => void {
  const events = ['pointerdown', 'keydown'] as const;
  const once = () => {
    stop();
    run();
  };
  const stop = () => events.forEach((name) => window.removeEventListener(name, once, true));
  events.forEach((name) => window.addEventListener(name, once, true));
  return stop;
}

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
  const signedIn = session !== null;
  useEffect(() => {
    if (!signedIn) return;
    // The dialog and its sign-in form; a failure here is tried again when the dialog opens.
    return whenFirstUsed(() => void loadEndedDialog().then((m) => m.prefetchSignInForm()).catch(() => undefined));
  }, [signedIn]);
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

