import { Button, Drawer, Group as Row, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFormatter } from 'use-intl';
import { errorToast } from '@/lib/support-details';
import type { ChangeRecord } from '@/features/change-record/change-record';
import { describeChange, describeUndone, noteOf } from '@/features/change-record/describe-change';
import { useFailureText } from '@/features/change-record/use-failure-text';
import { useNamespace } from '@/i18n/language-provider';
import { changes } from '@/i18n/namespaces/changes';
import { canUndo } from './recent-changes';
import { useGroupChange } from './use-group-changes';
import { changeErrorText, changesText } from './changes-message';

/** The Recent changes drawer: what this supervisor changed, newest first, with Undo where it can be undone. */
export default function RecentChangesDrawer({ opened, onClose, records }: { opened: boolean; onClose: () => void; records: ChangeRecord[] }) {
  const t = useNamespace(changes);
  return (
    <Drawer opened={opened} onClose={onClose} title={t('recent.title')} position="right" size="md">
      <Text size="sm" c="dimmed" mb="md">
        {t('recent.intro')}
      </Text>
      {records.length === 0 ? (
        <Text>{t('recent.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {records.map((record) => (
            <RecentChangeEntry key={record.id} record={record} />
          ))}
        </Stack>
      )}
    </Drawer>
  );
}

function RecentChangeEntry({ record }: { record: ChangeRecord }) {
  const t = useNamespace(changes);
  const format = useFormatter();
  const undo = useGroupChange(record.groupId);
  const description = describeChange(record, t);
  const note = noteOf(record, t);
  const reason = useFailureText()(record);
  return (
    <li style={{ borderBottom: '1px solid var(--mantine-color-default-border)', paddingBottom: 8 }}>
      <Row justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm">{description}</Text>
          <Row gap="xs">
            <Text size="xs" c="dimmed">
              <time dateTime={new Date(record.at).toISOString()}>{format.dateTime(record.at, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}</time>
            </Text>
            <Text size="xs" fw={600} c={record.ok ? undefined : 'red.9'}>
              {t(record.ok ? (record.undone ? 'recent.undone' : 'recent.done') : 'recent.failed')}
            </Text>
          </Row>
          {note && <Text size="xs">{note}</Text>}
          {reason && (
            <Text size="xs" c="red.9">
              {reason}
            </Text>
          )}
        </Stack>
        {canUndo(record) && (
          <Button
            size="xs"
            variant="light"
            loading={undo.isPending}
            aria-label={t('recent.undoLabel', { change: description })}
            onClick={() =>
              undo.mutate({ kind: 'undo', record }, {
                onSuccess: (saved) =>
                  notifications.show({
                    color: 'green',
                    title: changesText((t) => t('recent.undoneTitle')),
                    // What it put back: a rename's undo speaks of the name, a switch's of the status.
                    message: changesText((t) => {
                      const members = saved.members;
                      return members
                        ? t('undone.members', { name: saved.name, count: members.length })
                        : describeUndone(saved.before ?? record.after ?? saved, saved, t);
                    }),
                  }),
                onError: (error) =>
                  notifications.show({ color: 'red', title: changesText((t) => t('recent.undoFailedTitle')), ...errorToast(changeErrorText(error), error) }),
              })
            }
          >
            {t('recent.undo')}
          </Button>
        )}
      </Row>
    </li>
  );
}
