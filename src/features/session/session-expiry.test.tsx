import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, currentUrl, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore, server } from '../../../mocks/node';

const SESSION_ENDED = 'Your session has ended';

beforeEach(() => mockStore.reset({ seedGroups: 6 }));

function sessionDialogs() {
  return screen.queryAllByRole('dialog', { name: SESSION_ENDED });
}

/**
 * Every request has been answered and every error handled: no query fetching, no change pending.
 * A second dialog, a toast or another request would have come by now, so an absence can be checked.
 */
async function settled(queryClient: QueryClient) {
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0);
    expect(queryClient.isMutating()).toBe(0);
  });
}

async function signInAgain(user: UserEvent, credentials: { ssid: string } | { userId: string; token: string } = { ssid: 'demo-ssid' }) {
  const dialog = within(await screen.findByRole('dialog', { name: SESSION_ENDED }));
  if ('ssid' in credentials) {
    await user.type(dialog.getByLabelText('Session ID'), credentials.ssid);
  } else {
    await user.click(dialog.getByRole('tab', { name: 'User ID and token' }));
    await user.clear(dialog.getByLabelText('User ID'));
    await user.type(dialog.getByLabelText('User ID'), credentials.userId);
    await user.type(dialog.getByLabelText('Token'), credentials.token);
  }
  await user.click(dialog.getByRole('button', { name: 'Sign in' }));
}

describe('when DeepCall ends the session (1014/1020)', () => {
  test('saving on the edit page asks for sign-in once, keeps the typed name, and saves after', async () => {
    const { user } = renderApp({ route: '/groups/1002' });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Support Desk');
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['update'], times: 1 });

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('dialog', { name: SESSION_ENDED })).toHaveTextContent('what you typed on this page is kept');
    expect(sessionDialogs()).toHaveLength(1);
    expect(name).toHaveValue('Support Desk');
    expect(currentUrl()).toBe('/groups/1002');

    await signInAgain(user);

    await waitFor(() => expect(sessionDialogs()).toHaveLength(0));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Support Desk');
    expect(currentUrl()).toBe('/groups/1002');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');
    expect(mockStore.account('demo')?.groups.find((g) => g.id === 1002)?.name).toBe('Support Desk');
  });

  test('many requests failing at once give one dialog, no toasts, and the switches roll back', async () => {
    const { user, queryClient } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    // Every call now ends the session, a little late, so several are in flight together.
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/:action`, async () => {
        await delay(80);
        return HttpResponse.json({ status: 'error', code: 1014, message: 'Invalid or expired token' });
      }),
    );

    await user.click(screen.getByRole('switch', { name: 'Support active' }));
    await user.click(screen.getByRole('switch', { name: 'Billing active' }));
    void queryClient.refetchQueries();

    await screen.findByRole('dialog', { name: SESSION_ENDED });
    // Behind the dialog (hidden from assistive technology while it is open):
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Billing active', hidden: true })).toBeChecked());
    expect(screen.getByRole('switch', { name: 'Support active', hidden: true })).toBeChecked();
    await settled(queryClient);
    expect(sessionDialogs()).toHaveLength(1);
    expect(screen.queryByText(/was not deactivated/)).not.toBeInTheDocument();
    expect(screen.queryByText('Could not refresh')).not.toBeInTheDocument();

    server.resetHandlers();
    await signInAgain(user);
    await waitFor(() => expect(sessionDialogs()).toHaveLength(0));
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Support active' })).toBeChecked();
  });

  test('a background refresh that finds the session ended keeps the loaded list under the dialog', async () => {
    const { queryClient } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['list'], times: 1 });

    void queryClient.refetchQueries();

    await screen.findByRole('dialog', { name: SESSION_ENDED });
    await settled(queryClient);
    expect(screen.queryByText('Could not load groups')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Support', hidden: true })).toBeInTheDocument();
  });

  test('an expired session on first load asks once and loads the page after signing in, with no loop', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1014, times: 1 });
    const requests = recordRequests();
    const { user, queryClient } = renderApp({ route: '/groups?q=bill' });

    await screen.findByRole('dialog', { name: SESSION_ENDED });
    await signInAgain(user);

    expect(await screen.findByRole('link', { name: 'Billing' })).toBeInTheDocument();
    expect(sessionDialogs()).toHaveLength(0);
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('bill');
    // One failed load, one sign-in check, one reload: nothing more. With the reload settled, its data fresh
    // and nothing marked for refetching, no further request can start on its own.
    await settled(queryClient);
    expect(queryClient.getQueryCache().findAll({ type: 'active', stale: true })).toEqual([]);
    expect(countOf(requests, 'list')).toBe(3);
  });

  test('“token not provided” (1020) is treated the same way', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1020, actions: ['delete'], times: 1 });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Delete Billing' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Billing?' })).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('dialog', { name: SESSION_ENDED })).toBeInTheDocument();
    expect(sessionDialogs()).toHaveLength(1);
  });

  test('a typed new group name survives signing in again', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'New group' }));
    const newGroup = within(await screen.findByRole('dialog', { name: 'New group' }));
    await user.type(newGroup.getByRole('textbox', { name: 'Name' }), 'Night Crew');
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['add'], times: 1 });

    await user.click(newGroup.getByRole('button', { name: 'Create' }));
    await signInAgain(user);

    await waitFor(() => expect(sessionDialogs()).toHaveLength(0));
    const stillOpen = within(screen.getByRole('dialog', { name: 'New group' }));
    expect(stillOpen.getByRole('textbox', { name: 'Name' })).toHaveValue('Night Crew');
    await user.click(stillOpen.getByRole('button', { name: 'Create' }));
    await findNotification('Group created');
    expect(mockStore.account('demo')?.groups.map((g) => g.name)).toContain('Night Crew');
  });

  test('wrong credentials in the dialog are refused there, and the dialog stays', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['update'], times: 1 });
    await user.click(screen.getByRole('switch', { name: 'Support active' }));
    await confirmRowDeactivate(user, 'Support');

    await signInAgain(user, { ssid: 'not-the-ssid' });

    const dialog = within(await screen.findByRole('dialog', { name: SESSION_ENDED }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('DeepCall said: “Invalid or expired token”');
    expect(sessionDialogs()).toHaveLength(1);
  });

  test('signing in again as another account clears the first account’s data', async () => {
    const { user } = renderApp({ route: '/groups/1002' });
    await screen.findByRole('textbox', { name: 'Name' });
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['update'], times: 1 });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' Desk');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await signInAgain(user, { userId: 'other', token: 'other-token' });

    // The typed name belongs to the first account: the console leaves its page without asking.
    expect(await screen.findByRole('link', { name: 'Other Co Sales' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
    expect(screen.queryByRole('link', { name: 'Support' })).not.toBeInTheDocument();
    expect(sessionDialogs()).toHaveLength(0);
  });
});
