import { useNamespace } from '@/i18n/language-provider';
import { session as sessionMessages } from '@/i18n/namespaces/session';
import { RetryNotice } from '@/lib/retry-notice';
import classes from './session-ended-unavailable.module.css';

/** The words for a sign-in form that could not be fetched, in the session-ended dialog or in place of it. */
export function useFormFailedWords() {
  const t = useNamespace(sessionMessages);
  return { title: t('ended.formFailed.title'), body: t('ended.formFailed.body'), retry: t('ended.formFailed.retry'), reload: t('ended.formFailed.reload') };
}

/**
 * The session ended and the dialog to sign in again could not be fetched: still say that the session
 * ended, keep the page (whose requests would all be refused) out of reach, and offer the ways out.
 */
export function SessionEndedUnavailable({ onRetry }: { onRetry: () => void }) {
  const t = useNamespace(sessionMessages);
  const formFailed = useFormFailedWords();
  return (
    <div className={classes.backdrop} role="alertdialog" aria-modal="true" aria-label={t('ended.title')}>
      <RetryNotice className={classes.notice} words={{ ...formFailed, title: t('ended.title') }} lead={formFailed.title} onRetry={onRetry} focusRetry />
    </div>
  );
}
