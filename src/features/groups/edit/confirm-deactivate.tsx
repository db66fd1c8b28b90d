import { Button, Group as Row, Modal, Stack, Text } from '@mantine/core';
import type { Group } from '@/api/types';
import { GroupImpact } from './group-impact';

/** Switching a group off stops its agents' calls: the page says how many before it saves. */
export function ConfirmDeactivate({ group, opened, onCancel, onConfirm }: { group: Group; opened: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    // A name of 100 characters without a space wraps inside the dialog (the theme's Modal title).
    <Modal opened={opened} onClose={onCancel} title={`Deactivate ${group.name}?`} centered>
      <Stack>
        <GroupImpact group={group} consequence="While the group is inactive they receive none of its calls." />
        <Text size="sm" c="dimmed">
          The group keeps its agents and history; you can switch it back on at any time.
        </Text>
        <Row justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button onClick={onConfirm}>Deactivate and save</Button>
        </Row>
      </Stack>
    </Modal>
  );
}
