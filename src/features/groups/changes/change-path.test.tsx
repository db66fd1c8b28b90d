/**
 * The change path as a supervisor meets it when a colleague changes the same group:
 * a change never silently undoes theirs, and a bulk run behaves like single changes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore, server } from '../../../../mocks/node';

// Seeded ids: 1001 Inside Sales, 1002 Support, 1003 Billing, 1004 …, 1007 Technical Support (inactive).
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

function stored(id: number) {
  return demo().groups.find((g) => g.id === id);
}

/** Another supervisor's change, straight on the server. */
function changeElsewhere(id: number, name: string, status: 0 | 1) {
  mockStore.update(demo(), id, name, status);
}

async function openRecentChanges(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: /^Recent changes/ }));
  return within(await screen.findByRole('dialog', { name: 'Recent changes' }));
}

describe('the status switch after a rename elsewhere', () => {
  test('keeps the new name, sets the intended status, and says so', async () => {
    const requests = recordRequests();
    const { user } = renderApp();
    const row = await screen.findByRole('switch', { name: 'Billing active' });
    changeElsewhere(1003, 'Billing EU', 1);

    await user.click(row);
    await confirmRowDeactivate(user, 'Billing');

    const toast = await findNotification('Billing EU deactivated');
    expect(toast.getByText('Billing was renamed to Billing EU elsewhere; the new name was kept.')).toBeInTheDocument();
    expect(stored(1003)).toMatchObject({ name: 'Billing EU', status: 0 });
    // The guard read the group just before the update left, with quick: true.
    const guardRead = requests.findIndex((r) => r.action === 'list' && r.body.groupId === '1003' && r.body.quick === true);
    const update = requests.findIndex((r) => r.action === 'update');
    expect(guardRead).toBeGreaterThanOrEqual(0);
    expect(guardRead).toBeLessThan(update);
    expect(requests[update]?.body).toMatchObject({ groupId: '1003', name: 'Billing EU', status: 0 });
    // The list ends equal to the server.
    expect(await screen.findByRole('link', { name: 'Billing EU' })).toBeInTheDocument();

    const drawer = await openRecentChanges(user);
    expect(drawer.getByText('Billing was renamed to Billing EU elsewhere; the new name was kept.')).toBeInTheDocument();
  });

  test('an answer the console cannot read, after which the group reads back unchanged, is not reported as done', async () => {
    // The reply says success in a shape nobody can read; the server kept the group as it was.
    mockStore.addFault('demo', { kind: 'shape', actions: ['update'], times: 1 });
    const { user } = renderApp();
    const row = await screen.findByRole('switch', { name: 'Billing active' });

    await user.click(row);
    await confirmRowDeactivate(user, 'Billing');

    const toast = await findNotification('Billing was not deactivated');
    expect(toast.getByText(/reading Billing back shows it still active: the change did not hold/)).toBeInTheDocument();
    expect(stored(1003)?.status).toBe(1);
    await waitFor(() => expect(row).toBeChecked());
    const drawer = await openRecentChanges(user);
    expect(drawer.getByText(/the change did not hold/)).toBeInTheDocument();
  });

  test('a group deleted elsewhere is not re-created or renamed: nothing is sent and it leaves the list', async () => {
    const requests = recordRequests();
    const { user } = renderApp();
    const row = await screen.findByRole('switch', { name: 'Billing active' });
    mockStore.delete(demo(), 1003);

    await user.click(row);

    await findNotification('Billing no longer exists');
    expect(countOf(requests, 'update')).toBe(0);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument());
  });
});

