import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { findNotification, renderApp } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore } from '../../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 4 }));

function status(name: string) {
  return mockStore.account('demo')?.groups.find((g) => g.name === name)?.status;
}

describe('Recent changes', () => {
  test('lists a status change and undoes it on the server and on screen', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('switch', { name: 'Support active' }));
    await confirmRowDeactivate(user, 'Support');
    await waitFor(() => expect(status('Support')).toBe(0));

    await user.click(await screen.findByRole('button', { name: 'Recent changes (1)' }));
    const drawer = within(await screen.findByRole('dialog', { name: 'Recent changes' }));
    expect(drawer.getByText('Support: deactivated (active → inactive)')).toBeInTheDocument();
    await user.click(drawer.getByRole('button', { name: 'Undo: Support: deactivated (active → inactive)' }));

    const toast = await findNotification('Change undone');
    expect(toast.getByText('Support is active again.')).toBeInTheDocument();
    expect(status('Support')).toBe(1);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Support active', hidden: true })).toBeChecked());
  });

  test('undoing a rename says the name it put back; the undo reads as what it did and is not offered for undo', async () => {
    const { user } = renderApp({ route: '/groups/1003' });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Renewals');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');

    await user.click(screen.getByRole('button', { name: 'Recent changes (1)' }));
    const drawer = within(await screen.findByRole('dialog', { name: 'Recent changes' }));
    await user.click(drawer.getByRole('button', { name: 'Undo: Billing: renamed Billing → Renewals' }));

    const toast = await findNotification('Change undone');
    expect(toast.getByText('Renewals was renamed back to Billing.')).toBeInTheDocument();
    expect(mockStore.account('demo')?.groups.find((g) => g.id === 1003)).toMatchObject({ name: 'Billing', status: 1 });
    const undoEntry = (await drawer.findByText('Renewals: renamed back to Billing')).closest('li');
    if (!undoEntry) throw new Error('no entry for the undo');
    expect(within(undoEntry).getByText('Done')).toBeInTheDocument();
    expect(within(undoEntry).queryByRole('button')).not.toBeInTheDocument();
    // The change it undid says so, and has no Undo left either.
    expect(drawer.queryAllByRole('button', { name: /^Undo/ })).toHaveLength(0);
  });

  test('keeps no credentials, and is gone after signing out', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('switch', { name: 'Billing active' }));
    await confirmRowDeactivate(user, 'Billing');
    await screen.findByRole('button', { name: 'Recent changes (1)' });

    const stored = Object.keys(sessionStorage)
      .filter((key) => key !== 'group-console.session')
      .map((key) => sessionStorage.getItem(key) ?? '')
      .join('\n');
    expect(stored).toContain('Billing');
    expect(stored).not.toContain('demo-ssid');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(Object.keys(sessionStorage)).toHaveLength(0);
  });
});
