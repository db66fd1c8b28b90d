import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { SupportDetails } from '@/lib/support-details';
import { leaveSource, type Joined, type MoveOutcome } from './membership-moves';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { changes } from '@/i18n/namespaces/changes';
import { noteOf } from '@/features/change-record/describe-change';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';

type Translate = ReturnType<typeof useNamespace<'groupEdit'>>;

function names(members: GroupMember[]): string {
  return members.map((m) => m.name).join(', ');
}

/** "Aarav Sharma joined Support", "Rohan Khan was already in Support (unchanged there)": only who really joined is said to have. */
function joinedParts(t: Translate, { joined, already }: Joined, target: Group): string[] {
  return [
    ...(joined.length > 0 ? [t('report.joined', { names: names(joined), target: target.name })] : []),
    ...(already.length > 0 ? [t('report.already', { count: already.length, names: names(already), target: target.name })] : []),
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
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const tc = useNamespace(changes);
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
  const common = { withCloseButton: true, closeButtonLabel: t('report.dismiss'), onClose: onDismiss, role: 'status' } as const;
  switch (outcome.step) {
    case 'done':
      return (
        <Alert color="green" title={t('report.movedTitle', { target: outcome.target.name })} {...common}>
          {joinedParts(t, outcome, outcome.target).map((part) => (
            <Text size="sm" key={part}>
              {t('report.doneLine', { part, source: from.name })}
            </Text>
          ))}
          {outcome.notes.map((note) => noteOf(note, tc)).map((note) => (
            <Text size="sm" key={note}>
              {note}
            </Text>
          ))}
        </Alert>
      );
    case 'join-failed':
      return (
        <Alert color="red" title={t('report.nothingMoved')} {...common}>
          <Text size="sm">
            {t('report.joinFailed', { names: who, target: outcome.target.name, reason: errorText(outcome.error), source: from.name })}
          </Text>
          <SupportDetails error={outcome.error} />
        </Alert>
      );
    case 'leave-failed':
      return (
        <Alert color="red" title={t('report.halfTitle')} {...common}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('report.halfText', {
                parts: joinedParts(t, outcome, outcome.target).join('; '),
                count: outcome.agents.length,
                source: from.name,
                reason: errorText(outcome.error),
              })}
            </Text>
            <Button size="xs" onClick={() => void finish()} loading={finishing}>
              {t('report.finish')}
            </Button>
            <SupportDetails error={outcome.error} />
          </Stack>
        </Alert>
      );
  }
}
