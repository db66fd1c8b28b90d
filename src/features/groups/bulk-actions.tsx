import { Alert, Button, Group as Row, List, Modal, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useRef, useState } from 'react';
import { deleteGroup, getGroupMembers, updateGroup } from '@/api/groups';
import type { Group } from '@/api/schemas';
import { groupQueries, recordDelete, recordUpdate} from './queries';
import { useSignedIn } from '@/features/session/signed-in';
import { runQueue } from '@/lib/run-queue';

export type BulkAction = 'activate' | 'deactivate' | 'delete';

/** A small fixed concurrency: quick for a supervisor, gentle on the DeepCall API. */
const CONCURRENCY = 3;

const verbs: Record<BulkAction, { label: string; past: string }> = {
  activate: { label: 'Activate', past: 'activated' },
  deactivate: { label: 'Deactivate', past: 'deactivated' },
  delete: { label: 'Delete', past: 'deleted' },
};

function reasonOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : 'Unknown error';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Failure {
  group: Group;
  message: string;
}

/** The bar shown while groups are selected: bulk actions, a confirmation with totals, progress, report. */
/** Memoized: the list page re-renders on every search keystroke. */
export const BulkActions = memo(function BulkActions({
  selected,
  onDone,
  onClear,
}: {
  selected: Group[];
  /** Called with the ids that failed, so they stay selected for a retry. */
  onDone: (failedIds: string[]) => void;
  onClear: () => void;
}) {
  const [action, setAction] = useState<BulkAction | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<{ action: BulkAction; succeeded: number; failures: Failure[]; cancelled: number } | null>(
    null,
  );
  const abort = useRef<AbortController | null>(null);
  const ctx = useSignedIn();
  const client = useQueryClient();

  const run = async (chosen: BulkAction, groups: Group[]) => {
    setAction(null);
    setReport(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: groups.length });
    let done = 0;
    const results = await runQueue(
      groups,
      CONCURRENCY,
      async (group) => {
        if (chosen === 'delete') {
          await deleteGroup(ctx.api, group.id);
          recordDelete(ctx.account, group, { ok: true });
          return;
        }
        const saved = await updateGroup(ctx.api, { groupId: group.id, name: group.name, active: chosen === 'activate' });
        recordUpdate(ctx.account, group.id, group, { ok: true, after: saved });
      },
      {
        signal: controller.signal,
        onSettled: (group, result) => {
          done += 1;
          setProgress({ done, total: groups.length });
          if (result.status === 'rejected') {
            const error = reasonOf(result.reason);
            if (chosen === 'delete') recordDelete(ctx.account, group, { ok: false, error });
            else recordUpdate(ctx.account, group.id, group, { ok: false, after: { name: group.name, active: chosen === 'activate' }, error });
          }
        },
      },
    );
    abort.current = null;
    setProgress(null);
    const failures: Failure[] = [];
    let succeeded = 0;
    for (const [group, result] of results) {
      if (result.status === 'fulfilled') succeeded += 1;
      else failures.push({ group, message: reasonOf(result.reason) });
    }
    const cancelled = groups.length - results.size;
    setReport({ action: chosen, succeeded, failures, cancelled });
    const notRun = groups.filter((g) => !results.has(g)).map((g) => g.id);
    onDone([...failures.map((f) => f.group.id), ...notRun]);
    await client.invalidateQueries({ queryKey: groupQueries.all(ctx.account) });
    notifications.show({
      color: failures.length > 0 ? 'red' : 'green',
      title: `${plural(succeeded, 'group')} ${verbs[chosen].past}`,
      message: failures.length > 0 ? `${plural(failures.length, 'group')} failed; they stay selected.` : 'All done.',
    });
  };

  return (
    <>
      {(selected.length > 0 || progress || report) && (
        <Paper withBorder p="sm" radius="md" aria-label="Bulk actions" role="region">
          <Stack gap="xs">
            {progress ? (
              <Stack gap={4}>
                <Text size="sm">
                  Working… {progress.done} of {progress.total}
                </Text>
                <Progress value={(progress.done / progress.total) * 100} aria-label="Bulk change progress" />
                <Row>
                  <Button size="xs" variant="default" onClick={() => abort.current?.abort()}>
                    Cancel remaining
                  </Button>
                </Row>
              </Stack>
            ) : (
              selected.length > 0 && (
                <Row justify="space-between">
                  <Text size="sm" fw={600}>
                    {plural(selected.length, 'group')} selected
                  </Text>
                  <Row gap="xs">
                    <Button size="xs" variant="default" onClick={() => setAction('activate')}>
                      Activate
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setAction('deactivate')}>
                      Deactivate
                    </Button>
                    <Button size="xs" color="red" variant="outline" onClick={() => setAction('delete')}>
                      Delete selected
                    </Button>
                    <Button size="xs" variant="subtle" onClick={onClear}>
                      Clear selection
                    </Button>
                  </Row>
                </Row>
              )
            )}
            {report && !progress && <BulkReport report={report} onDismiss={() => setReport(null)} />}
          </Stack>
        </Paper>
      )}
      <BulkConfirm action={action} groups={selected} onCancel={() => setAction(null)} onConfirm={(a) => void run(a, selected)} />
    </>
  );
});

