import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useRef } from 'react';
import type { Group as DeepCallGroup } from '@/api/types';
import { GroupImpact } from './group-impact';
import { isGroupGone } from '../queries';
import { useGroupChange } from '../changes/use-group-changes';
import { SupportDetails } from '@/lib/support-details';

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
      notifications.show({ color: 'green', title: 'Group deleted', message: `${group.name} was deleted.` });
      close();
      onDeleted?.();
    } catch (error) {
      if (isGroupGone(error)) {
        notifications.show({ color: 'yellow', title: 'Already gone', message: `${group.name} had already been deleted elsewhere.` });
        close();
        onDeleted?.();
      }
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Modal opened={group !== null} onClose={close} title={group ? `Delete ${group.name}?` : "Delete group?"} centered>
      {group && (
        <Stack>
          {/* The title asks the question, with the group's name; the body says only what follows from it. */}
          <Text>Its agent assignments are deleted with it.</Text>
          <GroupImpact group={group} consequence="They stop receiving this group's calls." />
          <Text size="sm" c="dimmed">
            Deletion is permanent and cannot be undone, not even from Recent changes. To pause a group instead, switch it to
            inactive.
          </Text>
          {remove.error && !isGroupGone(remove.error) && (
            <Alert color="red" title="The group was not deleted" role="alert">
              {remove.error.message}
              <SupportDetails error={remove.error} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              Delete
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
});
