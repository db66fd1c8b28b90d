/**
 * The rows' status switch: it flips at once, rolls back with a reason, and, switching off a group whose
 * agents take its calls, asks first (one confirmation for the table, the rows hold no hooks).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, findNotification, recordRequests, renderApp } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore } from '../../../../mocks/node';

function demoGroup(name: string) {
  const group = mockStore.account('demo')?.groups.find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name} in the mock`);
  return group;
}

/** Nobody takes the group's calls any more (its members stay): its row switch goes off without a question. */
function nobodyTakesCalls(name: string) {
  const account = mockStore.account('demo');
  const group = demoGroup(name);
  if (!account) throw new Error('no demo account');
  mockStore.assign(account, group.id, mockStore.relationsOf(account, group.id).map((r) => r.agent_unique_id), []);
}

/** The group has no agents at all: the list says so, and its switch goes at once. */
function withoutAgents(name: string) {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  mockStore.assign(account, demoGroup(name).id, [], []);
}

function groupNames(): string[] {
  return screen.queryAllByRole('switch').map((s) => (s.getAttribute('aria-label') ?? '').replace(/ active$/, ''));
}

// Eight groups: Inside Sales (3 of 4 agents take its calls), Support (4 of 4), Billing (5 of 5), Retention (1 of 1),
// Onboarding (6 of 6), Collections (no agents), Technical Support (inactive) and Customer Care.
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

describe('the status switch', () => {
  test('flips at once and sends the group’s current name with the new status', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 200, actions: ['update'], times: 1 });
    const requests = recordRequests();
    const { user } = renderApp();
    const toggle = await screen.findByRole('switch', { name: 'Support active' });

    await user.click(toggle);
    // Support's agents take its calls: the switch asks first.
    await confirmRowDeactivate(user, 'Support');

    // Before the server has answered:
    expect(toggle).not.toBeChecked();
    expect(within(toggle.closest('tr') as HTMLElement).getByText('Inactive')).toBeInTheDocument();
    expect(demoGroup('Support').status).toBe(1);

    await waitFor(() => expect(demoGroup('Support').status).toBe(0));
    const update = requests.find((r) => r.action === 'update');
    expect(update?.body).toMatchObject({ groupId: String(demoGroup('Support').id), name: 'Support', status: 0 });
    await waitFor(() => expect(countOf(requests, 'list')).toBeGreaterThanOrEqual(2));
    expect(screen.getByRole('switch', { name: 'Support active' })).not.toBeChecked();
  });

  test('switching an inactive group on activates it', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('switch', { name: 'Technical Support active' }));

    await waitFor(() => expect(demoGroup('Technical Support').status).toBe(1));
    expect(screen.getByRole('switch', { name: 'Technical Support active' })).toBeChecked();
  });

  test('rolls back with a visible reason when the server refuses', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['update'], times: 1 });
    const { user } = renderApp();
    const toggle = await screen.findByRole('switch', { name: 'Support active' });

    await user.click(toggle);
    await confirmRowDeactivate(user, 'Support');

    const toast = await findNotification('Support was not deactivated');
    expect(toast.getByText('Your DeepCall account is not allowed to do this. Ask an administrator for the permission.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Support active' })).toBeChecked());
    expect(demoGroup('Support').status).toBe(1);
  });

  test('rolls back when the network fails mid-change, without retrying the change', async () => {
    mockStore.addFault('demo', { kind: 'http', status: 500, withBody: true, actions: ['update'], times: 1 });
    const requests = recordRequests();
    const { user } = renderApp();

    await user.click(await screen.findByRole('switch', { name: 'Technical Support active' }));

    await findNotification('Technical Support was not activated');
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Technical Support active' })).not.toBeChecked());
    expect(countOf(requests, 'update')).toBe(1);
  });

  test('a group deleted elsewhere (1503) is explained and leaves the list', async () => {
    const { user } = renderApp();
    const toggle = await screen.findByRole('switch', { name: 'Billing active' });
    const account = mockStore.account('demo');
    if (account) mockStore.delete(account, demoGroup('Billing').id);

    await user.click(toggle);

    await findNotification('Billing no longer exists');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument());
    expect(groupNames()).toHaveLength(7);
  });

  test('rapid repeated toggles end with the screen equal to the server', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 30, actions: ['update'] });
    // Switched without a question each time: the group has no agents.
    withoutAgents('Retention');
    const { user, queryClient } = renderApp();
    const toggle = await screen.findByRole('switch', { name: 'Retention active' });

    await user.click(toggle);
    await user.click(toggle);
    await user.click(toggle);

    await waitFor(() => expect(demoGroup('Retention').status).toBe(0), { timeout: 3000 });
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Retention active' })).not.toBeChecked());
    // Still equal once everything has settled: no change on its way, no read in flight.
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    expect(demoGroup('Retention').status).toBe(0);
    expect(screen.getByRole('switch', { name: 'Retention active' })).not.toBeChecked();
  });
});

