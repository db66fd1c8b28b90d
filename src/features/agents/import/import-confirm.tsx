import { Button, Group as Row, Modal, Text } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import type { GroupPlan } from './resolve-import';

/** Asked once before an import that leaves active groups with nobody taking their calls: it names them. */
export function ImportConfirm({ plans, onCancel, onConfirm }: { plans: GroupPlan[] | null; onCancel: () => void; onConfirm: () => void }) {
  const t = useNamespace(agentsImport);
  const names = (plans ?? []).map((plan) => plan.group.name);
  return (
    <Modal opened={plans !== null} onClose={onCancel} title={t('confirm.title', { count: names.length })} centered>
      <Text size="sm">{t('confirm.body', { count: names.length, names: names.join(', ') })}</Text>
      <Row justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('confirm.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {t('confirm.confirm')}
        </Button>
      </Row>
    </Modal>
  );
}
