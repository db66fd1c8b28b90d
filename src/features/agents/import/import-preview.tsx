import { Alert, Button, Group as Row, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { Group } from '@/api/types';
import { isEmpty } from '@/features/change-record/membership-diff';
import type { ImportRow } from './parse-import-csv';
import { summarisePlan, type ImportMode, type ResolvedImport, type RowVerdict } from './resolve-import';
import { ImportRowsTable } from './import-rows-table';
import classes from './import-page.module.css';

/** "1 row", "20,000 rows": a file's counts, grouped as the parser's messages group them. */
const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

const VERDICTS: RowVerdict[] = ['will join', 'will leave', 'will take calls', 'will stop taking calls', 'already so'];

/** Why Import cannot run now, or undefined when it can. */
export function importBlocked(resolved: ResolvedImport, skip: boolean): string | undefined {
  const errors = resolved.errorCount;
  if (errors > 0 && !skip) return `${count(errors, 'row')} ${errors === 1 ? 'is' : 'are'} in error: fix the file, or tick Skip rows with errors.`;
  if (!resolved.plans.some((plan) => !isEmpty(plan.diff))) return 'Nothing to change: every group already is as the file says.';
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
  unread: { group: Group; message: string }[];
  mode: ImportMode;
  skip: boolean;
  onSkip: (skip: boolean) => void;
  onImport: () => void;
  onReadAgain: () => void;
}) {
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
    return VERDICTS.flatMap((verdict) => (byVerdict.get(verdict) ? [`${byVerdict.get(verdict)?.toLocaleString('en-US')} ${verdict}`] : []));
  }, [resolved.rows]);

  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        Preview
      </Title>
      <Text role="status">
        {count(resolved.rows.length, 'row')}, {errors === 0 ? 'none' : errors.toLocaleString('en-US')} in error; {count(changing.length, 'group')}{' '}
        {changing.length === 1 ? 'changes' : 'change'}.
        {counts.length > 0 && <span className={classes.detail}>Rows: {counts.join(', ')}.</span>}
      </Text>
      {unread.length > 0 && (
        <Alert color="orange" title="Some groups’ members could not be read">
          <Stack gap="xs" align="flex-start">
            {unread.map(({ group, message }) => (
              <Text size="sm" key={group.id}>
                {group.name}: {message}
              </Text>
            ))}
            <Text size="sm">Their rows are in error: nothing is guessed about who is in them.</Text>
            <Button size="xs" variant="default" onClick={onReadAgain}>
              Read again
            </Button>
          </Stack>
        </Alert>
      )}
      {changing.length > 0 && (
        <div>
          <Title order={3} size="h4" id={`${id}-groups`} mb={4}>
            Changes by group
          </Title>
          {/* Focusable, so a keyboard can scroll a long list. */}
          <ul className={classes.groups} aria-labelledby={`${id}-groups`} tabIndex={0}>
            {changing.map((plan) => (
              <li key={plan.group.id} className={plan.nobodyTakesCalls ? classes.nobody : undefined}>
                {summarisePlan(plan)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {errors > 0 && (
        <label className={classes.check}>
          <input type="checkbox" checked={skip} onChange={(event) => onSkip(event.currentTarget.checked)} />
          Skip rows with errors
        </label>
      )}
      {mode === 'replace' && errors > 0 && skip && (
        <Text size="sm">Rows in error are skipped: in Replace mode an agent named only by a skipped row leaves the group.</Text>
      )}
      <Row gap="sm" align="center">
        <Button onClick={onImport} disabled={blocked !== undefined} aria-describedby={blocked ? `${id}-blocked` : undefined}>
          Import
        </Button>
        {blocked && (
          <Text size="sm" id={`${id}-blocked`}>
            {blocked}
          </Text>
        )}
      </Row>
      {errors > 0 && (
        <label className={classes.check}>
          <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.currentTarget.checked)} />
          Only rows with errors
        </label>
      )}
      <ImportRowsTable rows={rows} outcomes={resolved.rows} shown={shown} />
    </Stack>
  );
}
