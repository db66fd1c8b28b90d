import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useRef } from 'react';
import type { Group as DeepCallGroup } from '@/api/types';
import { GroupImpact } from './group-impact';
import { isGroupGone } from '../queries';
import { useGroupChange } from '../changes/use-group-changes';
import { SupportDetails } from '@/lib/support-details';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';

/** Memoized: the list page re-renders on every search keystroke. */
export const DeleteGroupDialog = memo(function DeleteGroupDialog({
  group,
  onClose,
  onDeleted,
}: {
  group: DeepCallGroup | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const remove = useGroupChange(group?.id);
  const inFlight = useRef(false);

  const close = () => {
    remove.reset();
    onClose();
  };

  const confirm = async () => {
    if (!group || inFlight.current) return;
    inFlight.current = true;
    try {
      await remove.mutateAsync({ kind: 'delete', group });
      notifications.show({ color: 'green', title: t('delete.deletedTitle'), message: t('delete.deletedMessage', { name: group.name }) });
      close();
      onDeleted?.();
    } catch (error) {
      if (isGroupGone(error)) {
        notifications.show({ color: 'yellow', title: t('delete.goneTitle'), message: t('delete.goneMessage', { name: group.name }) });
        close();
        onDeleted?.();
      }
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Modal opened={group !== null} onClose={close} title={group ? t('delete.title', { name: group.name }) : t('delete.titleNoGroup')} centered>
      {group && (
        <Stack>
          {/* The title asks the question, with the group's name; the body says only what follows from it. */}
          <Text>{t('delete.assignments')}</Text>
          <GroupImpact group={group} consequence={t('delete.consequence')} />
          <Text size="sm" c="dimmed">
            {t('delete.permanent')}
          </Text>
          {remove.error && !isGroupGone(remove.error) && (
            <Alert color="red" title={t('delete.failedTitle')} role="alert">
              {errorText(remove.error)}
              <SupportDetails error={remove.error} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              {t('delete.delete')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
});

export default DeleteGroupDialog;
