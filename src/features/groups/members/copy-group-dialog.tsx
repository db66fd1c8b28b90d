import { Alert, Button, Group as Row, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import { ErrorCode, isApiError } from '@/api/errors';
import { useSignedIn } from '@/features/session/signed-in';
import { renamedNotice } from '../edit/group-name';
import { useGroupForm } from '../edit/use-group-form';
import { copyGroup, setCopiedMembers, type CopyOutcome } from './membership-moves';
import { takingCalls } from '@/features/change-record/membership-diff';
import { SupportDetails } from '@/lib/support-details';

/** A new group with the same members and call settings as `group` (as saved). */
export function CopyGroupDialog({ group, members, opened, onClose }: { group: Group; members: GroupMember[]; opened: boolean; onClose: () => void }) {
  // While copying, the dialog stays: its outcome (a group created without its members) must be seen.
  const [running, setRunning] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={() => !running && onClose()}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
      title={`Copy ${group.name}`}
      centered
    >
      {opened && <CopyForm group={group} members={members} onClose={onClose} running={running} setRunning={setRunning} />}
    </Modal>
  );
}

function CopyForm({
  group,
  members,
  onClose,
  running,
  setRunning,
}: {
  group: Group;
  members: GroupMember[];
  onClose: () => void;
  running: boolean;
  setRunning: (running: boolean) => void;
}) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  const form = useGroupForm({ name: `${group.name} copy`, active: true });
  const [failure, setFailure] = useState<Error | null>(null);
  const [partial, setPartial] = useState<Extract<CopyOutcome, { step: 'members-failed' }> | null>(null);
  const inFlight = useRef(false);

  const finished = (outcome: CopyOutcome) => {
    if (outcome.step === 'members-failed') {
      setPartial(outcome);
      return;
    }
    const notice = renamedNotice(outcome.created);
    notifications.show({
      color: notice ? 'yellow' : 'green',
      title: `${group.name} copied`,
      message: `${notice ?? `${outcome.created.name} was created.`} It has ${members.length} agent${members.length === 1 ? '' : 's'}, ${takingCalls(members)} taking calls.`,
    });
    onClose();
  };
  const run = async (step: () => Promise<CopyOutcome>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRunning(true);
    setFailure(null);
    try {
      finished(await step());
    } catch (error) {
      if (isApiError(error) && error.code === ErrorCode.NameMissing) form.setNameError(error.message);
      else setFailure(error as Error);
    } finally {
      inFlight.current = false;
      setRunning(false);
    }
  };
  const submit = form.handleSubmit(({ name }) => run(() => copyGroup(client, ctx, { name, members })));

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
          <Button loading={running} onClick={() => void run(() => setCopiedMembers(client, ctx, partial.created, members))}>
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
          A new group with {group.name}’s {members.length} agent{members.length === 1 ? '' : 's'} ({takingCalls(members)} taking calls),
          as saved.
        </Text>
        <TextInput
          label="Name of the copy"
          withAsterisk
          data-autofocus
          error={form.nameError}
          value={form.values.name}
          onChange={(event) => form.setName(event.currentTarget.value)}
          ref={form.nameRef}
        />
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
