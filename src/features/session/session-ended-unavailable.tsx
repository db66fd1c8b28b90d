import { Alert, Button, Group, Text } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { session as sessionMessages } from '@/i18n/namespaces/session';
import classes from './session-ended-unavailable.module.css';

/**
 * The session ended and the dialog to sign in again could not be fetched: still say that the session
 * ended, keep the page (whose requests would all be refused) out of reach, and offer the ways out.
 */
export function SessionEndedUnavailable({ onRetry }: { onRetry: () => void }) {
  const t = useNamespace(sessionMessages);
  return (
    <div className={classes.backdrop}>
      <Alert className={classes.notice} color="red" title={t('ended.title')} role="alertdialog" aria-modal="true" aria-label={t('ended.title')}>
        <Text size="sm" fw={600} mb={4}>
          {t('ended.formFailed.title')}
        </Text>
        <Text size="sm" mb="sm">
          {t('ended.formFailed.body')}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onRetry} autoFocus>
            {t('ended.formFailed.retry')}
          </Button>
          <Button size="xs" variant="default" onClick={() => window.location.reload()}>
            {t('ended.formFailed.reload')}
          </Button>
        </Group>
      </Alert>
    </div>
  );
}
