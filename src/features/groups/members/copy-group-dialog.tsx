import { Alert, Button, Group as Row, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Group, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { renamedNotice } from '../edit/group-name';
import { GroupNameField } from '../edit/group-name-field';
import { nameRefused, useNewGroupForm } from '../edit/new-group-form';
import { copyGroup, setCopiedMembers, type CopyOutcome } from './membership-moves';
import { takingCalls } from '@/features/change-record/membership-diff';
import { RunningDialog, type Runner } from './running-dialog';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { SupportDetails } from '@/lib/support-details';

/** A new group with the same members and call settings as `group` (as saved). */
export function CopyGroupDialog({ group, members, opened, onClose }: { group: Group; members: GroupMember[]; opened: boolean; onClose: () => void }) {
  const t = useNamespace(groupEdit);
  return (
    <RunningDialog opened={opened} onClose={onClose} title={t('copy.title', { name: group.name })}>
      {(runner) => <CopyForm group={group} members={members} onClose={onClose} {...runner} />}
    </RunningDialog>
  );
}

function CopyForm({ group, members, onClose, running, run }: { group: Group; members: GroupMember[]; onClose: () => void } & Runner) {
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const ctx = useSignedIn();
  const client = useQueryClient();
  const form = useNewGroupForm(t('copy.defaultName', { name: group.name }));
  const typed = useWatch({ control: form.control, name: 'name' });
  const [failure, setFailure] = useState<Error | null>(null);
  const [partial, setPartial] = useState<Extract<CopyOutcome, { step: 'members-failed' }> | null>(null);
  const agents = members.length;
  const calls = takingCalls(members);

  const finished = (outcome: CopyOutcome) => {
    if (outcome.step === 'members-failed') {
      setPartial(outcome);
      return;
    }
    const { created } = outcome;
    const notice = renamedNotice(created);
    notifications.show({
      color: notice ? 'yellow' : 'green',
      title: t('copy.copiedTitle', { name: group.name }),
      message: notice
        ? t('copy.copiedRenamedMessage', { created: created.name, requested: created.requestedName, agents, calls })
        : t('copy.copiedMessage', { created: created.name, agents, calls }),
    });
    onClose();
  };
  const copy = (step: () => Promise<CopyOutcome>) =>
    run(async () => {
      setFailure(null);
      try {
        finished(await step());
      } catch (error) {
        if (!nameRefused(form, error)) setFailure(error as Error);
      }
    });
  const submit = form.handleSubmit(({ name }) => copy(() => copyGroup(client, ctx, { name, members })));

  if (partial) {
    return (
      <Stack>
        <Alert color="red" title={t('copy.partialTitle', { name: partial.created.name })} role="alert">
          <Text size="sm">
            {t('copy.partialText', { count: members.length, reason: errorText(partial.error) })}
          </Text>
          <SupportDetails error={partial.error} />
        </Alert>
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {t('close')}
          </Button>
          <Button loading={running} onClick={() => void copy(() => setCopiedMembers(client, ctx, partial.created, members))}>
            {t('copy.setAgain')}
          </Button>
        </Row>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {t('copy.intro', { name: group.name, agents, calls })}
        </Text>
        <GroupNameField label={t('copy.nameLabel')} withAsterisk data-autofocus typed={typed} error={form.formState.errors.name?.message} {...form.register('name')} />
        {failure && (
          <Alert color="red" title={t('copy.nothingCopied')} role="alert">
            {errorText(failure)}
            <SupportDetails error={failure} />
          </Alert>
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={running}>
            {t('copy.copyGroup')}
          </Button>
        </Row>
      </Stack>
    </form>
  );
}
