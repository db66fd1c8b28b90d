import { Button, Drawer, Group as Row, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { errorToast } from '@/lib/support-details';
import type { ChangeRecord } from '@/features/change-record/change-record';
import { describeChange, describeUndone } from '@/features/change-record/describe-change';
import { canUndo, useRecentChanges } from './recent-changes';
import { useGroupChange } from './use-group-changes';
import { useSignedIn } from '@/features/session/signed-in';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The header's "Recent changes" button and its drawer. */
export function RecentChangesPanel() {
  const [opened, setOpened] = useState(false);
  const { account } = useSignedIn();
  const records = useRecentChanges(account);
  // Narrow screens keep toasts off the open panel (src/app/toasts.module.css reads this mark).
  useEffect(() => {
    if (!opened) return;
    document.documentElement.setAttribute('data-recent-changes-open', '');
    return () => document.documentElement.removeAttribute('data-recent-changes-open');
  }, [opened]);
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        Recent changes{records.length > 0 ? ` (${records.length})` : ''}
      </Button>
      <Drawer opened={opened} onClose={() => setOpened(false)} title="Recent changes" position="right" size="md">
        <Text size="sm" c="dimmed" mb="md">
          Changes made in this browser tab. Renames, status and membership changes can be undone while the group is still as the change left it; deletions cannot, nor can an undo.
        </Text>
        {records.length === 0 ? (
          <Text>No changes yet in this session.</Text>
        ) : (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {records.map((record) => (
              <RecentChangeEntry key={record.id} record={record} />
            ))}
          </Stack>
        )}
      </Drawer>
    </>
  );
}

function RecentChangeEntry({ record }: { record: ChangeRecord }) {
  const undo = useGroupChange(record.groupId);
  const description = describeChange(record);
  return (
    <li style={{ borderBottom: '1px solid var(--mantine-color-default-border)', paddingBottom: 8 }}>
      <Row justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm">{description}</Text>
          <Row gap="xs">
            <Text size="xs" c="dimmed">
              <time dateTime={new Date(record.at).toISOString()}>{timeFormat.format(record.at)}</time>
            </Text>
            <Text size="xs" fw={600} c={record.ok ? undefined : 'red.9'}>
              {record.ok ? (record.undone ? 'Undone' : 'Done') : 'Failed'}
            </Text>
          </Row>
          {record.note && <Text size="xs">{record.note}</Text>}
          {record.error && (
            <Text size="xs" c="red.9">
              {record.error}
            </Text>
          )}
        </Stack>
        {canUndo(record) && (
          <Button
            size="xs"
            variant="light"
            loading={undo.isPending}
            aria-label={`Undo: ${description}`}
            onClick={() =>
              undo.mutate({ kind: 'undo', record }, {
                onSuccess: (saved) =>
                  notifications.show({
                    color: 'green',
                    title: 'Change undone',
                    // What it put back: a rename's undo speaks of the name, a switch's of the status.
                    message: saved.members
                      ? `${saved.name} has its ${saved.members.length} previous members again.`
                      : describeUndone(saved.before ?? record.after ?? saved, saved),
                  }),
                onError: (error) => notifications.show({ color: 'red', title: 'Could not undo', ...errorToast(error.message, error) }),
              })
            }
          >
            Undo
          </Button>
        )}
      </Row>
    </li>
  );
}
