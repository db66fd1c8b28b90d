import { Alert, Button, List, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, memo, Suspense, useRef, useState } from 'react';
import type { Group } from '@/api/types';
import { isApiError } from '@/api/errors';
import { SupportDetails } from '@/lib/support-details';
import { runBulkChange, type BulkAction, type BulkOutcome } from '../changes/bulk-change';
import { groupQueries } from '../queries';
import { useSignedIn } from '@/features/session/signed-in';
import { BulkBar, BulkHint, BulkProgress, BulkSelection } from '@/lib/bulk-bar';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';

// Fetched when a bulk action is chosen: its typed-count form (react-hook-form + zod) stays off the list's first download.
const BulkConfirm = lazy(() => import('./bulk-confirm').then((m) => ({ default: m.BulkConfirm })));

/**
 * The bulk bar above the table: a hint, or the selected groups' actions, a run's progress and its report;
 * the confirmation with totals. Memoized: the list page re-renders on every search keystroke.
 */
export const BulkActions = memo(function BulkActions({
  selected,
  notShown,
  onDone,
  onClear,
}: {
  selected: Group[];
  /** How many of `selected` the search and the status filter hide: an action still covers them. */
  notShown: number;
  /** Called with the ids that failed, so they stay selected for a retry. */
  onDone: (failedIds: string[]) => void;
  onClear: () => void;
}) {
  const [action, setAction] = useState<BulkAction | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const abort = useRef<AbortController | null>(null);
  const ctx = useSignedIn();
  const client = useQueryClient();
  const t = useNamespace(groupsList);

  const run = async (chosen: BulkAction, groups: Group[]) => {
    setAction(null);
    setReport(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: groups.length });
    const outcome = await runBulkChange(client, ctx, chosen, groups, {
      signal: controller.signal,
      onProgress: (done) => setProgress({ done, total: groups.length }),
    });
    abort.current = null;
    setProgress(null);
    setReport({ action: chosen, ...outcome });
    onDone([...outcome.failures.map((f) => f.group.id), ...outcome.notRun.map((g) => g.id)]);
    // The report in the bar, kept in view, is the one message: no toast says it again.
    await client.invalidateQueries({ queryKey: groupQueries.all(ctx.account) });
  };

  const sticky = selected.length > 0 || progress !== null || report !== null;
  return (
    <>
      <BulkBar
        sticky={sticky}
        idle={!progress && selected.length === 0}
        report={report && !progress ? <BulkReport report={report} onDismiss={() => setReport(null)} /> : null}
      >
        {progress ? (
          <BulkProgress done={progress.done} total={progress.total} label={t('bulk.progress')} onCancel={() => abort.current?.abort()} />
        ) : selected.length > 0 ? (
          <BulkSelection count={selected.length} noun="group" notShown={notShown} onClear={onClear}>
            <Button size="xs" variant="default" onClick={() => setAction('activate')}>
              {t('bulk.activate')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setAction('deactivate')}>
              {t('bulk.deactivate')}
            </Button>
            <Button size="xs" color="red" variant="outline" onClick={() => setAction('delete')}>
              {t('bulk.deleteSelected')}
            </Button>
          </BulkSelection>
        ) : (
          <BulkHint>{t('bulk.hint')}</BulkHint>
        )}
      </BulkBar>
      {action && (
        <Suspense fallback={null}>
          <BulkConfirm action={action} groups={selected} onCancel={() => setAction(null)} onConfirm={(a) => void run(a, selected)} />
        </Suspense>
      )}
    </>
  );
});

type Report = BulkOutcome & { action: BulkAction };

function reportTitle(report: Report, t: ReturnType<typeof useNamespace<'groupsList'>>): string {
  const parts = [t('bulk.done', { action: report.action, count: report.succeeded })];
  if (report.failures.length > 0) parts.push(t('bulk.failed', { count: report.failures.length }));
  if (report.notRun.length > 0) parts.push(t(report.sessionEnded ? 'bulk.notDone' : 'bulk.notRun', { count: report.notRun.length }));
  return parts.join(t('bulk.separator'));
}

function BulkReport({ report, onDismiss }: { report: Report; onDismiss: () => void }) {
  const t = useNamespace(groupsList);
  const bad = report.failures.length > 0 || report.notRun.length > 0;
  return (
    <Alert
      color={bad ? 'red' : report.notes.length > 0 ? 'yellow' : 'green'}
      title={reportTitle(report, t)}
      withCloseButton
      closeButtonLabel={t('bulk.dismiss')}
      onClose={onDismiss}
      role="status"
    >
      {report.notes.length > 0 && (
        <List size="sm" mb="xs">
          {report.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}
      {report.sessionEnded && (
        <Text size="sm" mb="xs">
          {t('bulk.sessionEnded')}
        </Text>
      )}
      {report.failures.length > 0 && (
        <>
          <List size="sm">
            {report.failures.map((f) => (
              <List.Item key={f.group.id}>
                {t('bulk.failure', { name: f.group.name, message: f.message })}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('bulk.failedStay')}
          </Text>
          {/* One button for the run: the same unreadable reply usually failed every item. */}
          <SupportDetails error={report.failures.find((f) => isApiError(f.error) && f.error.support)?.error} />
        </>
      )}
    </Alert>
  );
}
