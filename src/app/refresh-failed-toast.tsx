import type { NotificationData } from '@mantine/notifications';
import { useNamespace } from '@/i18n/language-provider';
import { shell } from '@/i18n/namespaces/shell';
import { useErrorText } from '@/lib/error-text';
import { errorToast } from '@/lib/support-details';

/**
 * The toast for a failed refresh of data on screen. Its words are components, not strings: the toast
 * is raised outside React (query-client.ts) and reads in the language on screen, even after a switch.
 */
export function refreshFailedToast(error: Error): NotificationData {
  return {
    id: 'background-refresh-failed',
    color: 'red',
    title: <RefreshFailedTitle />,
    // An unreadable reply keeps the toast open with Copy details for support.
    ...errorToast(<RefreshFailedMessage error={error} />, error),
  };
}

function RefreshFailedTitle() {
  const t = useNamespace(shell);
  return t('refreshFailed.title');
}

function RefreshFailedMessage({ error }: { error: Error }) {
  const t = useNamespace(shell);
  const errorText = useErrorText();
  return t('refreshFailed.message', { reason: errorText(error) });
}
