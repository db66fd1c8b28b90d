import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import type { SaveReport } from './agent-groups-state';

/**
 * How the last Save groups ended, group by group: a colleague's change that was kept is named, each
 * failure says DeepCall's reason, and what failed or was not sent is still pending, with a retry.
 */
export function AgentGroupsReport({
  report,
  retrying,
  onRetry,
  onDismiss,
}: {
  report: SaveReport;
  retrying: boolean;
  /** Absent when nothing is left to retry (a group deleted meanwhile). */
  onRetry?: (() => void) | undefined;
  onDismiss: () => void;
}) {
  const t = useNamespace(agents);
  const errorText = useErrorText();
  const notes = report.saved.filter((s) => s.note);
  const left = report.failed.length + report.notSent.length;
  return (
    <Stack gap="xs">
      {notes.length > 0 && (
        <Alert color="yellow" title={t('report.keptTitle')} role="status" withCloseButton closeButtonLabel={t('report.dismiss')} onClose={onDismiss}>
          <List size="sm">
            {notes.map(({ group, note }) => (
              <List.Item key={group.id}>
                {t('report.groupSays', { group: group.name, message: note ?? '' })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {left > 0 && (
        <Alert color="red" title={t('report.notSavedFor', { count: left })} role="alert">
          <Stack gap="xs" align="flex-start">
            {report.saved.length > 0 && <Text size="sm">{t('report.savedFor', { names: report.saved.map((s) => s.group.name).join(', ') })}</Text>}
            <List size="sm">
              {report.failed.map(({ group, error }) => (
                <List.Item key={group.id}>
                  {t('report.groupSays', { group: group.name, message: errorText(error, t('unknownError')) })}
                  <SupportDetails error={error} />
                </List.Item>
              ))}
              {report.notSent.map((group) => (
                <List.Item key={group.id}>{t('report.notSent', { group: group.name })}</List.Item>
              ))}
            </List>
            {onRetry ? (
              <>
                <Text size="sm">
                  {report.notSent.length > 0 ? t('report.signInThenRetry') : t('report.stillPending')}
                </Text>
                <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
                  {t('report.retry')}
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" onClick={onDismiss}>
                {t('report.dismiss')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
