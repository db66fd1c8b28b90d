import { Button, Group as Row, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type { Group } from '@/api/types';
import { PickerList, usePicker, type PickerRow } from '@/lib/picker-list';
import { plural } from '@/lib/plural';

const ROW_HEIGHT = 48;

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const groupId = (group: Group) => group.id;
const groupName = (group: Group) => group.name;
const rowOf = (group: Group): PickerRow => ({
  id: group.id,
  checkboxLabel: `Add to ${group.name}`,
  name: group.name,
  detail: `${group.active ? 'Active' : 'Inactive'}${group.agentCount === undefined ? '' : ` · ${plural(group.agentCount, 'agent')}`}`,
});

/** The account's groups the agent is not in, searchable by name, many at once (as the agents picker). */
export function GroupPickerDialog({
  opened,
  agentName,
  groups,
  excluded,
  onClose,
  onAdd,
}: {
  opened: boolean;
  agentName: string;
  groups: readonly Group[];
  /** The groups they are in (or will be once saved). */
  excluded: ReadonlySet<string>;
  onClose: () => void;
  onAdd: (groups: Group[]) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add to groups" size="lg" centered>
      {opened && <Picker agentName={agentName} groups={groups} excluded={excluded} onClose={onClose} onAdd={onAdd} />}
    </Modal>
  );
}

function Picker({
  agentName,
  groups,
  excluded,
  onClose,
  onAdd,
}: {
  agentName: string;
  groups: readonly Group[];
  excluded: ReadonlySet<string>;
  onClose: () => void;
  onAdd: (groups: Group[]) => void;
}) {
  const candidates = useMemo(() => groups.filter((g) => !excluded.has(g.id)).sort((a, b) => byName.compare(a.name, b.name)), [groups, excluded]);
  const { term, setTerm, query, shown, chosen, toggle } = usePicker(candidates, groupId, groupName);

  return (
    <Stack>
      <TextInput label="Search groups" description="By name" value={term} onChange={(event) => setTerm(event.currentTarget.value)} data-autofocus />
      <Text size="sm" c="dimmed" aria-live="polite">
        {candidates.length === 0
          ? `${agentName} is in every group of the account already.`
          : query
            ? `${shown.length} of ${plural(candidates.length, 'group')} match`
            : `${plural(candidates.length, 'group')} ${agentName} is not in`}
      </Text>
      {shown.length > 0 && <PickerList label="Groups they are not in" items={shown} rowHeight={ROW_HEIGHT} chosen={chosen} onToggle={toggle} rowOf={rowOf} />}
      <Row justify="space-between">
        <Text size="sm">{chosen.size > 0 ? `${chosen.size} chosen; ${agentName} will take calls there` : 'No group chosen yet'}</Text>
        <Row gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => onAdd([...chosen.values()])} disabled={chosen.size === 0}>
            {chosen.size > 0 ? `Add to ${plural(chosen.size, 'group')}` : 'Add to groups'}
          </Button>
        </Row>
      </Row>
    </Stack>
  );
}
