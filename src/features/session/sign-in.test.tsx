import { navigate } from '@/lib/navigation';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { currentUrl, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../mocks/node';

const STORAGE_KEY = 'group-console.session';

// Inside Sales, Support, Billing, Retention: enough to recognise the list, small enough to render fast.
beforeEach(() => mockStore.reset({ seedGroups: 4 }));

async function openSignIn(route = '/login') {
  const app = renderApp({ route, signedIn: false });
  await screen.findByRole('heading', { name: 'Group Console', level: 1 });
  await app.user.type(screen.getByLabelText('API server'), TEST_API_BASE);
  return app;
}

describe('sign in', () => {
  test('with a session ID: one quick list call verifies it, then the groups page opens', async () => {
    const requests = recordRequests();
    const { user } = await openSignIn();

    await user.type(screen.getByLabelText('Session ID'), 'demo-ssid');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
    expect(requests[0]).toEqual({ action: 'list', body: { quick: true, ssid: 'demo-ssid' } });
    // Kept for this tab only, and never in the address.
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')).toEqual({
      baseUrl: TEST_API_BASE,
      credentials: { ssid: 'demo-ssid' },
    });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(currentUrl()).not.toContain('demo-ssid');
  });

  test('with a user ID and token, remembered on this computer when asked', async () => {
    const requests = recordRequests();
    const { user } = await openSignIn();

    await user.click(screen.getByRole('tab', { name: 'User ID and token' }));
    await user.type(screen.getByLabelText('User ID'), 'demo');
    await user.type(screen.getByLabelText('Token'), 'demo-token');
    await user.click(screen.getByRole('checkbox', { name: 'Remember me on this computer' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(requests[0]).toEqual({ action: 'list', body: { quick: true, userId: 'demo', token: 'demo-token' } });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toMatchObject({ credentials: { userId: 'demo', token: 'demo-token' } });
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(currentUrl()).toBe('/groups');
  });

  test('a refused session ID (1014) shows the API’s reason and stays on the sign-in page', async () => {
    const logged = (['log', 'info', 'warn', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const { user } = await openSignIn();

    await user.type(screen.getByLabelText('Session ID'), 'wrong-ssid');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('DeepCall said: “Invalid or expired token”');
    expect(currentUrl()).toBe('/login');
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    // The secret is never echoed back to the screen or into a log line.
    expect(document.body).not.toHaveTextContent('wrong-ssid');
    for (const spy of logged) expect(JSON.stringify(spy.mock.calls)).not.toContain('wrong-ssid');
  });

  test('a refused token (1014) shows the API’s reason too', async () => {
    const { user } = await openSignIn();

    await user.click(screen.getByRole('tab', { name: 'User ID and token' }));
    await user.type(screen.getByLabelText('User ID'), 'demo');
    await user.type(screen.getByLabelText('Token'), 'stale-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('DeepCall said: “Invalid or expired token”');
    expect(screen.getByLabelText('User ID')).toHaveValue('demo');
  });

  test('“token not provided” (1020) shows the API’s reason', async () => {
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/list`, () =>
        HttpResponse.json({ status: 'error', code: 1020, message: 'Token not provided' }),
      ),
    );
    const { user } = await openSignIn();

    await user.type(screen.getByLabelText('Session ID'), 'demo-ssid');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('DeepCall said: “Token not provided”');
  });

  test('missing fields are named before anything is sent', async () => {
    const requests = recordRequests();
    const { user } = await openSignIn();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your DeepCall session ID.')).toBeInTheDocument();
    // The focus goes to the field to mend.
    expect(screen.getByLabelText('Session ID')).toHaveFocus();

    await user.click(screen.getByRole('tab', { name: 'User ID and token' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your DeepCall user ID.')).toBeInTheDocument();
    expect(screen.getByText('Enter your API token.')).toBeInTheDocument();
    // Of two fields to mend, the first.
    expect(screen.getByLabelText('User ID')).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  test('a server address that is not a URL is refused with a hint', async () => {
    const app = renderApp({ route: '/login', signedIn: false });
    await app.user.type(await screen.findByLabelText('API server'), 'deepcall dot com');
    await app.user.type(screen.getByLabelText('Session ID'), 'demo-ssid');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Enter the server address as https:\/\/your-host/)).toBeInTheDocument();
  });

  test('double-clicking Sign in sends one request', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 100, times: 1 });
    const requests = recordRequests();
    const { user } = await openSignIn();

    await user.type(screen.getByLabelText('Session ID'), 'demo-ssid');
    await user.dblClick(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: 'Groups', level: 1 });
    // The sign-in check is the only quick list; the page's own list call follows it.
    expect(requests.filter((r) => r.action === 'list' && r.body.quick === true)).toHaveLength(1);
  });
});

describe('the route guard', () => {
  test('a signed-out visitor goes to /login and, after signing in, back to the page they asked for', async () => {
    const { user } = renderApp({ route: '/groups?q=support', signedIn: false });

    await screen.findByRole('button', { name: 'Sign in' });
    expect(currentUrl()).toBe('/login');
    await user.type(screen.getByLabelText('API server'), TEST_API_BASE);
    await user.type(screen.getByLabelText('Session ID'), 'demo-ssid');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: 'Groups', level: 1 });
    expect(currentUrl()).toBe('/groups?q=support');
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('support');
    expect(await screen.findByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Billing' })).not.toBeInTheDocument();
  });

  test('an edit page link survives the detour through sign-in', async () => {
    const { user } = renderApp({ route: '/groups/1002', signedIn: false });

    await user.type(await screen.findByLabelText('API server'), TEST_API_BASE);
    await user.type(screen.getByLabelText('Session ID'), 'demo-ssid');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Support');
    expect(currentUrl()).toBe('/groups/1002');
  });
});

describe('sign out', () => {
  test('clears the stored session and every cached query', async () => {
    const { user, queryClient } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0);
    expect(sessionStorage.getItem(STORAGE_KEY)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/login');
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    // Nothing of the previous session is prefilled.
    expect(screen.getByLabelText('Session ID')).toHaveValue('');
  });

  test('a remembered session is forgotten too, and the groups page then asks for sign-in', async () => {
    const { user } = renderApp();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' } }));
    await screen.findByRole('link', { name: 'Support' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    act(() => navigate('/groups'));
    await waitFor(() => expect(currentUrl()).toBe('/login'));
    expect(within(document.body).queryByRole('table')).not.toBeInTheDocument();
  });

  test('signing in after signing out starts at the list, not on the search or page left behind', async () => {
    const { user } = renderApp({ route: '/groups?q=sup' });
    await screen.findByRole('link', { name: 'Support' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.type(await screen.findByLabelText('Session ID'), 'demo-ssid');
    await user.type(screen.getByLabelText('API server'), TEST_API_BASE);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: 'Groups' });
    expect(currentUrl()).toBe('/groups');
  });
});