describe('Save on the edit page after a change elsewhere', () => {
  async function openBillingAndType(name: string) {
    const app = renderApp({ route: '/groups/1003' });
    const field = await screen.findByRole('textbox', { name: 'Name' });
    await app.user.clear(field);
    await app.user.type(field, name);
    return { ...app, field };
  }

  test('a rename elsewhere stops the save: nothing sent, both versions shown, the typed name kept', async () => {
    const requests = recordRequests();
    const { user, field } = await openBillingAndType('Billing North');
    changeElsewhere(1003, 'Billing EU', 1);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const conflict = within(await screen.findByRole('alert', { name: /Changed elsewhere/ }));
    expect(conflict.getByText('“Billing EU”, active')).toBeInTheDocument();
    expect(conflict.getByText('“Billing North”, active')).toBeInTheDocument();
    expect(countOf(requests, 'update')).toBe(0);
    expect(field).toHaveValue('Billing North');
    expect(stored(1003)?.name).toBe('Billing EU');
    // The page heading shows the server's name now.
    expect(await screen.findByRole('heading', { name: 'Billing EU', level: 1 })).toBeInTheDocument();
  });

  test('“Save mine over theirs” saves the typed name; “Use theirs” puts their version in the form', async () => {
    const { user, field } = await openBillingAndType('Billing North');
    changeElsewhere(1003, 'Billing EU', 0);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const conflict = within(await screen.findByRole('alert', { name: /Changed elsewhere/ }));
    expect(conflict.getByText('“Billing EU”, inactive')).toBeInTheDocument();

    await user.click(conflict.getByRole('button', { name: 'Use theirs' }));
    expect(field).toHaveValue('Billing EU');
    expect(screen.getByRole('switch', { name: /^Active\b/ })).not.toBeChecked();
    expect(screen.queryByRole('alert', { name: /Changed elsewhere/ })).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'Billing North');
    changeElsewhere(1003, 'Billing West', 0);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const again = within(await screen.findByRole('alert', { name: /Changed elsewhere/ }));
    await user.click(again.getByRole('button', { name: 'Save mine over theirs' }));

    await findNotification('Group saved');
    expect(stored(1003)).toMatchObject({ name: 'Billing North', status: 0 });
    expect(field).toHaveValue('Billing North');
  });

  test('“Save mine” keeps their rename when the supervisor only changed the status', async () => {
    const { user } = renderApp({ route: '/groups/1003' });
    await user.click(await screen.findByRole('switch', { name: /^Active\b/ }));
    changeElsewhere(1003, 'Billing EU', 1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Deactivate Billing?' })).getByRole('button', { name: 'Deactivate and save' }));

    const conflict = within(await screen.findByRole('alert', { name: /Changed elsewhere/ }));
    expect(conflict.getByText('“Billing EU”, inactive')).toBeInTheDocument();
    await user.click(conflict.getByRole('button', { name: 'Save mine over theirs' }));

    await findNotification('Group saved');
    expect(stored(1003)).toMatchObject({ name: 'Billing EU', status: 0 });
  });

  test('a failed re-read of the page keeps the form and what was typed', async () => {
    const { user, field, queryClient } = await openBillingAndType('Billing North');
    server.use(http.post(`${TEST_API_BASE}/api/v2/Group/list`, () => new HttpResponse('<html>Bad Gateway</html>', { status: 502 })));
    await queryClient.invalidateQueries();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    expect(field).toHaveValue('Billing North');
    expect(screen.queryByRole('heading', { name: 'Could not load the group' })).not.toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');
    expect(stored(1003)?.name).toBe('Billing North');
  });

  test('a status change elsewhere also stops it', async () => {
    const requests = recordRequests();
    const { user } = await openBillingAndType('Billing North');
    changeElsewhere(1003, 'Billing', 0);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const conflict = within(await screen.findByRole('alert', { name: /Changed elsewhere/ }));
    expect(conflict.getByText('“Billing”, inactive')).toBeInTheDocument();
    expect(countOf(requests, 'update')).toBe(0);
    expect(stored(1003)).toMatchObject({ name: 'Billing', status: 0 });
  });

  test('unchanged elsewhere, it saves as before', async () => {
    const { user } = await openBillingAndType('Billing North');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');
    expect(stored(1003)?.name).toBe('Billing North');
  });
});

