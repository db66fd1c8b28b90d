import { Button, Group as Row, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { isApiError } from '@/api/errors';
import { newBatchId, type ChangeRecord } from '@/features/change-record/change-record';
import { useSignedIn } from '@/features/session/signed-in';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';
import { undoRecords } from '../membership-run';
import { reportTags } from './import-tags';
import classes from './import-page.module.css';

type UndoResult = { record: ChangeRecord } & ({ status: 'put back' } | { status: 'refused'; message: string; error: unknown } | { status: 'not done' });

type UndoState = { stage: 'idle' } | { stage: 'running'; settled: number } | { stage: 'finished'; results: UndoResult[]; sessionEnded: boolean };

/**
 * `Undo this import`: each group back to the membership it had just before the run, in a batch of its own.
 * A group changed again since is refused (the lost-update rule) and named, and the rest still go back.
 */
export function ImportUndo({ records, name, onRunning }: { records: ChangeRecord[]; name: string; onRunning: (running: boolean) => void }) {
  const t = useNamespace(agentsImport);
  const ctx = useSignedIn();
  const client = useQueryClient();
  const [state, setState] = useState<UndoState>({ stage: 'idle' });
  const inFlight = useRef(false);

  const undo = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    onRunning(true);
    setState({ stage: 'running', settled: 0 });
    const batch = { id: newBatchId(), label: `Undo of import of ${name}` };
    const settled = await undoRecords(client, ctx, records, {
      signal: new AbortController().signal,
      batch,
      onProgress: (n) => setState({ stage: 'running', settled: n }),
    });
    let sessionEnded = false;
    const results = records.map((record): UndoResult => {
      const result = settled.get(record);
      if (result?.status === 'fulfilled') return { record, status: 'put back' };
      if (!result || (isApiError(result.reason) && result.reason.isSessionEnded)) {
        sessionEnded ||= result !== undefined;
        return { record, status: 'not done' };
      }
      return { record, status: 'refused', message: result.reason instanceof Error ? result.reason.message : String(result.reason), error: result.reason };
    });
    inFlight.current = false;
    onRunning(false);
    setState({ stage: 'finished', results, sessionEnded });
  };

  if (state.stage === 'idle') {
    return (
      <Row>
        <Button variant="default" onClick={() => void undo()}>
          {t('undo.button')}
        </Button>
      </Row>
    );
  }
  if (state.stage === 'running') {
    return (
      <Stack gap={4}>
        <Text size="sm" role="status">
          {t('undo.progress', { settled: state.settled, total: records.length })}
        </Text>
        <Progress value={(state.settled / Math.max(records.length, 1)) * 100} aria-label={t('undo.progressLabel')} />
      </Stack>
    );
  }
  return <UndoReport results={state.results} sessionEnded={state.sessionEnded} total={records.length} />;
}

function UndoReport({ results, sessionEnded, total }: { results: UndoResult[]; sessionEnded: boolean; total: number }) {
  const t = useNamespace(agentsImport);
  const errorText = useErrorText();
  const id = useId();
  // Undo this import is gone: the keyboard goes on from its outcome.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const back = results.filter((r) => r.status === 'put back').length;
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${id}-title`}>
      <Title order={3} size="h4" id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('undo.title')}
      </Title>
      <Text size="sm" role="status">
        {back === total ? t('undo.allBack', { count: back }) : t('undo.someBack', { back, total })}
        {sessionEnded && ` ${t('undo.sessionEnded')}`}
      </Text>
      <ul className={classes.groups} aria-labelledby={`${id}-title`} tabIndex={0}>
        {results.map((result) => (
          <li key={result.record.id}>
            {result.status === 'put back' && t.rich('undo.putBack', { ...reportTags, name: result.record.groupName })}
            {result.status === 'not done' && t.rich('undo.notDone', { ...reportTags, name: result.record.groupName })}
            {result.status === 'refused' && (
              <>
                {t.rich('undo.refused', { ...reportTags, name: result.record.groupName, message: errorText(result.error, result.message) })}
                <SupportDetails error={result.error} />
              </>
            )}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
