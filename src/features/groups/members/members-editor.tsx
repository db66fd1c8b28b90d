import { Alert, Button, Group as Row, Loader, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Agent, Group, GroupMember } from '@/api/types';
import { isApiError } from '@/api/errors';
import { useSignedIn } from '@/features/session/signed-in';
import classes from '@/lib/data-table.module.css';
import { SupportDetails } from '@/lib/support-details';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import controls from '../list/group-table.module.css';
import { NobodyTakesCallsError } from '../changes/change-path';
import { groupQueries, isGroupGone, useListForgetsWhenGone } from '../queries';
import { useGroupChange } from '../changes/use-group-changes';
import { AddAgentsDialog } from './add-agents-dialog';
import { CopyGroupDialog } from './copy-group-dialog';
import { leaveSource, type MoveOutcome } from './membership-moves';
import { MoveMembersDialog } from './move-members-dialog';
import { describeDiff, diffOf, isEmpty, NO_CHANGE, takingCalls } from '@/features/change-record/membership-diff';
import styles from './members.module.css';

/**
 * "Agents in this group", editable: add, remove, who takes calls. Edits are collected and
 * saved together (DeepCall's submit replaces the whole membership), through the change path.
 */
export function MembersEditor({ group, groupGone = false }: { group: Group; groupGone?: boolean }) {
  const ctx = useSignedIn();
  const membership = useQuery(groupQueries.members(ctx, group.id));
  useListForgetsWhenGone(ctx, group.id, membership.error);
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
        <Alert color="red" title="Could not load the agents">
          <Text size="sm">{membership.error.message}</Text>
          <Button mt="xs" size="xs" variant="default" onClick={() => membership.refetch()} loading={membership.isFetching}>
            Retry
          </Button>
          <SupportDetails error={membership.error} />
        </Alert>
      )}
    </Stack>
  );
}

function agents(n: number): string {
  return `${n} agent${n === 1 ? '' : 's'}`;
}

