/**
 * The bulk confirmation: it waits for the count of the agents affected (or for the supervisor to go on
 * without it), reads at most three groups at a time and stops when closed, counts a large selection from
 * the list, and asks for the number of groups typed before deleting ten or more.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, test } from 'vitest';
import { countOf, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';
import { COUNT_CONCURRENCY, COUNT_EACH_UP_TO } from './use-bulk-impact';

/** Holds every members read (getGroupAgentRelation) until `release()`, then lets the mock answer it. */
function holdMemberReads() {
  const held: Request[] = [];
  let inFlight = 0;
  let most = 0;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.post(`${TEST_API_BASE}/api/v2/Group/getGroupAgentRelation`, async ({ request }) => {
      held.push(request);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await gate;
      inFlight -= 1;
      return undefined;
    }),
  );
  return { held, release, most: () => most };
}

async function selectAllAnd(action: 'Deactivate' | 'Delete selected', count: number) {
  const app = renderApp();
  await screen.findByRole('link', { name: 'Support' });
  await app.user.click(screen.getByRole('checkbox', { name: 'Select all groups shown' }));
  const bar = within(screen.getByRole('region', { name: 'Bulk actions' }));
  expect(bar.getByText(`${count} groups selected`)).toBeInTheDocument();
  await app.user.click(bar.getByRole('button', { name: action }));
  const verb = action === 'Deactivate' ? 'Deactivate' : 'Delete';
  const dialog = within(await screen.findByRole('dialog', { name: `${verb} ${count} groups?` }));
  return { ...app, dialog, confirm: () => dialog.getByRole('button', { name: `${verb} ${count} groups` }) };
}

describe('the count of the agents affected', () => {
  test('confirming waits for it: disabled while counting, enabled once the count is shown', async () => {
    mockStore.reset({ seedGroups: 3 });
    const reads = holdMemberReads();
    const { dialog, confirm } = await selectAllAnd('Deactivate', 3);

    expect(dialog.getByText('Counting the agents affected…')).toBeInTheDocument();
    expect(confirm()).toBeDisabled();

    reads.release();
    // Inside Sales 4 (3 take calls), Support 4 (4), Billing 5 (5).
    expect(await dialog.findByText('13 agent assignments in these groups; 12 of them take calls.')).toBeInTheDocument();
    expect(confirm()).toBeEnabled();
  });

  test('“Go on without the count” lets the supervisor confirm, and stops the reads', async () => {
    mockStore.reset({ seedGroups: 3 });
    const reads = holdMemberReads();
    const { user, dialog, confirm, queryClient } = await selectAllAnd('Deactivate', 3);
    await waitFor(() => expect(reads.held).toHaveLength(3));

    await user.click(dialog.getByRole('button', { name: 'Go on without the count' }));

    expect(dialog.getByText('The agents affected were not counted.')).toBeInTheDocument();
    expect(confirm()).toBeEnabled();
    await waitFor(() => expect(reads.held.every((request) => request.signal.aborted)).toBe(true));
    expect(queryClient.isFetching()).toBe(0);
    reads.release();
  });

  test(`reads at most ${COUNT_CONCURRENCY} groups at a time, and Cancel stops at once`, async () => {
    mockStore.reset({ seedGroups: 20 });
    const reads = holdMemberReads();
    const { user, dialog, queryClient } = await selectAllAnd('Delete selected', 20);
    await waitFor(() => expect(reads.held).toHaveLength(COUNT_CONCURRENCY));
    expect(reads.most()).toBe(COUNT_CONCURRENCY);

    await user.click(dialog.getByRole('button', { name: 'Cancel' }));

    // The reads on their way are aborted and the count is no longer running: no more will be sent.
    await waitFor(() => expect(reads.held.every((request) => request.signal.aborted)).toBe(true));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    reads.release();
    expect(reads.held).toHaveLength(COUNT_CONCURRENCY);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('a refresh of the list while counting does not stop the count', async () => {
    mockStore.reset({ seedGroups: 3 });
    const reads = holdMemberReads();
    const requests = recordRequests();
    const { dialog, confirm, queryClient } = await selectAllAnd('Deactivate', 3);
    await waitFor(() => expect(reads.held).toHaveLength(3));

    await act(() => queryClient.refetchQueries({ predicate: (query) => query.queryKey.at(-1) === 'list' }));
    expect(countOf(requests, 'list')).toBe(2);
    reads.release();

    expect(await dialog.findByText(/^13 agent assignments in these groups/)).toBeInTheDocument();
    expect(confirm()).toBeEnabled();
    expect(reads.held.some((request) => request.signal.aborted)).toBe(false);
  });

  test('Esc stops the count too', async () => {
    mockStore.reset({ seedGroups: 20 });
    const reads = holdMemberReads();
    const { user, queryClient } = await selectAllAnd('Deactivate', 20);
    await waitFor(() => expect(reads.held).toHaveLength(COUNT_CONCURRENCY));

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(reads.held.every((request) => request.signal.aborted)).toBe(true));
    expect(queryClient.isFetching()).toBe(0);
    reads.release();
  });

  test(`more than ${COUNT_EACH_UP_TO} groups are counted from the list's agent counts, with no request per group`, async () => {
    mockStore.reset({ seedGroups: 40 });
    const requests = recordRequests();
    const account = mockStore.account('demo');
    const agents = account ? account.groups.reduce((sum, g) => sum + mockStore.agentCount(account, g.id), 0) : 0;
    const { dialog, confirm } = await selectAllAnd('Deactivate', 40);

    expect(dialog.getByText(new RegExp(`^${agents} agent assignments in these groups, from the list's counts`))).toBeInTheDocument();
    expect(confirm()).toBeEnabled();
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(0);
  });
});

describe('deleting many groups at once', () => {
  test('asks for the number of groups typed: Delete stays off until it matches, then deletes them all', async () => {
    mockStore.reset({ seedGroups: 12 });
    const { user, dialog, confirm } = await selectAllAnd('Delete selected', 12);
    await dialog.findByText(/agent assignments in these groups; \d+ of them take calls\./);
    const field = dialog.getByRole('textbox', { name: 'Type 12 to delete 12 groups' });
    expect(field).toHaveFocus();
    expect(confirm()).toBeDisabled();

    await user.type(field, '11');
    expect(await dialog.findByText('Type 12, the number of groups to delete.')).toBeInTheDocument();
    expect(confirm()).toBeDisabled();
    await user.clear(field);
    await user.type(field, '12');
    await waitFor(() => expect(confirm()).toBeEnabled());
    expect(mockStore.account('demo')?.groups).toHaveLength(12);

    await user.click(confirm());

    await waitFor(() => expect(mockStore.account('demo')?.groups).toHaveLength(0));
    expect(await screen.findByText('No groups yet')).toBeInTheDocument();
  });

  test('fewer than ten are deleted without typing', async () => {
    mockStore.reset({ seedGroups: 9 });
    const { user, dialog, confirm } = await selectAllAnd('Delete selected', 9);
    await dialog.findByText(/agent assignments in these groups/);
    expect(dialog.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(confirm());

    await waitFor(() => expect(mockStore.account('demo')?.groups).toHaveLength(0));
  });
});
