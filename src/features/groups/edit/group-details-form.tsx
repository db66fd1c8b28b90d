import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group as Row, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link } from 'wouter';
import type { Group } from '@/api/types';
import { ErrorCode, isApiError } from '@/api/errors';
import { SupportDetails } from '@/lib/support-details';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import { useStoppable, wasStopped } from '@/lib/use-stoppable';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { isChangedElsewhere } from '../changes/change-errors';
import type { GroupState } from '@/features/change-record/change-record';
import { useGroupChange } from '../changes/use-group-changes';
import { GroupGoneAfterError, isGroupGone } from '../queries';
import { ChangedElsewhere } from './changed-elsewhere';
import { ConfirmDeactivate } from './confirm-deactivate';
import { groupFormSchema, renamedNotice, type GroupFormValues } from './group-name';
import { GroupNameField } from './group-name-field';

interface Props {
  /** The group as the server holds it (the list), or as last shown when it has since been found gone. */
  group: Group;
  /** The list no longer holds the group: the form stays with what was typed, nothing more is sent. */
  goneOnServer: boolean;
  /** The supervisor is deleting the group: leaving then is not losing an edit. */
  deleting: boolean;
  onDelete: () => void;
}

/**
 * The group's name and status on react-hook-form. The form holds only what the supervisor typed, on
 * top of the server's version (its default values): an untouched form follows the server, typed input
 * is never overwritten, and a Save is sent only while the server still holds what the form was loaded with.
 */
export function GroupDetailsForm({ group, goneOnServer, deleting, onDelete }: Props) {
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const save = useGroupChange(group.id);
  const form = useForm<GroupFormValues>({
    defaultValues: { name: group.name, active: group.active },
    resolver: zodResolver(groupFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { isDirty, errors } = form.formState;
  const typed = useWatch({ control: form.control });
  const loaded = form.formState.defaultValues;
  const shown: GroupState = { name: loaded?.name ?? group.name, active: loaded?.active ?? group.active };
  // Deleted elsewhere, seen by this form's save ('after': DeepCall took it first) or by any read.
  const [goneOnSave, setGoneOnSave] = useState<'before' | 'after' | false>(false);
  const gone = goneOnSave !== false || goneOnServer;
  // The server's version when it changed elsewhere since the form was loaded; the supervisor chooses.
  const [theirs, setTheirs] = useState<GroupState | null>(null);
  const [confirming, setConfirming] = useState<GroupFormValues | null>(null);
  const inFlight = useRef(false);
  const statusHelpId = useId();
  const stoppable = useStoppable();

  const load = (state: GroupState) => {
    form.reset(state);
    setTheirs(null);
  };

  // Fresh server data (a re-read, another tab) updates an untouched form; typed input is never overwritten.
  const { reset, getFieldState } = form;
  useEffect(() => {
    if (!getFieldState('name').isDirty && !getFieldState('active').isDirty) reset({ name: group.name, active: group.active });
  }, [group.name, group.active, reset, getFieldState]);

  const saveValues = async (values: GroupFormValues, expected: GroupState = shown) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const saved = await save.mutateAsync({ kind: 'save', groupId: group.id, shown: expected, ...values, signal: stoppable.start() });
      load({ name: saved.name, active: saved.active });
      const notice = renamedNotice(saved) && t('renamed', { name: saved.name, requested: saved.requestedName });
      notifications.show({
        color: notice ? 'yellow' : 'green',
        title: notice ? t('form.savedRenamedTitle') : t('form.savedTitle'),
        message: notice || t('form.savedMessage', { name: saved.name, status: saved.active ? 'active' : 'inactive' }),
      });
    } catch (error) {
      if (isApiError(error) && error.code === ErrorCode.NameMissing) form.setError('name', { message: error.message }, { shouldFocus: true });
      if (isGroupGone(error)) setGoneOnSave(error instanceof GroupGoneAfterError ? 'after' : 'before');
      if (isChangedElsewhere(error)) setTheirs(error.theirs);
    } finally {
      inFlight.current = false;
    }
  };

  // Switching a group off stops its agents' calls: say how many first.
  const submit = form.handleSubmit((values) => {
    if (shown.active && !values.active) setConfirming(values);
    else return saveValues(values);
  });

  /**
   * The supervisor's version over theirs, field by field: what the supervisor changed since the form was
   * loaded, and theirs for every field the supervisor left alone (a status-only edit keeps their rename).
   */
  const mine = (values: GroupFormValues, over: GroupState): GroupFormValues => ({
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
  const typedState = { name: (typed.name ?? '').trim(), active: typed.active ?? shown.active };
  return (
    <>
    <form onSubmit={submit} noValidate>
      <Stack>
        <GroupNameField label={t('form.name')} withAsterisk typed={typed.name ?? ''} ownName={group.name} error={errors.name?.message} {...form.register('name')} />
        <div>
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Switch
                label={t('form.active')}
                aria-describedby={statusHelpId}
                name={field.name}
                ref={field.ref}
                checked={field.value}
                onBlur={field.onBlur}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          {/* Outside the label, so the switch's accessible name stays exactly "Active". */}
          <Text id={statusHelpId} size="xs" c="dimmed" mt={4} ml={54}>
            {typedState.active ? t('form.activeHelp') : t('form.inactiveHelp')}
          </Text>
        </div>
        {gone && (
          <Alert color="red" title={t('form.goneTitle')} role="alert">
            {goneOnSave === 'after' ? t('form.goneAfterSave') : t('form.goneBeforeSave')}{' '}
            <Anchor component={Link} href="/groups">
              {t('page.backToAll')}
            </Anchor>
          </Alert>
        )}
        {theirs && !gone && (
          <ChangedElsewhere
            theirs={theirs}
            yours={mine(typedState, theirs)}
            onSaveMine={saveMine}
            onUseTheirs={() => load(theirs)}
            saving={save.isPending}
          />
        )}
        {showAlert && (
          <Alert color="red" title={wasStopped(error) ? t('stoppedTitle') : t('form.notSavedTitle')} role="alert">
            {t('form.notSavedText', { reason: wasStopped(error) ? t('stoppedMessage') : errorText(error) })}
            <SupportDetails error={error} />
          </Alert>
        )}
        <Row justify="space-between">
          <Button color="red" variant="outline" onClick={onDelete}>
            {t('form.deleteGroup')}
          </Button>
          <Row gap="xs">
            {save.isPending && (
              <Button variant="default" onClick={stoppable.stop}>
                {t('stopWaiting')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending} disabled={gone}>
              {t('form.save')}
            </Button>
          </Row>
        </Row>
      </Stack>
    </form>
      <ConfirmDeactivate
        group={group}
        opened={confirming !== null}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const values = confirming;
          setConfirming(null);
          if (values) void saveValues(values);
        }}
      />
      <UnsavedChangesGuard when={isDirty && !gone && !deleting} unsaved={t('form.unsaved')} saving={save.isPending && t('form.saving')} />
    </>
  );
}
