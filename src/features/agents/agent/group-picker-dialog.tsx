import { Button, Group as Row, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import type { Group } from '@/api/types';
import { PickerList, usePicker, type PickerRow } from '@/lib/picker-list';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';

const ROW_HEIGHT = 48;

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const groupId = (group: Group) => group.id;
const groupName = (group: Group) => group.name;

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
  const t = useNamespace(agents);
  return (
    <Modal opened={opened} onClose={onClose} title={t('picker.title')} size="lg" centered>
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
  const t = useNamespace(agents);
  const rowOf = useCallback(
    (group: Group): PickerRow => {
      const active = group.active ? 'yes' : 'no';
      return {
        id: group.id,
        checkboxLabel: t('picker.addTo', { name: group.name }),
        name: group.name,
        detail: group.agentCount === undefined ? t('picker.detail', { active }) : t('picker.detailWithCount', { active, count: group.agentCount }),
      };
    },
    [t],
  );

  return (
    <Stack>
      <TextInput label={t('picker.search')} description={t('picker.byName')} value={term} onChange={(event) => setTerm(event.currentTarget.value)} data-autofocus />
      <Text size="sm" c="dimmed" aria-live="polite">
        {candidates.length === 0
          ? t('picker.inEvery', { name: agentName })
          : query
            ? t('picker.match', { shown: shown.length, total: candidates.length })
            : t('picker.notIn', { count: candidates.length, name: agentName })}
      </Text>
      {shown.length > 0 && <PickerList label={t('picker.listLabel')} items={shown} rowHeight={ROW_HEIGHT} chosen={chosen} onToggle={toggle} rowOf={rowOf} />}
      <Row justify="space-between">
        <Text size="sm">{chosen.size > 0 ? t('picker.chosen', { count: chosen.size, name: agentName }) : t('picker.noneChosen')}</Text>
        <Row gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('picker.cancel')}
          </Button>
          <Button onClick={() => onAdd([...chosen.values()])} disabled={chosen.size === 0}>
            {chosen.size > 0 ? t('picker.addToCount', { count: chosen.size }) : t('picker.title')}
          </Button>
        </Row>
      </Row>
    </Stack>
  );
}
