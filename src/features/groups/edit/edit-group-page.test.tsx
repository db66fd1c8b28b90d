import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { sessionStore } from '@/features/session/session-store';
import { countOf, currentUrl, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore, server } from '../../../../mocks/node';

// Seeded ids: 1001 Inside Sales, 1002 Support, 1003 Billing, ... 1007 Technical Support (inactive).
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

function stored(id: number) {
  return mockStore.account('demo')?.groups.find((g) => g.id === id);
}

async function confirmDeactivation(user: UserEvent, name: string) {
  const dialog = within(await screen.findByRole('dialog', { name: `Deactivate ${name}?` }));
  await user.click(dialog.getByRole('button', { name: 'Deactivate and save' }));
}

async function openEdit(id: number) {
  const app = renderApp({ route: `/groups/${id}` });
  const name = await screen.findByRole('textbox', { name: 'Name' });
  // Matched by its start: the exact name is checked once, in its own test below.
  return { ...app, name, active: screen.getByRole('switch', { name: /^Active\b/ }) };
}

describe('the edit page', () => {
  test('shows the group’s name and status', async () => {
    const { name, active } = await openEdit(1007);
    expect(screen.getByRole('heading', { name: 'Technical Support', level: 1 })).toBeInTheDocument();
    expect(name).toHaveValue('Technical Support');
    expect(active).not.toBeChecked();
  });

  test('the status switch is named “Active”, and its explanation is a description, not part of the name', async () => {
    const { active } = await openEdit(1007);
    expect(active).toHaveAccessibleDescription('Inactive: the group keeps its agents and history but is switched off.');
    expect(active).toHaveAccessibleName('Active');
  });

  test('renaming an inactive group keeps it inactive', async () => {
    const requests = recordRequests();
    const { user, name } = await openEdit(1007);

    await user.clear(name);
    await user.type(name, 'Tech Support');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await findNotification('Group saved');
    expect(screen.getByText('Tech Support is inactive.')).toBeInTheDocument();
    expect(stored(1007)).toMatchObject({ name: 'Tech Support', status: 0 });
    expect(requests.find((r) => r.action === 'update')?.body).toMatchObject({ groupId: '1007', name: 'Tech Support', status: 0 });
    expect(screen.getByRole('heading', { name: 'Tech Support', level: 1 })).toBeInTheDocument();
  });

  test('a rename opened from the list keeps the group inactive and shows in the list without a reload', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('link', { name: 'Technical Support' }));
    const name = await screen.findByRole('textbox', { name: 'Name' });

    await user.clear(name);
    await user.type(name, 'Tech Support');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');
    await user.click(screen.getByRole('link', { name: '← All groups' }));

    const toggle = await screen.findByRole('switch', { name: 'Tech Support active' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('link', { name: 'Technical Support' })).not.toBeInTheDocument();
    expect(stored(1007)).toMatchObject({ name: 'Tech Support', status: 0 });
  });

  test('name and status are saved together', async () => {
    const { user, name, active } = await openEdit(1002);

    await user.clear(name);
    await user.type(name, 'Support Desk');
    await user.click(active);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await confirmDeactivation(user, 'Support');

    await findNotification('Group saved');
    expect(stored(1002)).toMatchObject({ name: 'Support Desk', status: 0 });
  });

  test('switching a group off says how many agents it affects first; Cancel sends nothing', async () => {
    const requests = recordRequests();
    const { user, active } = await openEdit(1002);

    await user.click(active);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Deactivate Support?' }));
    expect(await dialog.findByText(/agents? (is|are) assigned; \d+ of them takes? calls for this group\./)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Deactivate Support?' })).not.toBeInTheDocument());
    expect(countOf(requests, 'update')).toBe(0);
    expect(active).not.toBeChecked();
    expect(stored(1002)?.status).toBe(1);
  });

  test('renaming to a taken name says what was stored', async () => {
    const { user, name } = await openEdit(1003);

    await user.clear(name);
    await user.type(name, 'support');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const toast = await findNotification('Saved under another name');
    expect(toast.getByText('Saved as support1 — support was taken.')).toBeInTheDocument();
    await waitFor(() => expect(name).toHaveValue('support1'));
    expect(stored(1003)?.name).toBe('support1');
  });

  test('validation keeps the typed input and sends nothing', async () => {
    const requests = recordRequests();
    const { user, name } = await openEdit(1002);

    await user.clear(name);
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter a name for the group.')).toBeInTheDocument();
    expect(name).toHaveValue('   ');
    expect(name).toHaveFocus();
    expect(countOf(requests, 'update')).toBe(0);
  });

  test('a “name missing” error from the server (1501) lands on the Name field and the input stays', async () => {
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/update`, () =>
        HttpResponse.json({ status: 'error', code: 1501, message: 'name field is required' }),
      ),
    );
    const { user, name } = await openEdit(1002);

    await user.clear(name);
    await user.type(name, 'Support Desk');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter a group name.')));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('Support Desk');
    expect(screen.queryByText('Not saved')).not.toBeInTheDocument();
  });

  test('any other refusal is shown and the changes stay', async () => {
    mockStore.addFault('demo', { kind: 'http', status: 503, actions: ['update'], times: 1 });
    const { user, name, active } = await openEdit(1002);

    await user.clear(name);
    await user.type(name, 'Support Desk');
    await user.click(active);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await confirmDeactivation(user, 'Support');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('The DeepCall server had a problem (HTTP 503). Try again in a moment. Your changes are still here.');
    expect(name).toHaveValue('Support Desk');
    expect(active).not.toBeChecked();
    expect(stored(1002)).toMatchObject({ name: 'Support', status: 1 });

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await confirmDeactivation(user, 'Support');
    await findNotification('Group saved');
    expect(stored(1002)).toMatchObject({ name: 'Support Desk', status: 0 });
  });

  test('double-clicking Save sends one update', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 100, actions: ['update'], times: 1 });
    const requests = recordRequests();
    const { user, name } = await openEdit(1002);

    await user.type(name, ' Desk');
    await user.dblClick(screen.getByRole('button', { name: 'Save' }));

    await findNotification('Group saved');
    expect(countOf(requests, 'update')).toBe(1);
  });
});

describe('what the console read last', () => {
  test('a colleague’s rename seen on the list shows on the group’s page opened next (found by the random walk, seed 2)', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('link', { name: 'Billing' }));
    expect(await screen.findByRole('heading', { name: 'Billing', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← All groups' }));
    const account = mockStore.account('demo');
    if (account) mockStore.update(account, 1003, 'Billing Team', 1);
    // Another change re-reads the list: it now shows the colleague's name.
    await user.click(await screen.findByRole('switch', { name: 'Support active' }));
    await confirmRowDeactivate(user, 'Support');
    await user.click(await screen.findByRole('link', { name: 'Billing Team' }));

    expect(await screen.findByRole('heading', { name: 'Billing Team', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Billing Team');
  });
});

describe('a group that no longer exists', () => {
  test('on load (1503) shows “Group not found” with a way back to the list', async () => {
    const { user } = renderApp({ route: '/groups/9999' });

    expect(await screen.findByRole('heading', { name: 'Group not found', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to all groups' }));

    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
  });

  test('the id in the address is decoded once: an escaped id opens its group, an escaped % finds none', async () => {
    renderApp({ route: '/groups/10%30%32' });
    expect(await screen.findByRole('heading', { name: 'Support', level: 1 })).toBeInTheDocument();
    cleanup();

    // "100%252" is the id "100%2", not 1002; a malformed escape is no group either.
    for (const route of ['/groups/100%252', '/groups/%E0%A4%A']) {
      renderApp({ route });
      expect(await screen.findByRole('heading', { name: 'Group not found', level: 1 })).toBeInTheDocument();
      cleanup();
    }
  });

  test('when the server answers 1503 itself, the page is the same', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1503, actions: ['list'], times: 1 });
    renderApp({ route: '/groups/1002' });

    expect(await screen.findByRole('heading', { name: 'Group not found', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all groups' })).toHaveAttribute('href', '/groups');
  });

  test('a failed load that is not “gone” offers Retry', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['list'], times: 1 });
    const { user } = renderApp({ route: '/groups/1002' });

    expect(await screen.findByRole('heading', { name: 'Could not load the group', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Support');
  });

  test('deleted elsewhere before Save: explained, the input stays, and the list no longer shows it', async () => {
    const { user, name } = await openEdit(1003);
    await user.clear(name);
    await user.type(name, 'Billing Team');
    const account = mockStore.account('demo');
    if (account) mockStore.delete(account, 1003);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This group no longer exists');
    expect(name).toHaveValue('Billing Team');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(within(alert).getByRole('link', { name: 'Back to all groups' }));
    await screen.findByRole('link', { name: 'Support' });
    expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument();
  });
});

describe('deleted just after a save', () => {
  test('a save whose read-back finds the group deleted says it no longer exists, keeps the input, and the list drops it', async () => {
    const account = mockStore.account('demo');
    let updated = false;
    let deleted = false;
    // Both fall through to the mock: the update is stored, then a colleague deletes the group before it is read back.
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/update`, () => {
        updated = true;
      }),
      http.post(`${TEST_API_BASE}/api/v2/Group/list`, () => {
        if (!updated || deleted || !account) return;
        deleted = true;
        mockStore.delete(account, 1003);
      }),
    );
    const { user, name } = await openEdit(1003);
    await user.clear(name);
    await user.type(name, 'Billing Team');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('This group no longer exists'))).toBe(true));
    expect(screen.getByText(/DeepCall saved your changes, but the group was deleted right after/)).toBeInTheDocument();
    expect(screen.queryByText('Group saved')).not.toBeInTheDocument();
    // The record says the change was made, with the name DeepCall stored, and that the group went after.
    await user.click(screen.getByRole('button', { name: /^Recent changes/ }));
    const drawer = within(await screen.findByRole('dialog', { name: 'Recent changes' }));
    expect(drawer.getByText(/renamed Billing → Billing Team/i)).toBeInTheDocument();
    expect(drawer.getByText(/deleted right after/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(name).toHaveValue('Billing Team');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(screen.getByRole('link', { name: '← All groups' }));
    await screen.findByRole('link', { name: 'Support' });
    expect(screen.queryByRole('link', { name: /^Billing/ })).not.toBeInTheDocument();
  });
});

