import { Alert, Button, Group as Row, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { describeDiff } from '@/features/change-record/membership-diff';
import { plural } from '@/lib/plural';
import { SupportDetails } from '@/lib/support-details';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import { downloadFailedRowsCsv } from './export-memberships';
import { ImportUndo } from './import-undo';
import type { GroupResult, ImportReport } from './use-import-run';
import classes from './import-page.module.css';

function GroupLine({ result }: { result: GroupResult }) {
  const name = <strong>{result.group.name}</strong>;
  switch (result.status) {
    case 'done':
      return (
        <li>
          {name}: done ({describeDiff(result.made)}).
          {result.note && <span className={classes.detail}>{result.note}</span>}
        </li>
      );
    case 'failed':
      return (
        <li>
          {name}: <span className={classes.error}>failed</span> — {result.message} Its rows are in the failed rows.
          <SupportDetails error={result.error} />
        </li>
      );
    case 'not done':
      return (
        <li>
          {name}: not done (nothing was sent). Its rows are in the failed rows.
        </li>
      );
  }
}

/** `Import finished`: each group's outcome, the rows not applied as a CSV, and Undo this import. */
export function ImportReportView({ report, onAnother }: { report: ImportReport; onAnother: () => void }) {
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
        Import finished
      </Title>
      <Text role="status">
        {report.batch.label}: {done} of {plural(report.groups.length, 'group')} changed
        {failed > 0 && `, ${failed} failed`}
        {notDone > 0 && `, ${notDone} not done`}.
      </Text>
      {report.sessionEnded && (
        <Alert color="orange" title="Your session ended during the import">
          {plural(notDone, 'group')} {notDone === 1 ? 'was' : 'were'} not sent. Sign in again, then import the failed rows.
        </Alert>
      )}
      {report.cancelled && notDone > 0 && (
        <Text size="sm">You cancelled the import: {plural(notDone, 'group')} {notDone === 1 ? 'was' : 'were'} not sent.</Text>
      )}
      <ul className={classes.groups} aria-label="Outcome by group" tabIndex={0}>
        {report.groups.map((result) => (
          <GroupLine key={result.group.id} result={result} />
        ))}
      </ul>
      <Row gap="sm">
        <Button variant="default" onClick={download} disabled={report.failed.length === 0}>
          Download failed rows
        </Button>
        <Text size="sm">
          {report.failed.length === 0 ? 'Every row was applied.' : `${plural(report.failed.length, 'row')} not applied, each with the reason.`}
        </Text>
      </Row>
      {downloadFailure && (
        <Text size="sm" c="red.9" role="alert">
          Could not download the failed rows: {downloadFailure}
        </Text>
      )}
      {report.records.length > 0 && <ImportUndo records={report.records} name={report.name} onRunning={setUndoing} />}
      <UnsavedChangesGuard when={undoing} saving="The import is being undone." />
      <Row>
        <Button variant="subtle" onClick={onAnother} disabled={undoing}>
          Import another file
        </Button>
      </Row>
    </Stack>
  );
}
