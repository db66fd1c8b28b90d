import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore } from '../../../mocks/node';

describe('without IndexedDB (a private window, storage refused)', () => {
  test('changes still work and land in Recent changes; only the Audit log page says the log is not being kept', async () => {
    vi.stubGlobal('indexedDB', undefined);
    mockStore.reset({ seedGroups: 4 });
    const { user } = renderApp();
    await user.click(await screen.findByRole('switch', { name: 'Support active' }));
    await confirmRowDeactivate(user, 'Support');
    await waitFor(() => expect(mockStore.account('demo')?.groups.find((g) => g.name === 'Support')?.status).toBe(0));
    expect(await screen.findByRole('button', { name: 'Recent changes (1)' })).toBeInTheDocument();
    // Nothing intrusive elsewhere: no notification, no alert on the groups page.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Audit log' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The audit log is not being kept')).toBeInTheDocument();
    expect(alert).toHaveTextContent('this browser offers no IndexedDB');
    expect(await screen.findByText('No changes have been recorded in this browser for this account yet.')).toBeInTheDocument();

    // And the console goes on working.
    await user.click(screen.getByRole('link', { name: 'Group Console' }));
    await user.click(await screen.findByRole('switch', { name: 'Billing active' }));
    await confirmRowDeactivate(user, 'Billing');
    expect(await screen.findByRole('button', { name: 'Recent changes (2)' })).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
