import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, currentUrl, findNotification, recordRequests, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 6 }));

function storedNames(): string[] {
  return mockStore.account('demo')?.groups.map((g) => g.name) ?? [];
}

async function openDelete(name: string) {
  const app = renderApp();
  await app.user.click(await screen.findByRole('button', { name: `Delete ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Delete ${name}?` });
  return { ...app, dialog, inDialog: within(dialog) };
}

describe('deleting a group', () => {
  test('the dialog names the group and warns that agent assignments go and that it is permanent', async () => {
    const { dialog, inDialog } = await openDelete('Billing');

    expect(inDialog.getByRole('heading', { name: 'Delete Billing?' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Its agent assignments are deleted with it.');
    // The title is not said again in the body.
    expect(dialog.textContent?.match(/Delete Billing\?/g)).toHaveLength(1);
    expect(dialog).toHaveTextContent(/permanent and cannot be undone/);
    expect(await inDialog.findByText(/agents? (is|are) assigned|No agents are assigned/)).toBeInTheDocument();
    expect(inDialog.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(inDialog.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  test('Delete removes it on the server and from the list, without a reload', async () => {
    const requests = recordRequests();
    const { user, inDialog } = await openDelete('Billing');

    await user.click(inDialog.getByRole('button', { name: 'Delete' }));

    const toast = await findNotification('Group deleted');
    expect(toast.getByText('Billing was deleted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Delete Billing?' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(storedNames()).not.toContain('Billing');
    expect(requests.find((r) => r.action === 'delete')?.body).toMatchObject({ groupId: '1003' });
  });

  test('Cancel deletes nothing', async () => {
    const requests = recordRequests();
    const { user, inDialog } = await openDelete('Billing');

    await user.click(inDialog.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Delete Billing?' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Billing' })).toBeInTheDocument();
    expect(storedNames()).toContain('Billing');
    expect(countOf(requests, 'delete')).toBe(0);
  });

  test('double-clicking Delete sends one request', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 100, actions: ['delete'], times: 1 });
    const requests = recordRequests();
    const { user, inDialog } = await openDelete('Billing');

    await user.dblClick(inDialog.getByRole('button', { name: 'Delete' }));

    await findNotification('Group deleted');
    expect(countOf(requests, 'delete')).toBe(1);
  });

  test('a refused delete keeps the dialog open with the reason, and the group stays', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['delete'], times: 1 });
    const { user, inDialog } = await openDelete('Billing');

    await user.click(inDialog.getByRole('button', { name: 'Delete' }));

    const alert = await inDialog.findByRole('alert');
    expect(alert).toHaveTextContent('The group was not deleted');
    expect(alert).toHaveTextContent('Your DeepCall account is not allowed to do this.');
    expect(storedNames()).toContain('Billing');
    expect(screen.getByRole('link', { name: 'Billing' })).toBeInTheDocument();
  });

  test('a group already deleted elsewhere (1503) is said to be gone and leaves the list', async () => {
    const { user, inDialog } = await openDelete('Billing');
    const account = mockStore.account('demo');
    if (account) mockStore.delete(account, 1003);

    await user.click(inDialog.getByRole('button', { name: 'Delete' }));

    const toast = await findNotification('Already gone');
    expect(toast.getByText('Billing had already been deleted elsewhere.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument());
  });

  test('Delete group on the edit page returns to the list without the group, even with a name typed', async () => {
    const { user } = renderApp({ route: '/groups/1003' });
    // A changed form: leaving after the group is deleted still must not ask about it.
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), ' Draft');
    await user.click(screen.getByRole('button', { name: 'Delete group' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete Billing?' }));

    await user.click(dialog.getByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
    await screen.findByRole('link', { name: 'Support' });
    expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument();
    // Leaving after a delete never asks about unsaved changes.
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(storedNames()).not.toContain('Billing');
  });

  test('a markup name is named as text in the dialog and in the notification', async () => {
    const payload = '<b>bold</b><script>alert(1)</script>';
    const account = mockStore.account('demo');
    if (account) mockStore.add(account, payload);
    const { user, dialog, inDialog } = await openDelete(payload);

    expect(inDialog.getByRole('heading', { name: `Delete ${payload}?` })).toHaveTextContent(`Delete ${payload}?`);
    expect(dialog).toHaveTextContent('Its agent assignments are deleted with it.');
    await user.click(inDialog.getByRole('button', { name: 'Delete' }));

    const toast = await findNotification('Group deleted');
    expect(toast.getByText(`${payload} was deleted.`)).toBeInTheDocument();
    expect(document.querySelector('main b, main script, [role="alert"] b, [role="alert"] script')).toBeNull();
  });
});
