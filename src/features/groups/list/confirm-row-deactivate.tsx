import { Button, Group as Row, Modal, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { Group } from '@/api/types';
import { GroupImpact } from '../edit/group-impact';

/**
 * The row switch's question before a group whose agents take its calls is switched off: one for the
 * whole table (rows hold no hooks). Focus moves into it, on Cancel; Esc cancels.
 */
export const ConfirmRowDeactivate = memo(function ConfirmRowDeactivate({
  group,
  onCancel,
  onConfirm,
}: {
  group: Group | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal opened={group !== null} onClose={onCancel} title={group ? `Deactivate ${group.name}?` : 'Deactivate group?'} size="sm" centered>
      {group && (
        <Stack>
          <GroupImpact group={group} consequence="While the group is inactive they receive none of its calls." />
          <Text size="sm" c="dimmed">
            It keeps its agents and history; you can switch it back on at any time.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={onCancel} data-autofocus>
              Cancel
            </Button>
            <Button onClick={onConfirm}>Deactivate</Button>
          </Row>
        </Stack>
      )}
    </Modal>
  );
});
