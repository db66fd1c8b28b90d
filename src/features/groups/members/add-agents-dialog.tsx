import { Button, Group as Row, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Agent, GroupMember } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { PickerList, usePicker, type PickerRow } from '@/lib/picker-list';
import { groupQueries } from '../queries';
import { LoadError } from '@/lib/load-error';

const ROW_HEIGHT = 44;

const agentId = (agent: Agent) => agent.agentId;
/** Searched by name or email. */
const nameAndEmail = (agent: Agent) => `${agent.name}\n${agent.email ?? ''}`;
const rowOf = (agent: Agent): PickerRow => ({
  id: agent.agentId,
  checkboxLabel: `Add ${agent.name}`,
  name: agent.name,
  ...(agent.email ? { detail: agent.email } : {}),
});

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
  return (
    <Modal opened={opened} onClose={onClose} title="Add agents" size="lg" centered>
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
  const fallback = useQuery({ ...groupQueries.agents(useSignedIn()), enabled: roster === null });
  const everyone = roster ?? fallback.data;
  const candidates = useMemo(() => (everyone ?? []).filter((agent) => !memberIds.has(agent.agentId)), [everyone, memberIds]);
  const { term, setTerm, query, shown, chosen, toggle } = usePicker(candidates, agentId, nameAndEmail);
  const add = () =>
    onAdd([...chosen.values()].map((a) => ({ agentId: a.agentId, name: a.name, ...(a.email ? { email: a.email } : {}), receivesCalls: true })));

  if (!everyone) {
    return fallback.isError ? (
      <LoadError
        title="The account’s agents could not be read"
        error={fallback.error}
        retrying={fallback.isFetching}
        onRetry={() => fallback.refetch()}
      >
        Members can still be removed and their calls changed; adding needs the list of agents.
      </LoadError>
    ) : (
      <Row gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">Loading the account’s agents…</Text>
      </Row>
    );
  }
  return (
    <Stack>
      <TextInput
        label="Search agents"
        description="By name or email"
        value={term}
        onChange={(event) => setTerm(event.currentTarget.value)}
        data-autofocus
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {candidates.length === 0
          ? 'Every agent of the account is already in this group.'
          : query
            ? `${shown.length} of ${candidates.length} agents match`
            : `${candidates.length} agents not in this group`}
      </Text>
      {shown.length > 0 && <PickerList label="Agents not in this group" items={shown} rowHeight={ROW_HEIGHT} chosen={chosen} onToggle={toggle} rowOf={rowOf} />}
      <Row justify="space-between">
        <Text size="sm">{chosen.size > 0 ? `${chosen.size} chosen; they will take calls` : 'Nobody chosen yet'}</Text>
        <Row gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={add} disabled={chosen.size === 0}>
            {chosen.size > 0 ? `Add ${chosen.size} agent${chosen.size === 1 ? '' : 's'}` : 'Add agents'}
          </Button>
        </Row>
      </Row>
    </Stack>
  );
}
