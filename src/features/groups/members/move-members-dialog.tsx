import { Button, Group as Row, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { groupQueries } from '../queries';
import { joiningOf } from '@/features/change-record/membership-diff';
import { moveMembers, type MoveOutcome } from './membership-moves';
import { RunningDialog, type Runner } from './running-dialog';
import { LoadError } from '@/lib/load-error';
import { plural } from '@/lib/plural';
import styles from './members.module.css';

/** At most this many groups are offered at once; typing narrows them. */
const SHOWN = 50;

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
  return (
    <RunningDialog opened={opened} onClose={onClose} title={`Move ${plural(moving.length, 'agent')} to another group`}>
      {(runner) => <MoveForm source={source} sourceLoaded={sourceLoaded} moving={moving} onClose={onClose} onMoved={onMoved} {...runner} />}
    </RunningDialog>
  );
}

function MoveForm({
  source,
  sourceLoaded,
  moving,
  onClose,
  onMoved,
  running,
  run,
}: {
  source: Group;
  sourceLoaded: GroupMember[];
  moving: GroupMember[];
  onClose: () => void;
  onMoved: (outcome: MoveOutcome) => void;
} & Runner) {
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
    if (!target) return;
    const outcome = await run(() => moveMembers(client, ctx, { source, sourceLoaded, target, agents: moving }));
    if (outcome) onMoved(outcome);
  };

  if (!list.data) {
    return list.isError ? (
      <LoadError title="The groups could not be read" error={list.error} retrying={list.isFetching} onRetry={() => list.refetch()} />
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
        {source.name}. Anyone already in that group stays there exactly as they are.
      </Text>
      <TextInput label="Find a group" value={term} onChange={(event) => setTerm(event.currentTarget.value)} data-autofocus />
      <Radio.Group label="Move to" value={targetId} onChange={setTargetId}>
        {/* The list scrolls on its own, so the Move button below stays in view however many groups there are. */}
        <div className={styles.targets}>
          <Stack gap={6} py={6}>
            {matching.slice(0, SHOWN).map((g) => (
              <Radio
                key={g.id}
                value={g.id}
                label={g.active ? g.name : `${g.name} (inactive)`}
                description={g.agentCount === undefined ? undefined : plural(g.agentCount, 'agent')}
              />
            ))}
          </Stack>
        </div>
      </Radio.Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {matching.length === 0
          ? `No other group matches “${term.trim()}”.`
          : matching.length > SHOWN
            ? `Showing ${SHOWN} of ${matching.length} groups; type to narrow.`
            : plural(matching.length, 'group')}
      </Text>
      <div className={styles.footer}>
        {target && <AlreadyThere source={source} target={target} moving={moving} />}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            Cancel
          </Button>
          <Button onClick={() => void move()} disabled={!target} loading={running}>
            {target ? `Move to ${target.name}` : 'Move'}
          </Button>
        </Row>
      </div>
    </Stack>
  );
}

/** Who of the moving agents the target holds already: the move leaves them there as they are. */
function AlreadyThere({ source, target, moving }: { source: Group; target: Group; moving: GroupMember[] }) {
  const members = useQuery(groupQueries.members(useSignedIn(), target.id));
  if (!members.data) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {members.isError ? `Could not check who is already in ${target.name}.` : `Checking who is already in ${target.name}…`}
      </Text>
    );
  }
  const inTarget = new Map(members.data.members.map((m) => [m.agentId, m]));
  const { already } = joiningOf(members.data.members, moving);
  if (already.length === 0) {
    return (
      <Text size="sm" role="status">
        {moving.length === 1 ? `${moving[0]?.name ?? 'This agent'} is not` : `None of the ${moving.length} agents is`} in {target.name} yet.
      </Text>
    );
  }
  const who = already.map((m) => `${m.name} (${inTarget.get(m.agentId)?.receivesCalls ? 'takes its calls' : 'does not take its calls'})`);
  return (
    <Text size="sm" role="status">
      Already in {target.name}: {who.join(', ')}. Nothing changes for {already.length === 1 ? 'them' : 'these agents'} there; they
      only leave {source.name}.
    </Text>
  );
}