function MembersForm({
  group,
  loaded,
  roster,
  groupGone,
}: {
  group: Group;
  loaded: GroupMember[];
  roster: Agent[] | null;
  groupGone: boolean;
}) {
  const save = useGroupChange(group.id);
  // The members as the page showed them when editing began, and the supervisor's edit of them.
  const [edit, setEdit] = useState<{ base: GroupMember[]; members: GroupMember[] } | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [confirmingNobody, setConfirmingNobody] = useState(false);
  const [goneOnSave, setGone] = useState(false);
  const gone = goneOnSave || groupGone;
  const [moving, setMoving] = useState(false);
  const [copying, setCopying] = useState(false);
  const [moveReport, setMoveReport] = useState<MoveOutcome | null>(null);
  const [finishing, setFinishing] = useState(false);
  const inFlight = useRef(false);
  const ctx = useSignedIn();
  const client = useQueryClient();

  const shown = edit?.members ?? loaded;
  const diff = useMemo(() => (edit ? diffOf(edit.base, edit.members) : NO_CHANGE), [edit]);
  const pending = !isEmpty(diff);
  const memberIds = useMemo(() => new Set(shown.map((m) => m.agentId)), [shown]);

  const change = (next: (members: GroupMember[]) => GroupMember[]) =>
    setEdit((current) => {
      const base = current?.base ?? loaded;
      return { base, members: next(current?.members ?? loaded) };
    });
  const setCalls = (agentId: string, receivesCalls: boolean) =>
    change((members) => members.map((m) => (m.agentId === agentId ? { ...m, receivesCalls } : m)));
  // The control a keyboard user was on can vanish (a removed row, the pending bar): focus goes on from there.
  const section = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<{ agentId: string | null } | null>(null);
  useEffect(() => {
    if (!focusNext) return;
    const target = focusNext.agentId
      ? section.current?.querySelector<HTMLElement>(`[data-remove="${CSS.escape(focusNext.agentId)}"]`)
      : null;
    (target ?? addButton.current)?.focus();
    setFocusNext(null);
  }, [focusNext]);
  const remove = (ids: ReadonlySet<string>) => {
    const index = shown.findIndex((m) => ids.has(m.agentId));
    const remaining = shown.filter((m) => !ids.has(m.agentId));
    change((members) => members.filter((m) => !ids.has(m.agentId)));
    setTicked(new Set());
    // The row that took the removed one's place, or the one before it at the end of the list.
    setFocusNext({ agentId: (remaining[Math.max(0, index)] ?? remaining[remaining.length - 1])?.agentId ?? null });
  };
  const tick = (agentId: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(agentId);
      else next.delete(agentId);
      return next;
    });
  const discard = () => {
    setEdit(null);
    setTicked(new Set());
    save.reset();
    setFocusNext({ agentId: null });
  };

  const send = async (allowNobody = false) => {
    if (!edit || inFlight.current) return;
    inFlight.current = true;
    try {
      const result = await save.mutateAsync({ kind: 'members', group, loaded: edit.base, diff, allowNobody });
      setEdit(null);
      setTicked(new Set());
      setFocusNext({ agentId: null });
      notifications.show({
        color: result.note ? 'yellow' : 'green',
        title: `Members of ${result.name} saved`,
        message: result.note ?? `${agents(result.members?.length ?? 0)}, ${takingCalls(result.members ?? [])} take calls.`,
        autoClose: result.note ? 12_000 : 4_000,
      });
    } catch (error) {
      if (isGroupGone(error)) setGone(true);
      // The fresh membership (a colleague's change) would leave nobody taking calls: ask, as for the supervisor's own edit.
      if (error instanceof NobodyTakesCallsError) setConfirmingNobody(true);
    } finally {
      inFlight.current = false;
    }
  };
  const confirmSave = () => {
    if (group.active && takingCalls(shown) === 0 && takingCalls(edit?.base ?? loaded) > 0) setConfirmingNobody(true);
    else void send();
  };

  const tickedMembers = shown.filter((m) => ticked.has(m.agentId));
  const moved = (outcome: MoveOutcome) => {
    setMoving(false);
    setMoveReport(outcome);
    if (outcome.step !== 'join-failed') setTicked(new Set());
  };
  const finishMove = async (outcome: MoveOutcome) => {
    setFinishing(true);
    // Finishing is the supervisor's decision, made after reading why the move stopped (even "nobody would take calls").
    moved(await leaveSource(client, ctx, { source: group, sourceLoaded: loaded, target: outcome.target, agents: outcome.agents }, [], true));
    setFinishing(false);
  };

  const error = save.error;
  const nowTaking = takingCalls(edit?.base ?? loaded);
  return (
    <>
      {/* Held while saving: an edit made then would be neither sent nor kept. */}
      <fieldset className={styles.editing} disabled={save.isPending} ref={section}>
        <Row justify="space-between">
          <Text size="sm" c="dimmed">
            {agents(shown.length)}, {takingCalls(shown)} take calls
          </Text>
          <Row gap="xs">
            {ticked.size > 0 && (
              <>
                <Button size="xs" variant="default" color="red" onClick={() => remove(ticked)}>
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
            <Button size="xs" variant="light" onClick={() => setAdding(true)} disabled={gone} ref={addButton}>
              Add agents
            </Button>
          </Row>
        </Row>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            No agents are assigned to this group yet.
          </Text>
        ) : (
          <MemberTable members={shown} ticked={ticked} onTick={tick} onCalls={setCalls} onRemove={(id) => remove(new Set([id]))} />
        )}
      </fieldset>
      {ticked.size > 0 && pending && (
        <Text size="xs" c="dimmed">
          Save or discard the changes below to move the ticked agents.
        </Text>
      )}
      {moveReport && <MoveReport outcome={moveReport} from={group} finishing={finishing} onFinish={() => void finishMove(moveReport)} onDismiss={() => setMoveReport(null)} />}
      {(goneOnSave || (groupGone && pending)) && (
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
            <Text size="sm" fw={600} aria-live="polite">
              {describeDiff(diff)}
            </Text>
            <Text size="xs" c="dimmed">
              After saving: {agents(shown.length)}, {takingCalls(shown)} taking {group.name}’s calls (now {agents(edit?.base.length ?? 0)},{' '}
              {nowTaking}).
            </Text>
            <Row gap="xs" mt={4}>
              <Button size="xs" onClick={confirmSave} loading={save.isPending} disabled={gone}>
                Save members
              </Button>
              <Button size="xs" variant="default" onClick={discard} disabled={save.isPending}>
                Discard
              </Button>
            </Row>
          </Stack>
        </Paper>
      )}
      <UnsavedChangesGuard when={pending && !gone} />
      <AddAgentsDialog
        opened={adding}
        roster={roster}
        memberIds={memberIds}
        onClose={() => setAdding(false)}
        onAdd={(chosen) => {
          change((members) => [...members, ...chosen.filter((a) => !memberIds.has(a.agentId))]);
          setAdding(false);
        }}
      />
      <MoveMembersDialog
        opened={moving}
        source={group}
        sourceLoaded={loaded}
        moving={tickedMembers}
        onClose={() => setMoving(false)}
        onMoved={moved}
      />
      <CopyGroupDialog group={group} members={loaded} opened={copying} onClose={() => setCopying(false)} />
      <Modal opened={confirmingNobody} onClose={() => setConfirmingNobody(false)} title={`Nobody will take ${group.name}’s calls`} centered>
        <Stack>
          <Text size="sm">
            {group.name} is active, and after this change none of its agents takes its calls. Callers routed to it will not reach
            anyone until someone does.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingNobody(false)} data-autofocus>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirmingNobody(false);
                void send(true);
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