/** Answers the "Leave without saving?" dialog; after Stay, waits for it to close. */
async function answerLeave(user: UserEvent, answer: 'Stay on this page' | 'Leave without saving') {
  const dialog = within(await screen.findByRole('dialog', { name: 'Leave without saving?' }));
  await user.click(dialog.getByRole('button', { name: answer }));
  if (answer === 'Stay on this page') {
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument());
  }
}

describe('found gone from elsewhere than the form', () => {
  test('a refresh of the open page that finds the group deleted says so on the page, with no "Could not refresh" toast', async () => {
    const { queryClient, name } = await openEdit(1003);
    const account = mockStore.account('demo');
    if (account) mockStore.delete(account, 1003);

    await act(() => queryClient.refetchQueries({ queryKey: ['groups'], type: 'active' }));

    await waitFor(() => expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('This group no longer exists'))).toBe(true));
    expect(name).toHaveValue('Billing');
    expect(screen.queryByText('Could not refresh')).not.toBeInTheDocument();
  });

  test('a group found deleted on opening it is gone from the list on the way back (found by the random walk, seed 2, in CI)', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Billing' });
    const account = mockStore.account('demo');
    if (account) mockStore.delete(account, 1003);

    await user.click(screen.getByRole('link', { name: 'Billing' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('This group no longer exists'))).toBe(true));
    await user.click(screen.getByRole('link', { name: '← All groups' }));

    await screen.findByRole('link', { name: 'Support' });
    expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument();
  });

  test('a members read that finds the group gone tells the form too: Save is off', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1503, actions: ['getGroupAgentRelation'], times: 1 });
    const { user } = renderApp();
    await user.click(await screen.findByRole('link', { name: 'Billing' }));

    // The form's own notice (the members section's error alone has no way back), and typing cannot be saved.
    expect(await screen.findByRole('link', { name: 'Back to all groups' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, ' Team');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('an undo that finds the group deleted tells the open page too (found by the random walk, seed 2)', async () => {
    const { user, name } = await openEdit(1003);
    await user.clear(name);
    await user.type(name, 'Billing Team');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');
    const account = mockStore.account('demo');
    if (account) mockStore.delete(account, 1003);

    await user.click(screen.getByRole('button', { name: /^Recent changes/ }));
    const drawer = within(await screen.findByRole('dialog', { name: 'Recent changes' }));
    await user.click(drawer.getByRole('button', { name: /^Undo: / }));
    await findNotification('Could not undo');
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('This group no longer exists'))).toBe(true));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('unsaved changes', () => {
  test('leaving a changed form asks first; Stay keeps the input, Leave goes', async () => {
    const { user, name } = await openEdit(1002);
    await user.type(name, ' Desk');

    await user.click(screen.getByRole('link', { name: '← All groups' }));
    await answerLeave(user, 'Stay on this page');
    expect(currentUrl()).toBe('/groups/1002');
    expect(name).toHaveValue('Support Desk');

    await user.click(screen.getByRole('link', { name: '← All groups' }));
    await answerLeave(user, 'Leave without saving');
    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(stored(1002)?.name).toBe('Support');
  });

  test('after a successful save, leaving does not ask', async () => {
    const { user, name } = await openEdit(1002);
    await user.type(name, ' Desk');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');

    await user.click(screen.getByRole('link', { name: '← All groups' }));

    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  });

  test('Sign out with unsaved changes asks first: Stay keeps the input and the session, Leave signs out', async () => {
    const { user, name } = await openEdit(1002);
    await user.type(name, ' Desk');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await answerLeave(user, 'Stay on this page');
    expect(name).toHaveValue('Support Desk');
    expect(sessionStore.get()).not.toBeNull();
    expect(currentUrl()).toBe('/groups/1002');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await answerLeave(user, 'Leave without saving');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/login');
    expect(sessionStore.get()).toBeNull();
    expect(stored(1002)?.name).toBe('Support');
  });

  test('deleting the group with a member edit pending goes to the list without asking (found by the random walk, seed 2)', async () => {
    const account = mockStore.account('demo');
    const id = [1001, 1002, 1003, 1004, 1005, 1006].find((g) => account && mockStore.relationsOf(account, g).length > 0);
    if (!account || id === undefined) throw new Error('the seed has a group with members');
    const { user } = await openEdit(id);
    const [firstCalls] = await screen.findAllByRole('switch', { name: / takes calls$/ });
    if (!firstCalls) throw new Error('a member is shown');
    await user.click(firstCalls);
    expect(screen.getByRole('region', { name: 'Pending member changes' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete group' }));
    await user.click(within(await screen.findByRole('dialog', { name: /^Delete .*\?$/ })).getByRole('button', { name: 'Delete' }));

    // The supervisor chose to delete the group: its pending edit goes with it, and the page of a deleted group is left.
    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(stored(id)).toBeUndefined();
  });

  test('an untouched form leaves without asking', async () => {
    const { user } = await openEdit(1002);
    await user.click(screen.getByRole('link', { name: '← All groups' }));
    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
  });
});
