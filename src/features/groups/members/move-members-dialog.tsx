import { Alert, Button, Group as Row, Loader, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { groupQueries } from '../queries';
import { moveMembers, type MoveOutcome } from './membership-moves';
import { SupportDetails } from '@/lib/support-details';

/** At most this many groups are offered at once; typing narrows them. */
const SHOWN = 50;

function agents(n: number): string {
  return `${n} agent${n === 1 ? '' : 's'}`;
}

/** Pick a target group, then: join it first, leave this group second (never in no group). */
export function MoveMembersDialog({
  opened,
  source,
  sourceLoaded,
  moving,
  onClose,
  onMoved,
}: {
  opened: boolean;
  source: Group;
  sourceLoaded: GroupMember[];
  moving: GroupMember[];
  onClose: () => void;
  onMoved: (outcome: MoveOutcome) => void;
}) {
  // While moving, the dialog stays: closing it then would hide the outcome and allow a second move.
  const [running, setRunning] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={() => !running && onClose()}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
      title={`Move ${agents(moving.length)} to another group`}
      centered
    >
      {opened && (
        <MoveForm
          source={source}
          sourceLoaded={sourceLoaded}
          moving={moving}
          onClose={onClose}
          onMoved={onMoved}
          running={running}
          setRunning={setRunning}
        />
      )}
    </Modal>
  );
}

function MoveForm({
  source,
  sourceLoaded,
  moving,
  onClose,
  onMoved,
  running,
  setRunning,
}: {
  source: Group;
  sourceLoaded: GroupMember[];
  moving: GroupMember[];
  onClose: () => void;
  onMoved: (outcome: MoveOutcome) => void;
  running: boolean;
  setRunning: (running: boolean) => void;
}) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  const list = useQuery(groupQueries.list(ctx));
  const [term, setTerm] = useState('');
  const [targetId, setTargetId] = useState<string | null>(null);
  const others = useMemo(() => (list.data ?? []).filter((g) => g.id !== source.id), [list.data, source.id]);
  const matching = useMemo(() => {
    const needle = term.trim().toLocaleLowerCase();
    return needle ? others.filter((g) => g.name.toLocaleLowerCase().includes(needle)) : others;
  }, [others, term]);
  const target = others.find((g) => g.id === targetId);

  const move = async () => {
    if (!target || running) return;
    setRunning(true);
    const outcome = await moveMembers(client, ctx, { source, sourceLoaded, target, agents: moving });
    setRunning(false);
    onMoved(outcome);
  };

  if (!list.data) {
    return list.isError ? (
      <Alert color="red" title="The groups could not be read" role="alert">
        <Text size="sm">{list.error.message}</Text>
        <Button mt="xs" size="xs" variant="default" onClick={() => list.refetch()} loading={list.isFetching}>
          Retry
        </Button>
        <SupportDetails error={list.error} />
      </Alert>
    ) : (
      <Row gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">Loading groups…</Text>
      </Row>
    );
  }
  return (
    <Stack>
      <Text size="sm">
        {moving.map((m) => m.name).join(', ')} will join the group you pick, keeping whether they take calls, and then leave{' '}
        {source.name}.
      </Text>
      <TextInput label="Find a group" value={term} onChange={(event) => setTerm(event.currentTarget.value)} data-autofocus />
      <Radio.Group label="Move to" value={targetId} onChange={setTargetId}>
        <Stack gap={6} mt={6}>
          {matching.slice(0, SHOWN).map((g) => (
            <Radio key={g.id} value={g.id} label={g.active ? g.name : `${g.name} (inactive)`} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {matching.length === 0
          ? `No other group matches “${term.trim()}”.`
          : matching.length > SHOWN
            ? `Showing ${SHOWN} of ${matching.length} groups; type to narrow.`
            : `${matching.length} group${matching.length === 1 ? '' : 's'}`}
      </Text>
      <Row justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={running}>
          Cancel
        </Button>
        <Button onClick={() => void move()} disabled={!target} loading={running}>
          {target ? `Move to ${target.name}` : 'Move'}
        </Button>
      </Row>
    </Stack>
  );
}