function names(members: GroupMember[]): string {
  return members.map((m) => m.name).join(', ');
}

/** Exactly what a move did, and the way to finish one that stopped half-way. */
function MoveReport({
  outcome,
  from,
  finishing,
  onFinish,
  onDismiss,
}: {
  outcome: MoveOutcome;
  from: Group;
  finishing: boolean;
  onFinish: () => void;
  onDismiss: () => void;
}) {
  const who = names(outcome.agents);
  const common = { withCloseButton: true, closeButtonLabel: 'Dismiss', onClose: onDismiss, role: 'status' } as const;
  switch (outcome.step) {
    case 'done':
      return (
        <Alert color="green" title={`Moved to ${outcome.target.name}`} {...common}>
          <Text size="sm">
            {who} joined {outcome.target.name} and left {from.name}.
          </Text>
          {outcome.notes.map((note) => (
            <Text size="sm" key={note}>
              {note}
            </Text>
          ))}
        </Alert>
      );
    case 'join-failed':
      return (
        <Alert color="red" title="Nothing was moved" {...common}>
          <Text size="sm">
            {who} could not join {outcome.target.name}: {outcome.error.message} They are still in {from.name} only.
          </Text>
          <SupportDetails error={outcome.error} />
        </Alert>
      );
    case 'leave-failed':
      return (
        <Alert color="red" title="The move stopped half-way" {...common}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {who} joined {outcome.target.name} but are still in {from.name} too: leaving {from.name} failed:{' '}
              {outcome.error.message}
            </Text>
            <Button size="xs" onClick={onFinish} loading={finishing}>
              Finish the move
            </Button>
            <SupportDetails error={outcome.error} />
          </Stack>
        </Alert>
      );
  }
}

/** An email that may wrap after its @ (the column is narrow); a dash when there is none. */
function Email({ address }: { address: string | undefined }) {
  if (!address) return <>—</>;
  const at = address.indexOf('@');
  if (at < 0) return <>{address}</>;
  return (
    <>
      {address.slice(0, at + 1)}
      <wbr />
      {address.slice(at + 1)}
    </>
  );
}

/** Plain elements, like the groups table: a group of 500 members stays quick to draw. */
const MemberTable = memo(function MemberTable({
  members,
  ticked,
  onTick,
  onCalls,
  onRemove,
}: {
  members: GroupMember[];
  ticked: ReadonlySet<string>;
  onTick: (agentId: string, on: boolean) => void;
  onCalls: (agentId: string, receivesCalls: boolean) => void;
  onRemove: (agentId: string) => void;
}) {
  return (
    <table className={`${classes.table} ${styles.members}`} role="table" aria-label="Agents in this group">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            <VisuallyHidden>Select</VisuallyHidden>
          </th>
          <th scope="col" role="columnheader" className={styles.agent}>
            Agent
          </th>
          <th scope="col" role="columnheader" className={styles.email}>
            Email
          </th>
          <th scope="col" role="columnheader">
            Takes calls
          </th>
          <th scope="col" role="columnheader">
            <VisuallyHidden>Actions</VisuallyHidden>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {members.map((m) => (
          <tr key={m.agentId} role="row">
            <td role="cell">
              <input
                type="checkbox"
                className={controls.checkbox}
                aria-label={`Select ${m.name}`}
                checked={ticked.has(m.agentId)}
                onChange={(event) => onTick(m.agentId, event.currentTarget.checked)}
              />
            </td>
            <td role="cell" className={styles.agent}>
              {m.name}
            </td>
            <td role="cell" className={styles.email}>
              <Email address={m.email} />
            </td>
            <td role="cell">
              <span className={controls.status}>
                <input
                  type="checkbox"
                  role="switch"
                  className={controls.switch}
                  aria-label={`${m.name} takes calls`}
                  checked={m.receivesCalls}
                  onChange={(event) => onCalls(m.agentId, event.currentTarget.checked)}
                />
                <span className={`${controls.statusText} ${m.receivesCalls ? '' : controls.inactive}`}>{m.receivesCalls ? 'Yes' : 'No'}</span>
              </span>
            </td>
            <td role="cell">
              <button type="button" className={controls.delete} aria-label={`Remove ${m.name}`} data-remove={m.agentId} onClick={() => onRemove(m.agentId)}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
