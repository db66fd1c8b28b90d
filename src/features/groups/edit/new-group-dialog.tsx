import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { renamedNotice } from './group-name';
import { GroupNameField } from './group-name-field';
import { useGroupChange } from '../changes/use-group-changes';
import { isNameRefusal, nameRefused, useNewGroupForm } from './new-group-form';
import { useStoppable, wasStopped } from '@/lib/use-stoppable';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import { navigate } from '@/lib/navigation';
import { SupportDetails } from '@/lib/support-details';

/** Memoized: the list page re-renders on every search keystroke. */
export const NewGroupDialog = memo(function NewGroupDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const create = useGroupChange(undefined);
  const form = useNewGroupForm('');
  const { errors, isDirty } = form.formState;
  const typed = useWatch({ control: form.control, name: 'name' });
  const inFlight = useRef(false);
  const stoppable = useStoppable();

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.handleSubmit(async ({ name }) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const saved = await create.mutateAsync({ kind: 'create', name, signal: stoppable.start() });
      const notice = renamedNotice(saved) && t('renamed', { name: saved.name, requested: saved.requestedName });
      notifications.show({
        color: notice ? 'yellow' : 'green',
        title: notice ? t('newGroup.createdRenamedTitle') : t('newGroup.createdTitle'),
        message: notice || t('newGroup.createdMessage', { name: saved.name }),
        autoClose: notice ? 10_000 : 4_000,
      });
      close();
      // On to the new group's page, where its agents are added. What was typed is saved: nothing to ask.
      navigate(`/groups/${encodeURIComponent(saved.id)}`, { force: true });
    } catch (error) {
      nameRefused(form, error);
    } finally {
      inFlight.current = false;
    }
  });

  const error = create.error;
  return (
    <Modal opened={opened} onClose={close} title={t('newGroup.title')} centered>
      <UnsavedChangesGuard when={opened && isDirty} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <GroupNameField label={t('newGroup.name')} data-autofocus withAsterisk typed={typed} error={errors.name?.message} {...form.register('name')} />
          {error && !isNameRefusal(error) && (
            <Alert color="red" title={wasStopped(error) ? t('stoppedTitle') : t('newGroup.notCreatedTitle')} role="alert">
              {wasStopped(error) ? t('stoppedMessage') : errorText(error)}
              <SupportDetails error={error} />
            </Alert>
          )}
          <Group justify="flex-end">
            {create.isPending ? (
              <Button variant="default" onClick={stoppable.stop}>
                {t('stopWaiting')}
              </Button>
            ) : (
              <Button variant="default" onClick={close}>
                {t('cancel')}
              </Button>
            )}
            <Button type="submit" loading={create.isPending}>
              {t('newGroup.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
});
