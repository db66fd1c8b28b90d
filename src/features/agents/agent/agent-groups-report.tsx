import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { SupportDetails } from '@/lib/support-details';
import { plural } from '@/lib/plural';
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
  const notes = report.saved.filter((s) => s.note);
  const left = report.failed.length + report.notSent.length;
  return (
    <Stack gap="xs">
      {notes.length > 0 && (
        <Alert color="yellow" title="Saved, keeping a colleague’s change" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={onDismiss}>
          <List size="sm">
            {notes.map(({ group, note }) => (
              <List.Item key={group.id}>
                {group.name}: {note}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {left > 0 && (
        <Alert color="red" title={`Not saved for ${plural(left, 'group')}`} role="alert">
          <Stack gap="xs" align="flex-start">
            {report.saved.length > 0 && <Text size="sm">Saved for {report.saved.map((s) => s.group.name).join(', ')}.</Text>}
            <List size="sm">
              {report.failed.map(({ group, message, error }) => (
                <List.Item key={group.id}>
                  {group.name}: {message}
                  <SupportDetails error={error} />
                </List.Item>
              ))}
              {report.notSent.map((group) => (
                <List.Item key={group.id}>{group.name}: not sent, the session ended first.</List.Item>
              ))}
            </List>
            {onRetry ? (
              <>
                <Text size="sm">
                  {report.notSent.length > 0 ? 'Sign in again if asked, then retry. ' : ''}These changes are still pending below.
                </Text>
                <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
                  Retry
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" onClick={onDismiss}>
                Dismiss
              </Button>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
