import { Button, Group as Row, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Agent, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { PickerList, usePicker, type PickerRow } from '@/lib/picker-list';
import { groupQueries } from '../queries';
import { LoadError } from '@/lib/load-error';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';

const ROW_HEIGHT = 44;

const agentId = (agent: Agent) => agent.agentId;
/** Searched by name or email. */
const nameAndEmail = (agent: Agent) => `${agent.name}\n${agent.email ?? ''}`;

/**
 * The account's agents who are not members, searchable by name or email, many at once.
 * The roster comes with the group's relation reply, or else from Agent/list.
 */
export function AddAgentsDialog({
  opened,
  roster,
  memberIds,
  onClose,
  onAdd,
}: {
  opened: boolean;
  roster: Agent[] | null;
  memberIds: ReadonlySet<string>;
  onClose: () => void;
  onAdd: (agents: GroupMember[]) => void;
}) {
  const t = useNamespace(groupEdit);
  return (
    <Modal opened={opened} onClose={onClose} title={t('add.title')} size="lg" centered>
      {opened && <Picker roster={roster} memberIds={memberIds} onClose={onClose} onAdd={onAdd} />}
    </Modal>
  );
}

function Picker({
  roster,
  memberIds,
  onClose,
  onAdd,
}: {
  roster: Agent[] | null;
  memberIds: ReadonlySet<string>;
  onClose: () => void;
  onAdd: (agents: GroupMember[]) => void;
}) {
  const t = useNamespace(groupEdit);
  const rowOf = useCallback(
    (agent: Agent): PickerRow => ({
      id: agent.agentId,
      checkboxLabel: t('add.checkbox', { name: agent.name }),
      name: agent.name,
      ...(agent.email ? { detail: agent.email } : {}),
    }),
    [t],
  );
  const fallback = useQuery({ ...groupQueries.agents(useSignedIn()), enabled: roster === null });
  const everyone = roster ?? fallback.data;
  const candidates = useMemo(() => (everyone ?? []).filter((agent) => !memberIds.has(agent.agentId)), [everyone, memberIds]);
  const { term, setTerm, query, shown, chosen, toggle } = usePicker(candidates, agentId, nameAndEmail);
  const add = () =>
    onAdd([...chosen.values()].map((a) => ({ agentId: a.agentId, name: a.name, ...(a.email ? { email: a.email } : {}), receivesCalls: true })));

  if (!everyone) {
    return fallback.isError ? (
      <LoadError
        title={t('add.readFailed')}
        error={fallback.error}
        retrying={fallback.isFetching}
        onRetry={() => fallback.refetch()}
      >
        {t('add.readFailedText')}
      </LoadError>
    ) : (
      <Row gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('add.loading')}</Text>
      </Row>
    );
  }
  return (
    <Stack>
      <TextInput
        label={t('add.search')}
        description={t('add.searchHint')}
        value={term}
        onChange={(event) => setTerm(event.currentTarget.value)}
        data-autofocus
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {candidates.length === 0
          ? t('add.everyoneIn')
          : query
            ? t('add.matching', { shown: shown.length, total: candidates.length })
            : t('add.notInGroup', { count: candidates.length })}
      </Text>
      {shown.length > 0 && <PickerList label={t('add.listLabel')} items={shown} rowHeight={ROW_HEIGHT} chosen={chosen} onToggle={toggle} rowOf={rowOf} />}
      <Row justify="space-between">
        <Text size="sm">{chosen.size > 0 ? t('add.chosen', { count: chosen.size }) : t('add.nobodyChosen')}</Text>
        <Row gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={add} disabled={chosen.size === 0}>
            {chosen.size > 0 ? t('add.addCount', { count: chosen.size }) : t('add.addAgents')}
          </Button>
        </Row>
      </Row>
    </Stack>
  );
}
