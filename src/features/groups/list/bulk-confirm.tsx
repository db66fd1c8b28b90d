import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group as Row, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { Group } from '@/api/types';
import { plural } from '@/lib/plural';
import type { BulkAction } from '../changes/bulk-change';
import { COUNT_EACH_UP_TO, useBulkImpact, type BulkImpact } from './use-bulk-impact';

/** Deleting this many groups or more at once asks for their number to be typed. */
export const TYPE_COUNT_FROM = 10;

const labels: Record<BulkAction, string> = { activate: 'Activate', deactivate: 'Deactivate', delete: 'Delete' };

/**
 * The one confirmation of a bulk action, with the agents it affects. Confirming waits for that count
 * (or for the supervisor to go on without it); deleting many groups asks for their number to be typed.
 */
export function BulkConfirm({
  action,
  groups,
  onCancel,
  onConfirm,
}: {
  action: BulkAction | null;
  groups: Group[];
  onCancel: () => void;
  onConfirm: (action: BulkAction) => void;
}) {
  const title = action ? `${labels[action]} ${plural(groups.length, 'group')}?` : 'Bulk action';
  return (
    <Modal opened={action !== null} onClose={onCancel} title={title} centered>
      {/* Keyed by the action and the number of groups: a new question starts from nothing typed, nothing skipped. */}
      {action && <ConfirmBody key={`${action}-${groups.length}`} action={action} groups={groups} onCancel={onCancel} onConfirm={onConfirm} />}
    </Modal>
  );
}

type Typed = { typed: string };

function ConfirmBody({ action, groups, onCancel, onConfirm }: { action: BulkAction; groups: Group[]; onCancel: () => void; onConfirm: (action: BulkAction) => void }) {
  const counted = action !== 'activate';
  const [skipped, setSkipped] = useState(false);
  const { impact, stop } = useBulkImpact(groups, counted && !skipped);
  const typeCount = action === 'delete' && groups.length >= TYPE_COUNT_FROM;
  const schema = useMemo(
    () =>
      z.object({
        typed: typeCount
          ? z.string().check(
              z.trim(),
              z.refine((typed) => typed === String(groups.length), `Type ${groups.length}, the number of groups to delete.`),
            )
          : z.string(),
      }),
    [typeCount, groups.length],
  );
  const form = useForm<Typed>({ resolver: zodResolver(schema), defaultValues: { typed: '' }, mode: 'onChange' });
  const { errors, isValid } = form.formState;
  const known = !counted || skipped || impact.state === 'counted';
  // Closed by Esc or the close button too: the body goes with the dialog, and so does the count.
  useEffect(() => () => void stop(), [stop]);

  // Every way out stops the counting at once: the requests in flight are aborted, no more are sent.
  const cancel = () => {
    void stop();
    onCancel();
  };
  const skip = () => {
    void stop();
    setSkipped(true);
  };
  const submit = form.handleSubmit(() => {
    void stop();
    onConfirm(action);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {counted && <ImpactText impact={impact} skipped={skipped} onSkip={skip} />}
        {action === 'delete' && (
          <Text size="sm" c="red.9">
            Deleting removes the groups and all their agent assignments permanently. It cannot be undone.
          </Text>
        )}
        {action === 'deactivate' && (
          <Text size="sm" c="dimmed">
            Inactive groups keep their agents and history; their agents stop receiving the groups' calls.
          </Text>
        )}
        {typeCount && (
          <TextInput
            label={`Type ${groups.length} to delete ${groups.length} groups`}
            autoComplete="off"
            inputMode="numeric"
            data-autofocus
            error={errors.typed?.message}
            {...form.register('typed')}
          />
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={cancel} data-autofocus={typeCount ? undefined : true}>
            Cancel
          </Button>
          <Button type="submit" color={action === 'delete' ? 'red' : undefined} disabled={!known || (typeCount && !isValid)}>
            {labels[action]} {plural(groups.length, 'group')}
          </Button>
        </Row>
      </Stack>
    </form>
  );
}

function ImpactText({ impact, skipped, onSkip }: { impact: BulkImpact; skipped: boolean; onSkip: () => void }) {
  if (skipped) return <Text size="sm">The agents affected were not counted.</Text>;
  if (impact.state === 'counted') {
    const { agents, receiving, uncounted } = impact;
    const missing = uncounted > 0 ? ` (${plural(uncounted, 'group')} could not be counted.)` : '';
    return (
      <Text size="sm">
        {receiving === null
          ? `${plural(agents, 'agent assignment')} in these groups, from the list's counts (who takes calls is counted for ${COUNT_EACH_UP_TO} groups or fewer).`
          : `${plural(agents, 'agent assignment')} in these groups; ${receiving} of them take calls.`}
        {missing}
      </Text>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      {impact.state === 'counting' ? (
        <Text size="sm">
          <Loader size={12} mr={6} />
          Counting the agents affected…
        </Text>
      ) : (
        <Text size="sm">The agents affected could not be counted: {impact.reason}</Text>
      )}
      <Button size="compact-sm" variant="subtle" onClick={onSkip}>
        Go on without the count
      </Button>
    </Stack>
  );
}
