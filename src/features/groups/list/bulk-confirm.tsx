import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group as Row, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocale } from 'use-intl';
import { z } from 'zod/mini';
import type { Group } from '@/api/types';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';
import { useErrorText } from '@/lib/error-text';
import type { BulkAction } from '../changes/bulk-change';
import { isTypedCount } from './bulk-confirm-count';
import { COUNT_EACH_UP_TO, useBulkImpact, type BulkImpact } from './use-bulk-impact';

/** Deleting this many groups or more at once asks for their number to be typed. */
export const TYPE_COUNT_FROM = 10;

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
  const t = useNamespace(groupsList);
  const title = action ? t('confirm.title', { action, count: groups.length }) : t('confirm.titleNone');
  return (
    <Modal opened={action !== null} onClose={onCancel} title={title} centered>
      {/* Keyed by the action and the number of groups: a new question starts from nothing typed, nothing skipped. */}
      {action && <ConfirmBody key={`${action}-${groups.length}`} action={action} groups={groups} onCancel={onCancel} onConfirm={onConfirm} />}
    </Modal>
  );
}

type Typed = { typed: string };

function ConfirmBody({ action, groups, onCancel, onConfirm }: { action: BulkAction; groups: Group[]; onCancel: () => void; onConfirm: (action: BulkAction) => void }) {
  const t = useNamespace(groupsList);
  const language = useLocale();
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
              z.refine((typed) => isTypedCount(typed, groups.length, language), t('confirm.typeError', { count: groups.length })),
            )
          : z.string(),
      }),
    [typeCount, groups.length, language, t],
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
            {t('confirm.deleteWarning')}
          </Text>
        )}
        {action === 'deactivate' && (
          <Text size="sm" c="dimmed">
            {t('confirm.deactivateNote')}
          </Text>
        )}
        {typeCount && (
          <TextInput
            label={t('confirm.typeLabel', { count: groups.length })}
            autoComplete="off"
            inputMode="numeric"
            data-autofocus
            error={errors.typed?.message}
            {...form.register('typed')}
          />
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={cancel} data-autofocus={typeCount ? undefined : true}>
            {t('confirm.cancel')}
          </Button>
          <Button type="submit" color={action === 'delete' ? 'red' : undefined} disabled={!known || (typeCount && !isValid)}>
            {t('confirm.button', { action, count: groups.length })}
          </Button>
        </Row>
      </Stack>
    </form>
  );
}

function ImpactText({ impact, skipped, onSkip }: { impact: BulkImpact; skipped: boolean; onSkip: () => void }) {
  const t = useNamespace(groupsList);
  const errorText = useErrorText();
  if (skipped) return <Text size="sm">{t('confirm.notCounted')}</Text>;
  if (impact.state === 'counted') {
    const { agents, receiving, uncounted } = impact;
    return (
      <Text size="sm">
        {receiving === null ? t('confirm.fromList', { agents, upTo: COUNT_EACH_UP_TO }) : t('confirm.counted', { agents, receiving })}
        {uncounted > 0 && ` ${t('confirm.uncounted', { count: uncounted })}`}
      </Text>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      {impact.state === 'counting' ? (
        <Text size="sm">
          <Loader size={12} mr={6} />
          {t('confirm.counting')}
        </Text>
      ) : (
        <Text size="sm">
          {t('confirm.unknown', { reason: impact.reason === 'error' ? errorText(impact.error) : t(`confirm.${impact.reason}`) })}
        </Text>
      )}
      <Button size="compact-sm" variant="subtle" onClick={onSkip}>
        {t('confirm.skip')}
      </Button>
    </Stack>
  );
}
