import { Alert, Button, Group as Row, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { isEmpty } from '@/features/change-record/membership-diff';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import { useErrorText } from '@/lib/error-text';
import type { ImportRow } from './parse-import-csv';
import type { ImportMode, ResolvedImport, RowVerdict } from './resolve-import';
import { ImportRowsTable, VERDICT_KEYS } from './import-rows-table';
import { useDiffText } from './import-text';
import type { UnreadGroup } from './use-import-preview';
import classes from './import-page.module.css';

const VERDICTS: Exclude<RowVerdict, 'error'>[] = ['will join', 'will leave', 'will take calls', 'will stop taking calls', 'already so'];

/** Why Import cannot run now (rows in error, or nothing to change), or undefined when it can. */
export function importBlocked(resolved: ResolvedImport, skip: boolean): 'errors' | 'nothing' | undefined {
  if (resolved.errorCount > 0 && !skip) return 'errors';
  if (!resolved.plans.some((plan) => !isEmpty(plan.diff))) return 'nothing';
  return undefined;
}

/** What the import would do, before anything is sent: a summary, each group's change, and every row's outcome. */
export function ImportPreview({
  resolved,
  rows,
  unread,
  mode,
  skip,
  onSkip,
  onImport,
  onReadAgain,
}: {
  resolved: ResolvedImport;
  rows: ImportRow[];
  unread: UnreadGroup[];
  mode: ImportMode;
  skip: boolean;
  onSkip: (skip: boolean) => void;
  onImport: () => void;
  onReadAgain: () => void;
}) {
  const t = useNamespace(agentsImport);
  const diffText = useDiffText();
  const errorText = useErrorText();
  const id = useId();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const errors = resolved.errorCount;
  const changing = resolved.plans.filter((plan) => !isEmpty(plan.diff));
  const blocked = importBlocked(resolved, skip);
  const showErrorsOnly = onlyErrors && errors > 0;
  const shown = useMemo(
    () => resolved.rows.flatMap((outcome, i) => (!showErrorsOnly || outcome.outcome === 'error' ? [i] : [])),
    [resolved.rows, showErrorsOnly],
  );
  const counts = useMemo(() => {
    const byVerdict = new Map<RowVerdict, number>();
    for (const outcome of resolved.rows) byVerdict.set(outcome.outcome, (byVerdict.get(outcome.outcome) ?? 0) + 1);
    return VERDICTS.flatMap((verdict) => {
      const n = byVerdict.get(verdict);
      return n ? [t(`count.${VERDICT_KEYS[verdict]}`, { count: n })] : [];
    });
  }, [resolved.rows, t]);

  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        {t('preview.title')}
      </Title>
      <Text role="status">
        {t('preview.summary', { rows: resolved.rows.length, errors, groups: changing.length })}
        {counts.length > 0 && <span className={classes.detail}>{t('preview.verdicts', { counts: counts.join(', ') })}</span>}
      </Text>
      {unread.length > 0 && (
        <Alert color="orange" title={t('preview.unreadTitle')}>
          <Stack gap="xs" align="flex-start">
            {unread.map(({ group, error }) => (
              <Text size="sm" key={group.id}>
                {t('preview.unreadGroup', { name: group.name, message: errorText(error, t('preview.unreadUnknown')) })}
              </Text>
            ))}
            <Text size="sm">{t('preview.unreadRows')}</Text>
            <Button size="xs" variant="default" onClick={onReadAgain}>
              {t('preview.readAgain')}
            </Button>
          </Stack>
        </Alert>
      )}
      {changing.length > 0 && (
        <div>
          <Title order={3} size="h4" id={`${id}-groups`} mb={4}>
            {t('preview.byGroup')}
          </Title>
          {/* Focusable, so a keyboard can scroll a long list. */}
          <ul className={classes.groups} aria-labelledby={`${id}-groups`} tabIndex={0}>
            {changing.map((plan) => (
              <li key={plan.group.id} className={plan.nobodyTakesCalls ? classes.nobody : undefined}>
                {t(plan.nobodyTakesCalls ? 'preview.planNobody' : 'preview.plan', { name: plan.group.name, changes: diffText(plan.diff) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {errors > 0 && (
        <label className={classes.check}>
          <input type="checkbox" checked={skip} onChange={(event) => onSkip(event.currentTarget.checked)} />
          {t('preview.skip')}
        </label>
      )}
      {mode === 'replace' && errors > 0 && skip && (
        <Text size="sm">{t('preview.replaceSkip')}</Text>
      )}
      <Row gap="sm" align="center">
        <Button onClick={onImport} disabled={blocked !== undefined} aria-describedby={blocked ? `${id}-blocked` : undefined}>
          {t('preview.import')}
        </Button>
        {blocked && (
          <Text size="sm" id={`${id}-blocked`}>
            {blocked === 'errors' ? t('preview.blockedErrors', { count: errors }) : t('preview.blockedNothing')}
          </Text>
        )}
      </Row>
      {errors > 0 && (
        <label className={classes.check}>
          <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.currentTarget.checked)} />
          {t('preview.onlyErrors')}
        </label>
      )}
      <ImportRowsTable rows={rows} outcomes={resolved.rows} shown={shown} />
    </Stack>
  );
}