describe('Undo', () => {
  test('refuses, and says why, when the group changed again since', async () => {
    const requests = recordRequests();
    const { user } = renderApp();
    await user.click(await screen.findByRole('switch', { name: 'Support active' }));
    await confirmRowDeactivate(user, 'Support');
    await waitFor(() => expect(stored(1002)?.status).toBe(0));
    changeElsewhere(1002, 'Support Desk', 0);

    const drawer = await openRecentChanges(user);
    const updatesBefore = countOf(requests, 'update');
    await user.click(drawer.getByRole('button', { name: 'Undo: Support: deactivated (active → inactive)' }));

    const toast = await findNotification('Could not undo');
    expect(toast.getByText(/changed again since \(it is now “Support Desk”, inactive/)).toBeInTheDocument();
    expect(countOf(requests, 'update')).toBe(updatesBefore);
    expect(stored(1002)).toMatchObject({ name: 'Support Desk', status: 0 });
  });
});

describe('bulk status changes', () => {
  async function selectAndRun(user: UserEvent, names: string[], action: 'Activate' | 'Deactivate') {
    for (const name of names) await user.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
    const bar = within(screen.getByRole('region', { name: 'Bulk actions' }));
    await user.click(bar.getByRole('button', { name: action }));
    // The confirmation's code is fetched when it opens, and it confirms once the agents affected are counted.
    const dialog = within(await screen.findByRole('dialog', { name: `${action} ${names.length} groups?` }));
    const confirm = await dialog.findByRole('button', { name: `${action} ${names.length} groups` });
    await waitFor(() => expect(confirm).toBeEnabled());
    await user.click(confirm);
    return bar;
  }

  test('read the list once, keep names changed elsewhere, and report them', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Billing' });
    changeElsewhere(1003, 'Billing EU', 1);
    const requests = recordRequests();

    const bar = await selectAndRun(user, ['Inside Sales', 'Support', 'Billing'], 'Deactivate');

    const report = await bar.findByRole('status');
    await waitFor(() => expect(report).toHaveTextContent('3 groups deactivated'));
    expect(report).toHaveTextContent('Billing was renamed to Billing EU elsewhere; the new name was kept.');
    expect(stored(1003)).toMatchObject({ name: 'Billing EU', status: 0 });
    expect(stored(1001)).toMatchObject({ name: 'Inside Sales', status: 0 });
    const updates = requests.filter((r) => r.action === 'update').map((r) => r.body.name);
    expect(updates.sort()).toEqual(['Billing EU', 'Inside Sales', 'Support']);
    // One read before the run, none per group (each update's own read-back aside).
    const reads = requests.filter((r) => r.action === 'list' && r.body.quick === true);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.body.groupId).toBeUndefined();
  });

  test('a session ending mid-run stops it at once; the rest stay selected and run after signing in again', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Billing' });
    const requests = recordRequests();
    // The second update finds the session over (1014).
    let updates = 0;
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/update`, () => {
        updates += 1;
        if (updates === 2) return HttpResponse.json({ status: 'error', code: 1014, message: 'Invalid or expired token' });
        return undefined;
      }),
    );
    const names = ['Inside Sales', 'Support', 'Billing', 'Group 4', 'Group 5', 'Group 6'];
    const seeded = demo().groups.slice(0, 6).map((g) => g.name);
    expect(seeded.slice(0, 3)).toEqual(names.slice(0, 3));

    const bar = await selectAndRun(user, seeded, 'Deactivate');

    const signIn = within(await screen.findByRole('dialog', { name: 'Your session has ended' }));
    const report = await bar.findByRole('status');
    await waitFor(() => expect(report).toHaveTextContent(/not done \(your session ended\)/));
    // At most the requests already on their way when it ended (three at a time) were sent.
    expect(countOf(requests, 'update')).toBeLessThanOrEqual(3);
    const deactivated = demo().groups.filter((g) => g.status === 0 && seeded.includes(g.name)).length;
    const notDone = seeded.length - deactivated;
    expect(report).toHaveTextContent(`${deactivated} groups deactivated, ${notDone} not done (your session ended)`);
    expect(notDone).toBeGreaterThanOrEqual(3);

    // The dialog's form arrives a moment after the dialog (its code is fetched apart from the list's).
    await user.type(await signIn.findByLabelText('Session ID'), 'demo-ssid');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has ended' })).not.toBeInTheDocument());

    expect(bar.getByText(`${notDone} groups selected`)).toBeInTheDocument();
    await user.click(bar.getByRole('button', { name: 'Deactivate' }));
    const dialog = within(await screen.findByRole('dialog', { name: `Deactivate ${notDone} groups?` }));
    const confirm = await dialog.findByRole('button', { name: `Deactivate ${notDone} groups` });
    await waitFor(() => expect(confirm).toBeEnabled());
    await user.click(confirm);
    await waitFor(() => expect(bar.getByRole('status')).toHaveTextContent(`${notDone} groups deactivated`));
    expect(demo().groups.filter((g) => seeded.includes(g.name)).every((g) => g.status === 0)).toBe(true);
  });

  test('a bulk change and a row switch of the same group run one after the other, never interleaved', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Billing' });
    const billing: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/update`, async ({ request }) => {
        const body = (await request.clone().json()) as { groupId: string };
        if (body.groupId !== '1003') return undefined;
        billing.push('start');
        // The bulk's request for Billing is held until the row switch has been clicked.
        if (first) {
          first = false;
          await held;
        }
        billing.push('end');
        return undefined;
      }),
    );
    const bar = await selectAndRun(user, ['Billing', 'Support'], 'Deactivate');
    await waitFor(() => expect(billing).toEqual(['start']));

    // While the bulk's request for Billing is on its way, the supervisor flips Billing's switch too.
    await user.click(screen.getByRole('switch', { name: 'Billing active', hidden: true }));
    await confirmRowDeactivate(user, 'Billing');
    release();

    await waitFor(() => expect(bar.getByRole('status')).toHaveTextContent('2 groups deactivated'));
    await waitFor(() => expect(billing).toHaveLength(4));
    expect(billing).toEqual(['start', 'end', 'start', 'end']);
  });
});