describe('switching off a group whose agents take its calls', () => {
  test('asks first, with how many take its calls; focus is on the question and Esc leaves the group on', async () => {
    const requests = recordRequests();
    const { user } = renderApp();
    const toggle = await screen.findByRole('switch', { name: 'Billing active' });
    // The list's own read: no group's members are read for it.
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(0);

    await user.click(toggle);

    const dialog = within(await screen.findByRole('dialog', { name: 'Deactivate Billing?' }));
    expect(dialog.getByText(/5 agents are assigned; 5 of them take calls for this group\./)).toBeInTheDocument();
    await waitFor(() => expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(1);
    expect(toggle).toBeChecked();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('switch', { name: 'Billing active' })).toBeChecked();
    // The question's code came when first asked for; the focus still goes back to the switch.
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Billing active' })).toHaveFocus());
    expect(countOf(requests, 'update')).toBe(0);
    expect(demoGroup('Billing').status).toBe(1);
  });

  test('Deactivate in the question switches it off on the server', async () => {
    const requests = recordRequests();
    const { user } = renderApp();

    await user.click(await screen.findByRole('switch', { name: 'Billing active' }));
    await confirmRowDeactivate(user, 'Billing');

    await waitFor(() => expect(demoGroup('Billing').status).toBe(0));
    expect(requests.find((r) => r.action === 'update')?.body).toMatchObject({ name: 'Billing', status: 0 });
    expect(screen.getByRole('switch', { name: 'Billing active' })).not.toBeChecked();
  });

  test('the members are read as the server holds them now, not as an earlier visit left them', async () => {
    const { user, queryClient } = renderApp();
    await user.click(await screen.findByRole('switch', { name: 'Retention active' }));
    await screen.findByRole('dialog', { name: 'Deactivate Retention?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // A colleague stops Retention's only agent from taking its calls.
    nobodyTakesCalls('Retention');

    await user.click(screen.getByRole('switch', { name: 'Retention active' }));

    await waitFor(() => expect(demoGroup('Retention').status).toBe(0));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(queryClient.isFetching()).toBe(0);
  });
});

describe('switching without a question', () => {
  test('a group with no agents goes off at once, and none of its members are read', async () => {
    const requests = recordRequests();
    const { user } = renderApp();

    await user.click(await screen.findByRole('switch', { name: 'Collections active' }));

    expect(screen.getByRole('switch', { name: 'Collections active' })).not.toBeChecked();
    await waitFor(() => expect(demoGroup('Collections').status).toBe(0));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(0);
  });

  test('a group whose agents take none of its calls goes off once its members are read', async () => {
    nobodyTakesCalls('Support');
    const requests = recordRequests();
    const { user } = renderApp();

    await user.click(await screen.findByRole('switch', { name: 'Support active' }));

    await waitFor(() => expect(demoGroup('Support').status).toBe(0));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(1);
  });

  test('switching on never asks, and reads no members', async () => {
    const requests = recordRequests();
    const { user } = renderApp();

    // Technical Support is inactive; four of its agents would take its calls.
    await user.click(await screen.findByRole('switch', { name: 'Technical Support active' }));

    await waitFor(() => expect(demoGroup('Technical Support').status).toBe(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(countOf(requests, 'getGroupAgentRelation')).toBe(0);
  });
});
