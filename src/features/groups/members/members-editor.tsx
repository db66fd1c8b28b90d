import { Alert, Button, Group as Row, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Agent, Group, GroupMember } from '@/api/types';
import { isApiError } from '@/api/errors';
import { useSignedIn } from '@/features/session/signed-in';
import { describeDiff, takingCalls } from '@/features/change-record/membership-diff';
import { LoadError } from '@/lib/load-error';
import { plural } from '@/lib/plural';
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
  const ctx = useSignedIn();
  const membership = useQuery(groupQueries.members(ctx, group.id));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Agents in this group
      </Title>
      {membership.data ? (
        // Once loaded, the form stays (with any pending edit) even if a later re-read fails.
        <MembersForm group={group} loaded={membership.data.members} roster={membership.data.roster} groupGone={groupGone} />
      ) : membership.isPending ? (
        <Row gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">Loading agents…</Text>
        </Row>
      ) : (
        <LoadError title="Could not load the agents" error={membership.error} retrying={membership.isFetching} onRetry={() => membership.refetch()} />
      )}
    </Stack>
  );
}

function MembersForm({ group, loaded, roster, groupGone }: { group: Group; loaded: GroupMember[]; roster: Agent[] | null; groupGone: boolean }) {
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
  // "1 member change is", "3 member changes are": what the bar, the button and the leave question say is pending.
  const changes = `${plural(edits.changeCount, 'member change')} ${edits.changeCount === 1 ? 'is' : 'are'}`;
  return (
    <>
      {/* Held while saving: an edit made then would be neither sent nor kept. */}
      <fieldset className={styles.editing} disabled={save.isPending} ref={edits.section}>
        <Row justify="space-between">
          <Text size="sm" c="dimmed">
            {plural(shown.length, 'agent')}, {takingCalls(shown)} take calls
          </Text>
          <Row gap="xs">
            {ticked.size > 0 && (
              <>
                <Button size="xs" variant="default" color="red" onClick={() => edits.remove(ticked)}>
                  Remove {ticked.size} ticked
                </Button>
                <Button size="xs" variant="default" onClick={() => setMoving(true)} disabled={pending || gone}>
                  Move to group…
                </Button>
              </>
            )}
            <Button size="xs" variant="default" onClick={() => setCopying(true)} disabled={gone}>
              Copy group
            </Button>
            <Button size="xs" variant="light" onClick={() => setAdding(true)} disabled={gone} ref={edits.addButton}>
              Add agents
            </Button>
          </Row>
        </Row>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            No agents are assigned to this group yet.
          </Text>
        ) : (
          <MembersTable members={shown} ticked={ticked} onTick={edits.tick} onCalls={edits.setCalls} onRemove={(id) => edits.remove(new Set([id]))} />
        )}
      </fieldset>
      {ticked.size > 0 && pending && (
        <Text size="xs" c="dimmed">
          Save or discard the changes below to move the ticked agents.
        </Text>
      )}
      {moveReport && (
        <MoveReport outcome={moveReport} from={group} fromLoaded={loaded} onOutcome={moved} onDismiss={() => setMoveReport(null)} />
      )}
      {(edits.goneOnSave || (groupGone && pending)) && (
        <Alert color="red" title="This group no longer exists" role="alert">
          It was deleted elsewhere, so the member changes below were not sent.
        </Alert>
      )}
      {error && !gone && !(error instanceof NobodyTakesCallsError) && (
        <Alert color="red" title="Members not saved" role="alert">
          {error.message} {isApiError(error) && error.isSessionEnded ? 'Sign in again, then save.' : ''} Your changes are still here.
          <SupportDetails error={error} />
        </Alert>
      )}
      {pending && (
        <Paper withBorder p="xs" radius="md" role="region" aria-label="Pending member changes">
          <Stack gap={4}>
            <Text size="xs">
              {save.isPending ? `${changes} being saved…` : `${changes} not saved: only Save members saves ${edits.changeCount === 1 ? 'it' : 'them'}.`}
            </Text>
            <Text size="sm" fw={600} aria-live="polite">
              {describeDiff(edits.diff)}
            </Text>
            <Text size="xs" c="dimmed">
              After saving: {plural(shown.length, 'agent')}, {takingCalls(shown)} taking {group.name}’s calls (now{' '}
              {plural(edits.base.length, 'agent')}, {takingCalls(edits.base)}).
            </Text>
            <Row gap="xs" mt={4}>
              <Button size="xs" onClick={edits.confirmSave} loading={save.isPending} disabled={gone}>
                Save members
              </Button>
              <Button size="xs" variant="default" onClick={edits.discard} disabled={save.isPending}>
                Discard
              </Button>
            </Row>
          </Stack>
        </Paper>
      )}
      <UnsavedChangesGuard count={edits.changeCount} when={pending && !gone} unsaved={`${changes} not saved.`} saving={save.isPending && `${changes} being saved.`} />
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
        title={`Nobody will take ${group.name}’s calls`}
        centered
      >
        <Stack>
          <Text size="sm">
            {group.name} is active, and after this change none of its agents takes its calls. Callers routed to it will not reach
            anyone until someone does.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => edits.setConfirmingNobody(false)} data-autofocus>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                edits.setConfirmingNobody(false);
                void edits.send(true);
              }}
            >
              Save anyway
            </Button>
          </Row>
        </Stack>
      </Modal>
    </>
  );
}
