/**
 * `/agents/import`: a membership CSV, previewed row by row and group by group before anything is sent,
 * then run group by group on the change path, with a report, the rows not applied, and Undo this import.
 */
import { Alert, Anchor, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { isEmpty } from '@/features/change-record/membership-diff';
import { useSignedIn } from '@/features/session/signed-in';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import { LoadError } from '@/lib/load-error';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes-guard';
import { useAgentDirectory } from '../agent-directory';
import type { GroupPlan, ImportMode } from './resolve-import';
import { ImportConfirm } from './import-confirm';
import { ImportPreview, importBlocked } from './import-preview';
import { ImportReportView } from './import-report';
import { ImportSourceForm } from './import-source-form';
import { useImportText, useRunLabel } from './import-text';
import { useImportPreview, type PreviewState } from './use-import-preview';
import { useImportRun, type RunState } from './use-import-run';
import { useImportSource, type ImportSource } from './use-import-source';
import classes from './import-page.module.css';

export default function ImportPage() {
  const t = useNamespace(agentsImport);
  const say = useImportText();
  const ctx = useSignedIn();
  const account = useAgentDirectory(ctx);
  const [text, setText] = useState('');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [mode, setMode] = useState<ImportMode | null>(null);
  const [skip, setSkip] = useState(false);
  const [confirming, setConfirming] = useState<GroupPlan[] | null>(null);
  const parsed = useImportSource(source);
  const preview = useImportPreview(ctx, parsed.status === 'read' ? parsed.rows : undefined, mode, account);
  const run = useImportRun(ctx);
  const ready = preview.state?.status === 'ready' && parsed.status === 'read' && mode ? { ...preview.state, parsed, mode } : undefined;

  const go = () => {
    setConfirming(null);
    if (!ready) return;
    const { resolved, parsed: file } = ready;
    void run.start({ name: file.name, pasted: file.pasted, mode: ready.mode, header: file.columns.header, rows: file.rows, outcomes: resolved.rows, plans: resolved.plans });
  };
  const onImport = () => {
    if (!ready || importBlocked(ready.resolved, skip)) return;
    const nobody = ready.resolved.plans.filter((plan) => plan.nobodyTakesCalls && !isEmpty(plan.diff));
    if (nobody.length > 0) setConfirming(nobody);
    else go();
  };
  const startOver = () => {
    run.reset();
    setSource(null);
    setText('');
    setSkip(false);
  };
  const previewed = run.state.stage === 'idle' && ready !== undefined && ready.resolved.plans.some((plan) => !isEmpty(plan.diff));

  return (
    <Stack gap="md" className={classes.page}>
      <Anchor component={Link} href="/agents" size="sm">
        {t('page.back')}
      </Anchor>
      <Title order={1}>{t('page.title')}</Title>
      {run.state.stage === 'idle' && (
        <>
          <ImportSourceForm
            source={source}
            text={text}
            onText={setText}
            onSource={(next) => {
              setSource(next);
              setSkip(false);
            }}
            mode={mode}
            onMode={setMode}
          />
          {parsed.status === 'reading' && <Text role="status">{t('page.readingFile')}</Text>}
          {parsed.status === 'unreadable' && (
            <Alert color="red" title={source?.kind === 'file' ? t('page.unreadableFile') : t('page.unreadableText')} role="alert">
              {say(parsed.message)}
            </Alert>
          )}
          {parsed.status === 'read' && !mode && <Text>{t('page.chooseMode')}</Text>}
          {parsed.status === 'read' && mode && (
            <PreviewPart state={preview.state} account={account} onRetry={preview.retry}>
              {ready && (
                <ImportPreview
                  resolved={ready.resolved}
                  rows={ready.parsed.rows}
                  unread={ready.unread}
                  mode={ready.mode}
                  skip={skip}
                  onSkip={setSkip}
                  onImport={onImport}
                  onReadAgain={preview.retry}
                />
              )}
            </PreviewPart>
          )}
        </>
      )}
      {run.state.stage === 'running' && <RunProgress state={run.state} onCancel={run.cancel} />}
      {run.state.stage === 'finished' && <ImportReportView report={run.state.report} onAnother={startOver} />}
      <ImportConfirm plans={confirming} onCancel={() => setConfirming(null)} onConfirm={go} />
      <UnsavedChangesGuard
        when={previewed || run.state.stage === 'running'}
        unsaved={t('page.unsaved')}
        saving={run.state.stage === 'running' && t('page.running')}
      />
    </Stack>
  );
}

/** The preview, or what it waits for: the account's groups and agents, then the members of the groups the file names. */
function PreviewPart({
  state,
  account,
  onRetry,
  children,
}: {
  state: PreviewState | null;
  account: ReturnType<typeof useAgentDirectory>;
  onRetry: () => void;
  children: ReactNode;
}) {
  const t = useNamespace(agentsImport);
  if (state?.status === 'ready') return children;
  if (state?.status === 'failed') return <LoadError title={t('page.membersFailed')} error={state.error} onRetry={onRetry} />;
  if (state?.status === 'reading') {
    return (
      <Stack gap={4}>
        <Text role="status">{t('page.readingMembers', { read: state.read, total: state.total })}</Text>
        <Progress value={(state.read / Math.max(state.total, 1)) * 100} aria-label={t('page.readingMembersLabel')} />
      </Stack>
    );
  }
  if (account.error && !account.directory) {
    const retry = () => void Promise.all([account.groupsQuery.refetch(), account.membershipsQuery.refetch()]);
    return <LoadError title={t('page.accountFailed')} error={account.error} onRetry={retry} />;
  }
  return <Text role="status">{t('page.readingAccount')}</Text>;
}

function RunProgress({ state, onCancel }: { state: Extract<RunState, { stage: 'running' }>; onCancel: () => void }) {
  const t = useNamespace(agentsImport);
  const label = useRunLabel()(state);
  const progress = { label, settled: state.settled, total: state.total };
  return (
    <Stack gap="xs" align="flex-start">
      <Text role="status">{state.cancelling ? t('run.stopping', progress) : t('run.progress', progress)}</Text>
      <Progress value={(state.settled / Math.max(state.total, 1)) * 100} aria-label={t('run.progressLabel')} w="100%" />
      {/* The Import button is gone: the keyboard lands on the one thing left to do. */}
      <Button variant="default" onClick={onCancel} disabled={state.cancelling} autoFocus>
        {t('run.cancel')}
      </Button>
    </Stack>
  );
}
