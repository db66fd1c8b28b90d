/**
 * Running an import: one change per group on the change path (membership-run.ts), three at a time,
 * all tied into one batch so Recent changes and the audit log read them as one import. Cancel stops
 * between groups; an ended session stops the run (the app's sign-in dialog asks). Leaving the page
 * does not stop it: each change already sent is recorded wherever the supervisor goes.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Group } from '@/api/types';
import { isEmpty, type MemberDiff } from '@/features/change-record/membership-diff';
import { newBatchId, type ChangeBatch, type ChangeNote, type ChangeRecord } from '@/features/change-record/change-record';
import type { SignedIn } from '@/features/session/signed-in';
import { madeByDone, recordOfDone, runMembershipChanges } from '../membership-run';
import { failedRows, type FailedRow } from './export-memberships';
import type { ImportRow } from './parse-import-csv';
import type { GroupPlan, ImportMode, RowOutcome } from './resolve-import';

export const MODE_LABELS: Record<ImportMode, string> = { add: 'Add', replace: 'Replace', remove: 'Remove' };

export type GroupResult =
  /** `made`: what the change did on the server (the fresh read it was applied to, then what was sent). */
  /** `note` in English; `noteFacts` the same, said in the language on screen (noteOf). */
  | { group: Group; plan: GroupPlan; status: 'done'; made: MemberDiff; note?: string; noteFacts?: ChangeNote }
  | { group: Group; plan: GroupPlan; status: 'failed'; message: string; error: unknown }
  | { group: Group; plan: GroupPlan; status: 'not done' };

export interface ImportReport {
  /** Its label is English: Recent changes and the audit log keep it. */
  batch: ChangeBatch;
  /** The source's name, for the undo's own batch. */
  name: string;
  /** For the screens' own words for the run (the source was pasted text; the mode). */
  pasted: boolean;
  mode: ImportMode;
  groups: GroupResult[];
  cancelled: boolean;
  sessionEnded: boolean;
  /** What Undo this import puts back: each done group's change as recorded. */
  records: ChangeRecord[];
  /** The file's header and the rows not applied, for Download failed rows. */
  header: string[];
  failed: FailedRow[];
}

export interface ImportInput {
  name: string;
  pasted: boolean;
  mode: ImportMode;
  header: string[];
  rows: ImportRow[];
  outcomes: RowOutcome[];
  plans: GroupPlan[];
}

export type RunState = { stage: 'idle' } | { stage: 'running'; label: string; name: string; pasted: boolean; mode: ImportMode; settled: number; total: number; cancelling: boolean } | { stage: 'finished'; report: ImportReport };

export function notDoneReason(report: Pick<ImportReport, 'sessionEnded'>): string {
  return report.sessionEnded ? 'not done: the session ended before this group was sent' : 'not done: the import was cancelled before this group was sent';
}

export function useImportRun(ctx: SignedIn) {
  const client = useQueryClient();
  const [state, setState] = useState<RunState>({ stage: 'idle' });
  // Set before the first await: a second click in the same instant finds it and sends nothing.
  const inFlight = useRef(false);
  const controller = useRef<AbortController | null>(null);

  const start = async (input: ImportInput) => {
    if (inFlight.current) return;
    inFlight.current = true;
    const stop = new AbortController();
    controller.current = stop;
    const batch: ChangeBatch = { id: newBatchId(), label: `Import of ${input.name} (${MODE_LABELS[input.mode]})` };
    const plans = input.plans.filter((plan) => !isEmpty(plan.diff));
    setState({ stage: 'running', label: batch.label, name: input.name, pasted: input.pasted, mode: input.mode, settled: 0, total: plans.length, cancelling: false });
    try {
      const outcome = await runMembershipChanges(
        client,
        ctx,
        // `loaded`: what the preview showed, so a colleague's change since is kept and named.
        plans.map((plan) => ({ group: plan.group, diff: plan.diff, loaded: plan.before })),
        {
          signal: stop.signal,
          batch,
          onProgress: (settled) => setState((s) => (s.stage === 'running' ? { ...s, settled } : s)),
        },
      );
      const planOf = new Map(plans.map((plan) => [plan.group.id, plan]));
      const plan = (group: Group) => planOf.get(group.id) as GroupPlan;
      const groups: GroupResult[] = [
        ...outcome.done.map((done): GroupResult => {
          const { change, result } = done;
          const made = madeByDone(done) ?? plan(change.group).diff;
          return { group: change.group, plan: plan(change.group), status: 'done', made, ...(result.note ? { note: result.note } : {}), ...(result.noteFacts ? { noteFacts: result.noteFacts } : {}) };
        }),
        ...outcome.failures.map(({ change, message, error }): GroupResult => ({ group: change.group, plan: plan(change.group), status: 'failed', message, error })),
        ...outcome.notRun.map((change): GroupResult => ({ group: change.group, plan: plan(change.group), status: 'not done' })),
      ];
      // In the preview's order, so the report reads like the summary the supervisor confirmed.
      const order = new Map(plans.map((p, i) => [p.group.id, i]));
      groups.sort((a, b) => (order.get(a.group.id) ?? 0) - (order.get(b.group.id) ?? 0));
      const notDone = notDoneReason(outcome);
      const groupFailures = new Map<string, string>([
        ...outcome.failures.map(({ change, message }) => [change.group.id, `failed: ${message}`] as const),
        ...outcome.notRun.map((change) => [change.group.id, notDone] as const),
      ]);
      const records = outcome.done.flatMap((done) => recordOfDone(done, batch) ?? []);
      setState({
        stage: 'finished',
        report: {
          batch,
          name: input.name,
          pasted: input.pasted,
          mode: input.mode,
          groups,
          cancelled: stop.signal.aborted && !outcome.sessionEnded,
          sessionEnded: outcome.sessionEnded,
          records,
          header: input.header,
          failed: failedRows(input.rows, input.outcomes, groupFailures),
        },
      });
    } finally {
      inFlight.current = false;
      controller.current = null;
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setState((s) => (s.stage === 'running' ? { ...s, cancelling: true } : s));
  };

  return { state, start, cancel, reset: () => setState({ stage: 'idle' }) };
}
