import { Button, Group as Row, Modal, Stack, Text } from '@mantine/core';
import type { Group } from '@/api/types';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { GroupImpact } from './group-impact';

/** Switching a group off stops its agents' calls: the page says how many before it saves. */
export function ConfirmDeactivate({ group, opened, onCancel, onConfirm }: { group: Group; opened: boolean; onCancel: () => void; onConfirm: () => void }) {
  const t = useNamespace(groupEdit);
  return (
    // A name of 100 characters without a space wraps inside the dialog (the theme's Modal title).
    <Modal opened={opened} onClose={onCancel} title={t('deactivate.title', { name: group.name })} centered>
      <Stack>
        <GroupImpact group={group} consequence={t('deactivate.consequence')} />
        <Text size="sm" c="dimmed">
          {t('deactivate.keeps')}
        </Text>
        <Row justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('cancel')}
          </Button>
          <Button onClick={onConfirm}>{t('deactivate.confirm')}</Button>
        </Row>
      </Stack>
    </Modal>
  );
}
