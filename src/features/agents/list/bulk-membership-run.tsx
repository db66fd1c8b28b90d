import { Alert, Button, Group as Row, List, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { isApiError } from '@/api/errors';
import type { Runner } from '@/features/groups/members/running-dialog';
import { useSignedIn } from '@/features/session/signed-in';
import { useNamespace } from '@/i18n/language-provider';
import { agents as agentsNs } from '@/i18n/namespaces/agents';
import { useErrorText } from '@/lib/error-text';
import { SupportDetails } from '@/lib/support-details';
import { isEmpty } from '@/features/change-record/membership-diff';
import { madeByDone, runMembershipChanges, type GroupMembershipChange, type MembershipRunOutcome } from '../membership-run';

export interface BulkRunState {
  /** Groups in the attempt under way or last made, and how many of them have settled. */
  total: number;
  settled: number;
  /** The last attempt's outcome; null while it runs. */
  outcome: MembershipRunOutcome | null;
  /** Every group changed so far, over the first run and its retries. */
  done: MembershipRunOutcome['done'];
}

/**
 * A bulk membership run: three groups at a time on the change path (membership-run.ts), Cancel between
 * requests, and Retry of only what failed or was not sent. The runner refuses a second run while one
 * is going (a double click sends once) and keeps the dialog open until it ends.
 */
export function useBulkMembershipRun({ run }: Runner) {
  const client = useQueryClient();
  const ctx = useSignedIn();
  const [state, setState] = useState<BulkRunState | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = (changes: readonly GroupMembershipChange[]) =>
    run(async () => {
      const controller = new AbortController();
      abort.current = controller;
      setState((s) => ({ total: changes.length, settled: 0, outcome: null, done: s?.done ?? [] }));
      const outcome = await runMembershipChanges(client, ctx, changes, {
        signal: controller.signal,
        onProgress: (settled) => setState((s) => s && { ...s, settled }),
      });
      abort.current = null;
      // The directory follows by itself: the change path patches the memberships it holds.
      setState((s) => s && { ...s, outcome, done: [...s.done, ...outcome.done] });
    });
  const retry = () => {
    const last = state?.outcome;
    if (last) void start([...last.failures.map((f) => f.change), ...last.notRun]);
  };
  const cancel = () => abort.current?.abort();
  return { state, start, retry, cancel };
}

export function BulkRunView({
  state,
  onCancel,
  onRetry,
  onClose,
}: {
  state: BulkRunState;
  onCancel: () => void;
  onRetry: () => void;
  onClose: () => void;
}) {
  const t = useNamespace(agentsNs);
  const errorText = useErrorText();
  const { outcome } = state;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  // The form the focus was in is replaced: focus goes on to Cancel while it runs, then to Done.
  useFocusOnShow(outcome ? doneRef : cancelRef, outcome !== null);
  if (!outcome) {
    return (
      <Stack gap="xs">
        <Text size="sm" role="status">
          {t('run.progress', { settled: state.settled, total: state.total })}
        </Text>
        <Progress value={state.total === 0 ? 0 : (state.settled / state.total) * 100} aria-label={t('run.progressLabel')} />
        <Row justify="flex-end">
          {/* Stops between requests: those already sent finish and are reported. */}
          <Button variant="default" onClick={onCancel} ref={cancelRef}>
            {t('run.cancel')}
          </Button>
        </Row>
      </Stack>
    );
  }
  const left = outcome.failures.length + outcome.notRun.length;
  const notes = state.done.flatMap(({ change, result }) => (result.note ? [t('run.groupSays', { group: change.group.name, message: result.note })] : []));
  return (
    <Stack gap="sm">
      <Alert color={left > 0 ? 'red' : notes.length > 0 ? 'yellow' : 'green'} title={reportTitle(t, state, outcome)} role="status">
        <Stack gap="xs">
          {notes.length > 0 && (
            <List size="sm">
              {notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          )}
          {outcome.failures.length > 0 && (
            <List size="sm">
              {outcome.failures.map((f) => (
                <List.Item key={f.change.group.id}>
                  {t('run.groupSays', { group: f.change.group.name, message: errorText(f.error, t('unknownError')) })}
                </List.Item>
              ))}
            </List>
          )}
          {outcome.sessionEnded && (
            <Text size="sm">{t('run.sessionEnded')}</Text>
          )}
          {outcome.notRun.length > 0 && !outcome.sessionEnded && (
            <Text size="sm">{t('run.notSent', { names: outcome.notRun.map((c) => c.group.name).join(', ') })}</Text>
          )}
          {/* One button for the run: the same unreadable reply usually failed every item. */}
          <SupportDetails error={outcome.failures.find((f) => isApiError(f.error) && f.error.support)?.error} />
        </Stack>
      </Alert>
      <Row justify="flex-end">
        {left > 0 && (
          <Button variant="default" onClick={onRetry}>
            {t('run.retry')}
          </Button>
        )}
        {/* Not "Close": the dialog's own close button has that name. */}
        <Button onClick={onClose} ref={doneRef}>
          {t('run.done')}
        </Button>
      </Row>
    </Stack>
  );
}

/**
 * Moves the focus to `target` when `stage` changes, unless it is somewhere that still holds it (another
 * dialog on top, such as the ended session's sign-in): only focus that was lost with the replaced content moves.
 */
function useFocusOnShow(target: RefObject<HTMLElement | null>, stage: boolean) {
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected || element.closest('[role="dialog"]')?.contains(active);
    if (lost) element.focus();
  }, [target, stage]);
}

function reportTitle(t: ReturnType<typeof useNamespace<'agents'>>, state: BulkRunState, outcome: MembershipRunOutcome): string {
  // A group whose fresh read already held what was asked (a colleague did it meanwhile) is not "changed".
  const unchanged = state.done.filter((done) => {
    const made = madeByDone(done);
    return made !== undefined && isEmpty(made);
  }).length;
  const parts = [t('run.changed', { count: state.done.length - unchanged })];
  if (unchanged > 0) parts.push(t('run.alreadySo', { count: unchanged }));
  if (outcome.failures.length > 0) parts.push(t('run.failed', { count: outcome.failures.length }));
  if (outcome.notRun.length > 0) parts.push(t(outcome.sessionEnded ? 'run.notDoneSessionEnded' : 'run.notDoneCancelled', { count: outcome.notRun.length }));
  return parts.join(', ');
}
