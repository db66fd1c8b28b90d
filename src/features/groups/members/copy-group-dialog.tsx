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
import { plural } from '@/lib/plural';
import { SupportDetails } from '@/lib/support-details';

/** A new group with the same members and call settings as `group` (as saved). */
export function CopyGroupDialog({ group, members, opened, onClose }: { group: Group; members: GroupMember[]; opened: boolean; onClose: () => void }) {
  return (
    <RunningDialog opened={opened} onClose={onClose} title={`Copy ${group.name}`}>
      {(runner) => <CopyForm group={group} members={members} onClose={onClose} {...runner} />}
    </RunningDialog>
  );
}

function CopyForm({ group, members, onClose, running, run }: { group: Group; members: GroupMember[]; onClose: () => void } & Runner) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  const form = useNewGroupForm(`${group.name} copy`);
  const typed = useWatch({ control: form.control, name: 'name' });
  const [failure, setFailure] = useState<Error | null>(null);
  const [partial, setPartial] = useState<Extract<CopyOutcome, { step: 'members-failed' }> | null>(null);
  const agents = plural(members.length, 'agent');

  const finished = (outcome: CopyOutcome) => {
    if (outcome.step === 'members-failed') {
      setPartial(outcome);
      return;
    }
    const notice = renamedNotice(outcome.created);
    notifications.show({
      color: notice ? 'yellow' : 'green',
      title: `${group.name} copied`,
      message: `${notice ?? `${outcome.created.name} was created.`} It has ${agents}, ${takingCalls(members)} taking calls.`,
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
        <Alert color="red" title={`${partial.created.name} was created without its members`} role="alert">
          <Text size="sm">
            Setting its {members.length} agents failed: {partial.error.message} The new group exists; try again, or set its members
            on its own page.
          </Text>
          <SupportDetails error={partial.error} />
        </Alert>
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            Close
          </Button>
          <Button loading={running} onClick={() => void copy(() => setCopiedMembers(client, ctx, partial.created, members))}>
            Set the members again
          </Button>
        </Row>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          A new group with {group.name}’s {agents} ({takingCalls(members)} taking calls), as saved.
        </Text>
        <GroupNameField label="Name of the copy" withAsterisk data-autofocus typed={typed} error={form.formState.errors.name?.message} {...form.register('name')} />
        {failure && (
          <Alert color="red" title="Nothing was copied" role="alert">
            {failure.message}
            <SupportDetails error={failure} />
          </Alert>
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            Cancel
          </Button>
          <Button type="submit" loading={running}>
            Copy group
          </Button>
        </Row>
      </Stack>
    </form>
  );
}
