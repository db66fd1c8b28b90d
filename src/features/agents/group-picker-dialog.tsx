import { Button, Group as Row, Modal, Stack, Text, TextInput } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Group } from '@/api/types';
import controls from '@/lib/table-controls.module.css';
import { plural } from '@/lib/plural';
import styles from './agent-page.module.css';

const ROW_HEIGHT = 48;
/** The scroller's CSS height (20rem). */
const FALLBACK_HEIGHT = 320;

interface Candidate {
  group: Group;
  /** Lower-cased once: the search runs on every keystroke over thousands of groups. */
  haystack: string;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

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
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<ReadonlyMap<string, Group>>(new Map());
  const candidates = useMemo<Candidate[]>(
    () =>
      groups
        .filter((g) => !excluded.has(g.id))
        .sort((a, b) => byName.compare(a.name, b.name))
        .map((group) => ({ group, haystack: group.name.toLocaleLowerCase() })),
    [groups, excluded],
  );
  const query = term.trim().toLocaleLowerCase();
  const shown = useMemo(() => (query ? candidates.filter((c) => c.haystack.includes(query)) : candidates), [candidates, query]);

  const toggle = (group: Group) =>
    setChosen((current) => {
      const next = new Map(current);
      if (next.has(group.id)) next.delete(group.id);
      else next.set(group.id, group);
      return next;
    });

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
      {shown.length > 0 && <GroupList candidates={shown} chosen={chosen} onToggle={toggle} />}
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

/** Virtualized: an account may have thousands of groups. */
function GroupList({ candidates, chosen, onToggle }: { candidates: Candidate[]; chosen: ReadonlyMap<string, Group>; onToggle: (group: Group) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: candidates.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // A DOM without layout (tests) measures the scroller as 0 high: draw as if it had its CSS height.
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT })),
  });
  return (
    <div ref={scroller} className={styles.scroller} role="group" aria-label="Groups they are not in">
      <ul className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const candidate = candidates[item.index];
          if (!candidate) return null;
          const { group } = candidate;
          return (
            <li key={group.id} className={styles.item} style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              <label className={styles.label}>
                <input
                  type="checkbox"
                  className={controls.checkbox}
                  checked={chosen.has(group.id)}
                  onChange={() => onToggle(group)}
                  aria-label={`Add to ${group.name}`}
                />
                <span className={styles.what}>
                  <span>{group.name}</span>
                  <span className={styles.detail}>
                    {group.active ? 'Active' : 'Inactive'}
                    {group.agentCount !== undefined && ` · ${plural(group.agentCount, 'agent')}`}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
