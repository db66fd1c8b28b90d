import { Button, Group as Row, Modal, Text } from '@mantine/core';
import type { GroupPlan } from './resolve-import';

/** Asked once before an import that leaves active groups with nobody taking their calls: it names them. */
export function ImportConfirm({ plans, onCancel, onConfirm }: { plans: GroupPlan[] | null; onCancel: () => void; onConfirm: () => void }) {
  const names = (plans ?? []).map((plan) => plan.group.name);
  const one = names.length === 1;
  return (
    <Modal opened={plans !== null} onClose={onCancel} title={one ? 'Leave a group with nobody taking its calls?' : 'Leave groups with nobody taking their calls?'} centered>
      <Text size="sm">
        After this import nobody would take the calls of {one ? 'the active group' : `${names.length} active groups`}: {names.join(', ')}. Callers
        routed there would not reach an agent.
      </Text>
      <Row justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm}>
          Import anyway
        </Button>
      </Row>
    </Modal>
  );
}
