import { Button, Group as Row, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Group } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import type { AgentDirectory, AgentRow } from '../agent-directory';
import type { EditCounts } from './agent-groups-model';
import { AgentGroupsReport } from './agent-groups-report';
import { useAgentGroupEdits } from './agent-groups-state';
import { AgentGroupsTable } from './agent-groups-table';
import { GroupPickerDialog } from './group-picker-dialog';
import styles from './agent-page.module.css';
import { useFocusGoesOn } from '@/lib/use-focus-goes-on';

/** "Their groups", editable: collected per group, saved with Save groups, one change per group. */
export function AgentGroupsEditor({
  ctx,
  row,
  groups,
  memberships,
  directory,
}: {
  ctx: SignedIn;
  row: AgentRow;
  groups: readonly Group[];
  memberships: AccountMemberships;
  directory: AgentDirectory;
}) {
  const t = useNamespace(agents);
  const { agent } = row;
  const edits = useAgentGroupEdits({ ctx, agent, current: row.groups, groups, memberships, directory });
  const { shown, saving, report } = edits;
  const [picking, setPicking] = useState(false);
  const inGroups = useMemo(() => new Set(shown.map((s) => s.group.id)), [shown]);
  const pending = edits.changeCount > 0;

  const { section, addButton, focusNext } = useFocusGoesOn();
  const wasSaving = useRef(false);
  useEffect(() => {
    // After a save, focus was on the bar's button, which may be gone now (never taken from a dialog asking something).
    const lost = !document.activeElement || document.activeElement === document.body;
    if (wasSaving.current && !saving && lost) focusNext(null);
    wasSaving.current = Boolean(saving);
  }, [saving, focusNext]);

  const remove = (group: Group, was: boolean | undefined) => {
    const index = shown.findIndex((s) => s.group.id === group.id);
    const rest = shown.filter((s) => s.group.id !== group.id);
    edits.remove(group, was);
    focusNext((rest[index] ?? rest[rest.length - 1])?.group.id ?? null);
  };
  const discard = () => {
    edits.discard();
    focusNext(null);
  };
  const taking = shown.filter((s) => s.receivesCalls === true).length;

  return (
    <Stack gap="xs">
      {/* Held while saving: an edit made then would be neither sent nor kept. */}
      <fieldset className={styles.editing} disabled={Boolean(saving)} ref={section}>
        <Stack gap="xs">
          <Row justify="space-between" align="center">
            <Title order={2} size="h3">
              {t('editor.title')}
            </Title>
            <Button size="xs" variant="light" onClick={() => setPicking(true)} ref={addButton}>
              {t('editor.addToGroups')}
            </Button>
          </Row>
          <Text size="sm" c="dimmed">
            {t('editor.summary', { count: shown.length, taking })}
          </Text>
          {shown.length === 0 ? (
            <Text size="sm">{t('editor.inNoGroup', { name: agent.name })}</Text>
          ) : (
            <AgentGroupsTable agentId={agent.agentId} rows={shown} onCalls={edits.setCalls} onRemove={remove} />
          )}
        </Stack>
      </fieldset>
      {report && (
        <AgentGroupsReport
          report={report}
          retrying={Boolean(saving)}
          onRetry={pending ? () => void edits.save() : undefined}
          onDismiss={edits.dismissReport}
        />
      )}
      {pending && (
        <Paper withBorder p="xs" radius="md" role="region" aria-label={t('editor.pendingLabel')}>
          <Stack gap={4}>
            <Text size="xs">
              {saving ? t('editor.saving', { settled: saving.settled, total: saving.total }) : t('editor.notSaved', { count: edits.changeCount })}
            </Text>
            <Text size="sm" fw={600} aria-live="polite">
              {describeCounts(t, edits.counts)}
            </Text>
            <Row gap="xs" mt={4}>
              <Button size="xs" onClick={() => void edits.save()} loading={Boolean(saving)}>
                {t('editor.save')}
              </Button>
              <Button size="xs" variant="default" onClick={discard} disabled={Boolean(saving)}>
                {t('editor.discard')}
              </Button>
            </Row>
          </Stack>
        </Paper>
      )}
      <UnsavedChangesGuard count={edits.changeCount} when={pending} unsaved={t('editor.guardUnsaved', { count: edits.changeCount })}
        saving={Boolean(saving) && t('editor.guardSaving', { count: edits.changeCount })}
      />
      <GroupPickerDialog
        opened={picking}
        agentName={agent.name}
        groups={groups}
        excluded={inGroups}
        onClose={() => setPicking(false)}
        onAdd={(chosen) => {
          edits.add(chosen);
          setPicking(false);
        }}
      />
      <NobodyTakesCalls groups={edits.nobody} onCancel={edits.cancelNobody} onConfirm={() => void edits.saveAnyway()} />
    </Stack>
  );
}

type Translate = ReturnType<typeof useNamespace<'agents'>>;

/** "+2 groups, −1 group, 1 call setting" */
function describeCounts(t: Translate, { joins, leaves, calls }: EditCounts): string {
  const parts: string[] = [];
  if (joins > 0) parts.push(t('editor.joins', { count: joins }));
  if (leaves > 0) parts.push(t('editor.leaves', { count: leaves }));
  if (calls > 0) parts.push(t('editor.calls', { count: calls }));
  return parts.join(', ') || t('editor.noChange');
}

/** Asked before a save leaves active groups with nobody taking their calls, naming them. */
function NobodyTakesCalls({ groups, onCancel, onConfirm }: { groups: Group[] | null; onCancel: () => void; onConfirm: () => void }) {
  const t = useNamespace(agents);
  const names = groups?.map((g) => g.name) ?? [];
  const ids = groups?.map((g) => g.id) ?? [];
  const one = names.length === 1;
  const title = one ? t('nobody.titleOne', { name: names[0] ?? '' }) : t('nobody.titleMany', { count: names.length });
  return (
    <Modal opened={groups !== null} onClose={onCancel} title={title} centered>
      <Stack>
        <Text size="sm">
          {one ? t('nobody.bodyOne', { name: names[0] ?? '' }) : t('nobody.bodyMany')}
        </Text>
        {names.length > 1 && (
          <List size="sm">
            {names.map((name, i) => (
              <List.Item key={ids[i]}>{name}</List.Item>
            ))}
          </List>
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('nobody.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm}>
            {t('nobody.saveAnyway')}
          </Button>
        </Row>
      </Stack>
    </Modal>
  );
}
