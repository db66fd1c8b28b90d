import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { SupportDetails } from '@/lib/support-details';
import { leaveSource, type Joined, type MoveOutcome } from './membership-moves';

function names(members: GroupMember[]): string {
  return members.map((m) => m.name).join(', ');
}

/** "Aarav Sharma joined Support", "Rohan Khan was already in Support (unchanged there)": only who really joined is said to have. */
function joinedParts({ joined, already }: Joined, target: Group): string[] {
  return [
    ...(joined.length > 0 ? [`${names(joined)} joined ${target.name}`] : []),
    ...(already.length > 0 ? [`${names(already)} ${already.length === 1 ? 'was' : 'were'} already in ${target.name} (unchanged there)`] : []),
  ];
}

/** Exactly what a move did, and the way to finish one that stopped half-way. */
export function MoveReport({
  outcome,
  from,
  fromLoaded,
  onOutcome,
  onDismiss,
}: {
  outcome: MoveOutcome;
  from: Group;
  /** `from`'s members as loaded: leaving it replaces its whole membership. */
  fromLoaded: GroupMember[];
  /** How finishing the move ended. */
  onOutcome: (outcome: MoveOutcome) => void;
  onDismiss: () => void;
}) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  const [finishing, setFinishing] = useState(false);
  const finish = async () => {
    if (outcome.step !== 'leave-failed') return;
    setFinishing(true);
    // Finishing is the supervisor's decision, made after reading why the move stopped (even "nobody would take calls").
    const move = { source: from, sourceLoaded: fromLoaded, target: outcome.target, agents: outcome.agents };
    const next = await leaveSource(client, ctx, move, outcome, [], true);
    setFinishing(false);
    onOutcome(next);
  };

  const who = names(outcome.agents);
  const common = { withCloseButton: true, closeButtonLabel: 'Dismiss', onClose: onDismiss, role: 'status' } as const;
  switch (outcome.step) {
    case 'done':
      return (
        <Alert color="green" title={`Moved to ${outcome.target.name}`} {...common}>
          {joinedParts(outcome, outcome.target).map((part) => (
            <Text size="sm" key={part}>
              {part} and left {from.name}.
            </Text>
          ))}
          {outcome.notes.map((note) => (
            <Text size="sm" key={note}>
              {note}
            </Text>
          ))}
        </Alert>
      );
    case 'join-failed':
      return (
        <Alert color="red" title="Nothing was moved" {...common}>
          <Text size="sm">
            {who} could not join {outcome.target.name}: {outcome.error.message} They are still in {from.name} only.
          </Text>
          <SupportDetails error={outcome.error} />
        </Alert>
      );
    case 'leave-failed':
      return (
        <Alert color="red" title="The move stopped half-way" {...common}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {joinedParts(outcome, outcome.target).join('; ')} but {outcome.agents.length === 1 ? 'is' : 'are'} still in {from.name}{' '}
              too: leaving {from.name} failed: {outcome.error.message}
            </Text>
            <Button size="xs" onClick={() => void finish()} loading={finishing}>
              Finish the move
            </Button>
            <SupportDetails error={outcome.error} />
          </Stack>
        </Alert>
      );
  }
}
