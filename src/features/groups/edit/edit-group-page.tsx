import { Alert, Anchor, Button, Group as Row, Loader, Modal, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { navigate, useLocationSnapshot } from '@/lib/navigation';
import type { Group } from '@/api/types';
import { ErrorCode, isApiError } from '@/api/errors';
import { DeleteGroupDialog } from './delete-group-dialog';
import classes from './edit-group-page.module.css';
import { GroupImpact } from './group-impact';
import { renamedNotice } from './group-name';
import { describeState } from '@/features/change-record/describe-change';
import { isChangedElsewhere } from '../changes/change-path';
import { catchUpWithList, GroupGoneAfterError, groupQueries, isGroupGone, useListForgetsWhenGone } from '../queries';
import type { GroupState } from '@/features/change-record/change-record';
import { MembersEditor } from '../members/members-editor';
import { useGroupChange } from '../changes/use-group-changes';
import { useGroupForm, type GroupFormValues } from './use-group-form';
import { useSignedIn } from '@/features/session/signed-in';
import { STOPPED_MESSAGE, useStoppable, wasStopped } from '@/lib/use-stoppable';
import { SupportDetails } from '@/lib/support-details';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';

type Values = GroupFormValues;

/**
 * The id from the address, percent-decoded once (wouter's params are already partly
 * decoded); a malformed escape is kept as it is, and finds no group.
 */
function useGroupIdParam(): string {
  const raw = useLocationSnapshot().path.split('/')[2] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function EditGroupPage() {
  const id = useGroupIdParam();
  const ctx = useSignedIn();
  const queryClient = useQueryClient();
  // Before the first paint: opening a group shows the newest of what the console has read about it.
  useLayoutEffect(() => catchUpWithList(queryClient, ctx, id), [queryClient, ctx, id]);
  const detail = useQuery({
    ...groupQueries.detail(ctx, id),
    // Opening a group from the list shows it at once; the fetch confirms it.
    initialData: () => queryClient.getQueryData<Group[]>(groupQueries.list(ctx).queryKey)?.find((g) => g.id === id),
    initialDataUpdatedAt: () => queryClient.getQueryState(groupQueries.list(ctx).queryKey)?.dataUpdatedAt,
  });
  useListForgetsWhenGone(ctx, id, detail.error);

  if (detail.isPending) {
    return (
      <Row gap="sm" role="status">
        <Loader size="sm" />
        <Text>Loading group…</Text>
      </Row>
    );
  }
  // Only a first load that failed replaces the page: a failed re-read keeps the form and what was typed.
  if (detail.data === undefined) {
    const gone = isGroupGone(detail.error);
    return (
      <Stack align="flex-start">
        <Title order={1}>{gone ? 'Group not found' : 'Could not load the group'}</Title>
        <Text>{detail.error.message}</Text>
        <SupportDetails error={detail.error} />
        <Row>
          {!gone && (
            <Button variant="default" onClick={() => detail.refetch()} loading={detail.isFetching}>
              Retry
            </Button>
          )}
          <Button component={Link} href="/groups">
            Back to all groups
          </Button>
        </Row>
      </Stack>
    );
  }
  return <EditGroupForm key={id} group={detail.data} goneOnServer={detail.isError && isGroupGone(detail.error)} />;
}

function EditGroupForm({ group, goneOnServer }: { group: Group; goneOnServer: boolean }) {
  const save = useGroupChange(group.id);
  const [deleting, setDeleting] = useState(false);
  const [goneOnSave, setGone] = useState<'before' | 'after' | false>(false);
  // Deleted elsewhere, seen by a save or by a re-read of the page: the form stays, nothing more is sent.
  const gone = goneOnSave !== false || goneOnServer;
  const form = useGroupForm({ name: group.name, active: group.active });
  const { isDirty } = form;
  const typed = form.values;
  const inFlight = useRef(false);
  const statusHelpId = useId();
  const stoppable = useStoppable();
  // What the form was loaded with: a Save is sent only while the server still holds it.
  const [shown, setShown] = useState<GroupState>({ name: group.name, active: group.active });
  // The server's version when it changed elsewhere since the form was loaded; the supervisor chooses.
  const [theirs, setTheirs] = useState<GroupState | null>(null);

  const resetForm = form.reset;
  const load = useCallback(
    (state: GroupState) => {
      resetForm(state);
      setShown(state);
      setTheirs(null);
    },
    [resetForm],
  );

  // Fresh server data (a refetch, another tab) updates an untouched form; typed input is never overwritten.
  useEffect(() => {
    if (!isDirty) load({ name: group.name, active: group.active });
    // Only fresh server data starts this, not typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [group.name, group.active, load]);

  const [confirmingDeactivate, setConfirmingDeactivate] = useState<Values | null>(null);

  const saveValues = async (values: Values, expected: GroupState = shown) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const saved = await save.mutateAsync({ kind: 'save', groupId: group.id, shown: expected, ...values, signal: stoppable.start() });
      load({ name: saved.name, active: saved.active });
      const notice = renamedNotice(saved);
      notifications.show({
        color: notice ? 'yellow' : 'green',
        title: notice ? 'Saved under another name' : 'Group saved',
        message: notice ?? `${saved.name} is ${saved.active ? 'active' : 'inactive'}.`,
      });
    } catch (error) {
      if (isApiError(error) && error.code === ErrorCode.NameMissing) form.setNameError(error.message);
      if (isGroupGone(error)) setGone(error instanceof GroupGoneAfterError ? 'after' : 'before');
      if (isChangedElsewhere(error)) setTheirs(error.theirs);
    } finally {
      inFlight.current = false;
    }
  };

  // Switching a group off stops its agents' calls: say how many first.
  const submit = form.handleSubmit((values) => {
    if (shown.active && !values.active) setConfirmingDeactivate(values);
    else return saveValues(values);
  });

  /**
   * The supervisor's version over theirs, field by field: what the supervisor changed since the form was
   * loaded, and theirs for every field the supervisor left alone (a status-only edit keeps their rename).
   */
  const mine = (values: Values, over: GroupState): Values => ({
    name: values.name.trim() !== shown.name ? values.name : over.name,
    active: values.active !== shown.active ? values.active : over.active,
  });
  /** "Save mine": the supervisor has seen their version and chose to replace it (still guarded against a third change). */
  const saveMine = () => {
    if (!theirs) return;
    const seen = theirs;
    void form.handleSubmit((values) => saveValues(mine(values, seen), seen))();
  };

  const error = save.error;
  const showAlert = error && !(isApiError(error) && error.code === ErrorCode.NameMissing) && !gone && !isChangedElsewhere(error);
  return (
    <Stack gap="md" maw={560}>
      <Anchor component={Link} href="/groups" size="sm">
        ← All groups
      </Anchor>
      <Title order={1}>{group.name}</Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Name"
              name="name"
              withAsterisk
              error={form.nameError}
              value={form.values.name}
              onChange={(event) => form.setName(event.currentTarget.value)}
              ref={form.nameRef}
            />
            <div>
              <Switch
                label="Active"
                aria-describedby={statusHelpId}
                checked={form.values.active}
                onChange={(event) => form.setActive(event.currentTarget.checked)}
              />
              {/* Outside the label, so the switch's accessible name stays exactly "Active". */}
              <Text id={statusHelpId} size="xs" c="dimmed" mt={4} ml={54}>
                {form.values.active
                  ? 'Agents in this group receive its calls.'
                  : 'Inactive: the group keeps its agents and history but is switched off.'}
              </Text>
            </div>
            {gone && (
              <Alert color="red" title="This group no longer exists" role="alert">
                {goneOnSave === 'after'
                  ? 'DeepCall saved your changes, but the group was deleted right after, in another tab or by another supervisor.'
                  : 'It was deleted in another tab or by another supervisor, so your changes could not be saved.'}{' '}
                <Anchor component={Link} href="/groups">
                  Back to all groups
                </Anchor>
              </Alert>
            )}
            {theirs && !gone && (
              <ChangedElsewhere
                theirs={theirs}
                yours={mine({ name: typed.name.trim(), active: typed.active }, theirs)}
                onSaveMine={saveMine}
                onUseTheirs={() => load(theirs)}
                saving={save.isPending}
              />
            )}
            {showAlert && (
              <Alert color="red" title={wasStopped(error) ? 'Stopped waiting' : 'Not saved'} role="alert">
                {wasStopped(error) ? STOPPED_MESSAGE : error.message} Your changes are still here.
                <SupportDetails error={error} />
              </Alert>
            )}
            <Row justify="space-between">
              <Button color="red" variant="outline" onClick={() => setDeleting(true)}>
                Delete group
              </Button>
              <Row gap="xs">
                {save.isPending && (
                  <Button variant="default" onClick={stoppable.stop}>
                    Stop waiting
                  </Button>
                )}
                <Button type="submit" loading={save.isPending} disabled={gone}>
                  Save
                </Button>
              </Row>
            </Row>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <MembersEditor group={group} groupGone={gone} />
      </Paper>
      <Modal
        opened={confirmingDeactivate !== null}
        onClose={() => setConfirmingDeactivate(null)}
        title={`Deactivate ${group.name}?`}
        centered
      >
        <Stack>
          <GroupImpact group={group} consequence="While the group is inactive they receive none of its calls." />
          <Text size="sm" c="dimmed">
            The group keeps its agents and history; you can switch it back on at any time.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingDeactivate(null)} data-autofocus>
              Cancel
            </Button>
            <Button
              onClick={() => {
                const values = confirmingDeactivate;
                setConfirmingDeactivate(null);
                if (values) void saveValues(values);
              }}
            >
              Deactivate and save
            </Button>
          </Row>
        </Stack>
      </Modal>
      <UnsavedChangesGuard when={isDirty && !gone && !deleting} />
      <DeleteGroupDialog
        group={deleting ? group : null}
        onClose={() => setDeleting(false)}
        // The supervisor chose to delete the group: a pending member edit goes with it, nothing to ask about.
        onDeleted={() => navigate('/groups', { replace: true, force: true })}
      />
    </Stack>
  );
}

/** Both versions side by side when the group changed elsewhere since the form was loaded. */
function ChangedElsewhere({
  theirs,
  yours,
  onSaveMine,
  onUseTheirs,
  saving,
}: {
  theirs: GroupState;
  yours: GroupState;
  onSaveMine: () => void;
  onUseTheirs: () => void;
  saving: boolean;
}) {
  return (
    <Alert color="yellow" title="Changed elsewhere since you opened it" role="alert">
      <Stack gap="xs">
        <Text size="sm">Someone else changed this group while you were editing. Nothing was saved; choose which version to keep.</Text>
        <dl className={classes.versions}>
          <dt>Theirs (on the server now)</dt>
          <dd>{describeState(theirs)}</dd>
          <dt>Yours (your changes on theirs)</dt>
          <dd>{describeState(yours)}</dd>
        </dl>
        <Row gap="xs">
          <Button size="xs" onClick={onSaveMine} loading={saving}>
            Save mine over theirs
          </Button>
          <Button size="xs" variant="default" onClick={onUseTheirs}>
            Use theirs
          </Button>
        </Row>
      </Stack>
    </Alert>
  );
}

export default EditGroupPage;
