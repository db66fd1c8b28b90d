import { Alert, Button, Group as Row, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Agent, Group, GroupMember } from '@/api/types';
import { isApiError } from '@/api/errors';
import { useSignedIn } from '@/features/session/signed-in';
import { describeDiff, takingCalls } from '@/features/change-record/membership-diff';
import { LoadError } from '@/lib/load-error';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { changes } from '@/i18n/namespaces/changes';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { SupportDetails } from '@/lib/support-details';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import { NobodyTakesCallsError } from '../changes/change-errors';
import { groupQueries } from '../queries';
import { AddAgentsDialog } from './add-agents-dialog';
import { CopyGroupDialog } from './copy-group-dialog';
import type { MoveOutcome } from './membership-moves';
import { MembersTable } from './members-table';
import { MoveMembersDialog } from './move-members-dialog';
import { MoveReport } from './move-report';
import { useMemberEdits } from './use-member-edits';
import styles from './members.module.css';

/**
 * "Agents in this group", editable: add, remove, who takes calls. Edits are collected and
 * saved together (DeepCall's submit replaces the whole membership), through the change path.
 */
export function MembersEditor({ group, groupGone = false }: { group: Group; groupGone?: boolean }) {
  const t = useNamespace(groupEdit);
  const ctx = useSignedIn();
  const membership = useQuery(groupQueries.members(ctx, group.id));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('members.title')}
      </Title>
      {membership.data ? (
        // Once loaded, the form stays (with any pending edit) even if a later re-read fails.
        <MembersForm group={group} loaded={membership.data.members} roster={membership.data.roster} groupGone={groupGone} />
      ) : membership.isPending ? (
        <Row gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('members.loading')}</Text>
        </Row>
      ) : (
        <LoadError title={t('members.loadFailed')} error={membership.error} retrying={membership.isFetching} onRetry={() => membership.refetch()} />
      )}
    </Stack>
  );
}

function MembersForm({ group, loaded, roster, groupGone }: { group: Group; loaded: GroupMember[]; roster: Agent[] | null; groupGone: boolean }) {
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const tc = useNamespace(changes);
  const edits = useMemberEdits(group, loaded, groupGone);
  const { save, shown, pending, ticked, gone } = edits;
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState(false);
  const [copying, setCopying] = useState(false);
  const [moveReport, setMoveReport] = useState<MoveOutcome | null>(null);

  const moved = (outcome: MoveOutcome) => {
    setMoving(false);
    setMoveReport(outcome);
    if (outcome.step !== 'join-failed') edits.untickAll();
  };

  const error = save.error;
  // What the bar and the leave question say is pending: "1 member change is not saved."
  const count = edits.changeCount;
  return (
    <>
      {/* Held while saving: an edit made then would be neither sent nor kept. */}
      <fieldset className={styles.editing} disabled={save.isPending} ref={edits.section}>
        <Row justify="space-between">
          <Text size="sm" c="dimmed">
            {t('members.summary', { agents: shown.length, calls: takingCalls(shown) })}
          </Text>
          <Row gap="xs">
            {ticked.size > 0 && (
              <>
                <Button size="xs" variant="default" color="red" onClick={() => edits.remove(ticked)}>
                  {t('members.removeTicked', { count: ticked.size })}
                </Button>
                <Button size="xs" variant="default" onClick={() => setMoving(true)} disabled={pending || gone}>
                  {t('members.moveTo')}
                </Button>
              </>
            )}
            <Button size="xs" variant="default" onClick={() => setCopying(true)} disabled={gone}>
              {t('members.copyGroup')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setAdding(true)} disabled={gone} ref={edits.addButton}>
              {t('members.addAgents')}
            </Button>
          </Row>
        </Row>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('members.empty')}
          </Text>
        ) : (
          <MembersTable members={shown} ticked={ticked} onTick={edits.tick} onCalls={edits.setCalls} onRemove={(id) => edits.remove(new Set([id]))} />
        )}
      </fieldset>
      {ticked.size > 0 && pending && (
        <Text size="xs" c="dimmed">
          {t('members.saveOrDiscard')}
        </Text>
      )}
      {moveReport && (
        <MoveReport outcome={moveReport} from={group} fromLoaded={loaded} onOutcome={moved} onDismiss={() => setMoveReport(null)} />
      )}
      {(edits.goneOnSave || (groupGone && pending)) && (
        <Alert color="red" title={t('members.goneTitle')} role="alert">
          {t('members.goneText')}
        </Alert>
      )}
      {error && !gone && !(error instanceof NobodyTakesCallsError) && (
        <Alert color="red" title={t('members.notSavedTitle')} role="alert">
          {t(isApiError(error) && error.isSessionEnded ? 'members.notSavedSignIn' : 'members.notSavedText', { reason: errorText(error) })}
          <SupportDetails error={error} />
        </Alert>
      )}
      {pending && (
        <Paper withBorder p="xs" radius="md" role="region" aria-label={t('members.pendingRegion')}>
          <Stack gap={4}>
            <Text size="xs">
              {save.isPending ? t('members.beingSaved', { count }) : t('members.notSavedOnly', { count })}
            </Text>
            <Text size="sm" fw={600} aria-live="polite">
              {describeDiff(edits.diff, tc)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('members.afterSaving', {
                agents: shown.length,
                calls: takingCalls(shown),
                group: group.name,
                agentsNow: edits.base.length,
                callsNow: takingCalls(edits.base),
              })}
            </Text>
            <Row gap="xs" mt={4}>
              <Button size="xs" onClick={edits.confirmSave} loading={save.isPending} disabled={gone}>
                {t('members.saveMembers')}
              </Button>
              <Button size="xs" variant="default" onClick={edits.discard} disabled={save.isPending}>
                {t('members.discard')}
              </Button>
            </Row>
          </Stack>
        </Paper>
      )}
      <UnsavedChangesGuard
        count={count}
        when={pending && !gone}
        unsaved={t('members.guardUnsaved', { count })}
        saving={save.isPending && t('members.guardSaving', { count })}
      />
      <AddAgentsDialog
        opened={adding}
        roster={roster}
        memberIds={edits.memberIds}
        onClose={() => setAdding(false)}
        onAdd={(chosen) => {
          edits.add(chosen);
          setAdding(false);
        }}
      />
      <MoveMembersDialog
        opened={moving}
        source={group}
        sourceLoaded={loaded}
        moving={shown.filter((m) => ticked.has(m.agentId))}
        onClose={() => setMoving(false)}
        onMoved={moved}
      />
      <CopyGroupDialog group={group} members={loaded} opened={copying} onClose={() => setCopying(false)} />
      <Modal
        opened={edits.confirmingNobody}
        onClose={() => edits.setConfirmingNobody(false)}
        title={t('nobody.title', { group: group.name })}
        centered
      >
        <Stack>
          <Text size="sm">
            {t('nobody.text', { group: group.name })}
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => edits.setConfirmingNobody(false)} data-autofocus>
              {t('cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                edits.setConfirmingNobody(false);
                void edits.send(true);
              }}
            >
              {t('nobody.saveAnyway')}
            </Button>
          </Row>
        </Stack>
      </Modal>
    </>
  );
}
