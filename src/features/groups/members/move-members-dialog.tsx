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
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
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
  const t = useNamespace(groupEdit);
  return (
    <RunningDialog opened={opened} onClose={onClose} title={t('move.title', { count: moving.length })}>
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
  const t = useNamespace(groupEdit);
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
      <LoadError title={t('move.readFailed')} error={list.error} retrying={list.isFetching} onRetry={() => list.refetch()} />
    ) : (
      <Row gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('move.loading')}</Text>
      </Row>
    );
  }
  return (
    <Stack>
      <Text size="sm">
        {t('move.intro', { names: moving.map((m) => m.name).join(', '), source: source.name })}
      </Text>
      <TextInput label={t('move.find')} value={term} onChange={(event) => setTerm(event.currentTarget.value)} data-autofocus />
      <Radio.Group label={t('move.moveTo')} value={targetId} onChange={setTargetId}>
        {/* The list scrolls on its own, so the Move button below stays in view however many groups there are. */}
        <div className={styles.targets}>
          <Stack gap={6} py={6}>
            {matching.slice(0, SHOWN).map((g) => (
              <Radio
                key={g.id}
                value={g.id}
                label={g.active ? g.name : t('move.inactiveOption', { name: g.name })}
                description={g.agentCount === undefined ? undefined : t('move.agentCount', { count: g.agentCount })}
              />
            ))}
          </Stack>
        </div>
      </Radio.Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {matching.length === 0
          ? t('move.noMatch', { term: term.trim() })
          : matching.length > SHOWN
            ? t('move.showing', { shown: SHOWN, total: matching.length })
            : t('move.groupCount', { count: matching.length })}
      </Text>
      <div className={styles.footer}>
        {target && <AlreadyThere source={source} target={target} moving={moving} />}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void move()} disabled={!target} loading={running}>
            {target ? t('move.moveToTarget', { name: target.name }) : t('move.move')}
          </Button>
        </Row>
      </div>
    </Stack>
  );
}

/** Who of the moving agents the target holds already: the move leaves them there as they are. */
function AlreadyThere({ source, target, moving }: { source: Group; target: Group; moving: GroupMember[] }) {
  const t = useNamespace(groupEdit);
  const members = useQuery(groupQueries.members(useSignedIn(), target.id));
  if (!members.data) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {members.isError ? t('move.checkFailed', { name: target.name }) : t('move.checking', { name: target.name })}
      </Text>
    );
  }
  const inTarget = new Map(members.data.members.map((m) => [m.agentId, m]));
  const { already } = joiningOf(members.data.members, moving);
  if (already.length === 0) {
    return (
      <Text size="sm" role="status">
        {t('move.notYet', { count: moving.length, name: moving[0]?.name ?? t('move.thisAgent'), target: target.name })}
      </Text>
    );
  }
  const who = already.map((m) => t(inTarget.get(m.agentId)?.receivesCalls ? 'move.takesItsCalls' : 'move.notItsCalls', { name: m.name }));
  return (
    <Text size="sm" role="status">
      {t('move.already', { target: target.name, who: who.join(', '), count: already.length, source: source.name })}
    </Text>
  );
}