function BulkReport({
  report,
  onDismiss,
}: {
  report: { action: BulkAction; succeeded: number; failures: Failure[]; cancelled: number };
  onDismiss: () => void;
}) {
  return (
    <Alert
      color={report.failures.length > 0 ? 'red' : 'green'}
      title={`${plural(report.succeeded, 'group')} ${verbs[report.action].past}${report.failures.length > 0 ? `, ${report.failures.length} failed` : ''}${report.cancelled > 0 ? `, ${report.cancelled} not attempted (cancelled)` : ''}`}
      withCloseButton
      closeButtonLabel="Dismiss report"
      onClose={onDismiss}
      role="status"
    >
      {report.failures.length > 0 && (
        <>
          <List size="sm">
            {report.failures.map((f) => (
              <List.Item key={f.group.id}>
                {f.group.name}: {f.message}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            The groups that failed stay selected: fix the cause and try again.
          </Text>
        </>
      )}
    </Alert>
  );
}

function BulkConfirm({
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
  const ctx = useSignedIn();
  const ids = groups.map((g) => g.id);
  // Call-receiving agents come from each group's relations, read a few at a time.
  const impact = useQuery({
    queryKey: [...groupQueries.all(ctx.account), 'bulk-impact', ids],
    enabled: action !== null && action !== 'activate',
    queryFn: async ({ signal }) => {
      const results = await runQueue(ids, CONCURRENCY, (id) => getGroupMembers(ctx.api, id, signal), { signal });
      let agents = 0;
      let receiving = 0;
      let unknown = 0;
      for (const result of results.values()) {
        if (result.status === 'rejected') {
          unknown += 1;
          continue;
        }
        agents += result.value.members.length;
        receiving += result.value.members.filter((m) => m.receivesCalls).length;
      }
      return { agents, receiving, unknown };
    },
  });
  if (!action) return null;
  const verb = verbs[action].label;
  return (
    <Modal opened onClose={onCancel} title={`${verb} ${plural(groups.length, 'group')}?`} centered>
      <Stack>
        {action !== 'activate' &&
          (impact.isPending ? (
            <Text size="sm">Counting the agents affected…</Text>
          ) : impact.isError ? (
            <Text size="sm">The agents affected could not be counted: {impact.error.message}</Text>
          ) : (
            <Text size="sm">
              {plural(impact.data.agents, 'agent assignment')} in these groups; {impact.data.receiving} of them take calls.
              {impact.data.unknown > 0 ? ` (${plural(impact.data.unknown, 'group')} could not be counted.)` : ''}
            </Text>
          ))}
        {action === 'delete' && (
          <Text size="sm" c="red.9">
            Deleting removes the groups and all their agent assignments permanently. It cannot be undone.
          </Text>
        )}
        {action === 'deactivate' && (
          <Text size="sm" c="dimmed">
            Inactive groups keep their agents and history; their agents stop receiving the groups' calls.
          </Text>
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color={action === 'delete' ? 'red' : undefined} onClick={() => onConfirm(action)}>
            {verb} {plural(groups.length, 'group')}
          </Button>
        </Row>
      </Stack>
    </Modal>
  );
}
