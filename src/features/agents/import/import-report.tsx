import { Alert, Button, Group as Row, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { noteOf } from '@/features/change-record/describe-change';
import { useNamespace } from '@/i18n/language-provider';
import { changes } from '@/i18n/namespaces/changes';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import { downloadFailedRowsCsv } from './export-memberships';
import { useDiffText, useRunLabel } from './import-text';
import { reportTags } from './import-tags';
import { ImportUndo } from './import-undo';
import type { GroupResult, ImportReport } from './use-import-run';
import classes from './import-page.module.css';

function GroupLine({ result }: { result: GroupResult }) {
  const t = useNamespace(agentsImport);
  const tc = useNamespace(changes);
  const diffText = useDiffText();
  const errorText = useErrorText();
  const name = result.group.name;
  switch (result.status) {
    case 'done':
      return (
        <li>
          {t.rich('report.done', { ...reportTags, name, changes: diffText(result.made) })}
          {result.note && <span className={classes.detail}>{noteOf(result, tc)}</span>}
        </li>
      );
    case 'failed':
      return (
        <li>
          {t.rich('report.failed', { ...reportTags, name, message: errorText(result.error, result.message) })}
          <SupportDetails error={result.error} />
        </li>
      );
    case 'not done':
      return <li>{t.rich('report.notDone', { ...reportTags, name })}</li>;
  }
}

/** `Import finished`: each group's outcome, the rows not applied as a CSV, and Undo this import. */
export function ImportReportView({ report, onAnother }: { report: ImportReport; onAnother: () => void }) {
  const t = useNamespace(agentsImport);
  const label = useRunLabel()(report);
  const id = useId();
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const [undoing, setUndoing] = useState(false);
  // The Import button and its progress are gone: the keyboard goes on from the outcome.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const done = report.groups.filter((g) => g.status === 'done').length;
  const failed = report.groups.filter((g) => g.status === 'failed').length;
  const notDone = report.groups.length - done - failed;
  const download = () => {
    setDownloadFailure(null);
    downloadFailedRowsCsv(report.header, report.failed).catch((error: unknown) => setDownloadFailure(error instanceof Error ? error.message : String(error)));
  };

  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('report.title')}
      </Title>
      <Text role="status">{t('report.status', { label, done, total: report.groups.length, failed, notDone })}</Text>
      {report.sessionEnded && (
        <Alert color="orange" title={t('report.sessionEndedTitle')}>
          {t('report.sessionEnded', { count: notDone })}
        </Alert>
      )}
      {report.cancelled && notDone > 0 && <Text size="sm">{t('report.cancelled', { count: notDone })}</Text>}
      <ul className={classes.groups} aria-label={t('report.byGroup')} tabIndex={0}>
        {report.groups.map((result) => (
          <GroupLine key={result.group.id} result={result} />
        ))}
      </ul>
      <Row gap="sm">
        <Button variant="default" onClick={download} disabled={report.failed.length === 0}>
          {t('report.download')}
        </Button>
        <Text size="sm">{report.failed.length === 0 ? t('report.allApplied') : t('report.notApplied', { count: report.failed.length })}</Text>
      </Row>
      {downloadFailure && (
        <Text size="sm" c="red.9" role="alert">
          {t('report.downloadFailed', { reason: downloadFailure })}
        </Text>
      )}
      {report.records.length > 0 && <ImportUndo records={report.records} name={report.name} onRunning={setUndoing} />}
      <UnsavedChangesGuard when={undoing} saving={t('report.undoing')} />
      <Row>
        <Button variant="subtle" onClick={onAnother} disabled={undoing}>
          {t('report.another')}
        </Button>
      </Row>
    </Stack>
  );
}
