import { Button, Group as Row, Modal, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { Group } from '@/api/types';
import { GroupImpact } from '../edit/group-impact';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';

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
  const t = useNamespace(groupsList);
  return (
    <Modal opened={group !== null} onClose={onCancel} title={group ? t('rowSwitch.title', { name: group.name }) : t('rowSwitch.titleNone')} size="sm" centered>
      {group && (
        <Stack>
          <GroupImpact group={group} consequence={t('rowSwitch.consequence')} />
          <Text size="sm" c="dimmed">
            {t('rowSwitch.keeps')}
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={onCancel} data-autofocus>
              {t('rowSwitch.cancel')}
            </Button>
            <Button onClick={onConfirm}>{t('rowSwitch.confirm')}</Button>
          </Row>
        </Stack>
      )}
    </Modal>
  );
});

export default ConfirmRowDeactivate;
