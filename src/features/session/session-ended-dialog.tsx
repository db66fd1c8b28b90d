import { Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { navigate } from '@/lib/navigation';
import { RetryNotice } from '@/lib/retry-notice';
import { useNamespace } from '@/i18n/language-provider';
import { session as sessionMessages } from '@/i18n/namespaces/session';
import { useFormFailedWords } from './session-ended-unavailable';
import { accountKey, sessionStore, type Session } from './session-store';

type FormModule = typeof import('./sign-in-form');
let formChunk: Promise<FormModule> | null = null;
let loadedForm: FormModule['SignInForm'] | null = null;

/**
 * The session-ended dialog's form (react-hook-form + zod) is not in the list's first download, but it is
 * fetched while the session still works: a session that ends on a flaky connection must not wait for
 * a download to offer its sign-in. A failed fetch is forgotten, so the next try fetches again.
 */
export function prefetchSignInForm(): Promise<FormModule> {
  formChunk ??= import('./sign-in-form').then(
    (m) => {
      loadedForm = m.SignInForm;
      return m;
    },
    (error: unknown) => {
      formChunk = null;
      throw error;
    },
  );
  return formChunk;
}

// A new lazy component per try: React keeps a lazy component's failed load for good.
const lazySignInForm = () => lazy(() => prefetchSignInForm().then((m) => ({ default: m.SignInForm })));
// Fetched already (the usual case): shown at once, with no suspended render in between.
const signInFormNow = () => loadedForm ?? lazySignInForm();

/**
 * The page stays mounted under this dialog when DeepCall ends the session, so whatever the supervisor
 * was typing is still there after signing in again. Fetched apart from the page (src/lib/lazy-dialog.tsx).
 */
export default function SessionEndedDialog({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const t = useNamespace(sessionMessages);
  // Chosen once: a form that changed component type on a later render would lose what was typed.
  const [SignInForm, setSignInForm] = useState(signInFormNow);
  // A new try is a new boundary (its key), so it forgets the failure it caught.
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    setSignInForm(lazySignInForm);
    setAttempt((n) => n + 1);
  };
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
      <FormLoadBoundary key={attempt} onRetry={retry}>
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
      </FormLoadBoundary>
    </Modal>
  );
}

/** The form's code could not be fetched (offline, or a new deployment removed it): say so, with ways out. */
class FormLoadBoundary extends Component<{ children: ReactNode; onRetry: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <FormLoadFailed onRetry={this.props.onRetry} />;
  }
}

function FormLoadFailed({ onRetry }: { onRetry: () => void }) {
  return <RetryNotice words={useFormFailedWords()} onRetry={onRetry} />;
}
