import { navigate } from '@/lib/navigation';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { countOf, currentUrl, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';
import { ADDRESS_DELAY_MS } from './use-search-term-in-address';

function demoGroup(name: string) {
  const group = mockStore.account('demo')?.groups.find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name} in the mock`);
  return group;
}

/**
 * From here on timers run on a fake clock that still moves with real time (msw and React Query keep
 * going), so a test can jump past the page's address delay instead of sleeping through it.
 */
function fakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
}

/** Runs every timer due within the address delay: the page's write of the last typed term fires now, if still set. */
async function passAddressDelay(): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ADDRESS_DELAY_MS));
}

function groupNames(): string[] {
  return screen.queryAllByRole('switch').map((s) => (s.getAttribute('aria-label') ?? '').replace(/ active$/, ''));
}

// Eight groups keep the DOM small and the suite fast: Inside Sales, Support, Billing, Retention,
// Onboarding, Collections, Technical Support (inactive) and Customer Care.
beforeEach(() => mockStore.reset({ seedGroups: 8 }));
afterEach(() => vi.useRealTimers());

describe('the groups list', () => {
  test('shows a loading state, then one row per group with a link, a status switch and a delete button', async () => {
    mockStore.reset();
    mockStore.addFault('demo', { kind: 'latency', ms: 150, times: 1 });
    renderApp();

    expect(await screen.findByText('Loading groups…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Support' });
    expect(link).toHaveAttribute('href', `/groups/${demoGroup('Support').id}`);
    expect(screen.getAllByRole('switch')).toHaveLength(25);
    expect(screen.getByText('25 groups')).toBeInTheDocument();

    const active = screen.getByRole('switch', { name: 'Support active' });
    expect(active).toBeChecked();
    expect(within(active.closest('tr') as HTMLElement).getByText('Active')).toBeInTheDocument();
    // Technical Support is seeded inactive.
    const inactive = screen.getByRole('switch', { name: 'Technical Support active' });
    expect(inactive).not.toBeChecked();
    expect(within(inactive.closest('tr') as HTMLElement).getByText('Inactive')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Support' })).toBeInTheDocument();
  });

  test('a slow first load shows progress and can be cancelled, then started again', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 1500, actions: ['list'], times: 1 });
    const { user } = renderApp();

    const loading = (await screen.findByText('Loading groups…')).closest('[role="status"]') as HTMLElement;
    await user.click(within(loading).getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText('The list was not loaded because you cancelled it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load groups' }));
    expect(await screen.findByRole('link', { name: 'Support' })).toBeInTheDocument();
  });

  test('no groups at all: “No groups yet” with a way to create the first one', async () => {
    mockStore.reset({ seedGroups: 0 });
    const { user } = renderApp();

    expect(await screen.findByText('No groups yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create a group' }));
    expect(await screen.findByRole('dialog', { name: 'New group' })).toBeInTheDocument();
  });

  test('a failed load is shown with the reason, and Retry loads the list', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['list'], times: 1 });
    const requests = recordRequests();
    const { user } = renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load groups');
    expect(alert).toHaveTextContent('Your DeepCall account is not allowed to do this.');
    // A DeepCall error code is an answer, not a glitch: no automatic retry.
    expect(countOf(requests, 'list')).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(screen.queryByText('Could not load groups')).not.toBeInTheDocument();
  });

  test('a server glitch (HTTP 503) is retried quietly before any error is shown', async () => {
    mockStore.addFault('demo', { kind: 'http', status: 503, actions: ['list'], times: 2 });
    const requests = recordRequests();
    renderApp();

    expect(await screen.findByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(countOf(requests, 'list')).toBe(3);
    expect(screen.queryByText('Could not load groups')).not.toBeInTheDocument();
  });

  test('a server that keeps failing says what happened and what to do', async () => {
    mockStore.addFault('demo', { kind: 'http', status: 502, actions: ['list'] });
    const requests = recordRequests();
    const { user } = renderApp();

    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('The DeepCall server had a problem (HTTP 502). Try again in a moment.');
    expect(countOf(requests, 'list')).toBe(4);

    mockStore.clearFaults();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Support' })).toBeInTheDocument();
  });

  test('an unreachable server and a reply of the wrong shape each get a clear message', async () => {
    mockStore.addFault('demo', { kind: 'drop', actions: ['list'], times: 4 });
    const first = renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(`Cannot reach deepcall.test. Check your network connection`);
    first.unmount();

    mockStore.addFault('demo', { kind: 'shape', actions: ['list'], times: 1 });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('The DeepCall server sent a reply the console does not understand');
  });

  test('a reply that is not JSON is reported as such', async () => {
    mockStore.addFault('demo', { kind: 'malformed', actions: ['list'], times: 1 });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('a reply the console does not understand (not JSON)');
  });
});

describe('search', () => {
  test('filters case-insensitively as you type and keeps the term in ?q=', async () => {
    const requests = recordRequests();
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'SUPPORT');

    await waitFor(() => expect(groupNames()).toEqual(['Support', 'Technical Support']));
    expect(screen.getByText('2 of 8 groups match')).toBeInTheDocument();
    // The address follows the box (perhaps once typing pauses).
    await waitFor(() => expect(currentUrl()).toBe('/groups?q=SUPPORT'));
    // Filtering happens in the browser: no request per keystroke.
    expect(countOf(requests, 'list')).toBe(1);
  });

  test('a shared link with ?q= opens already filtered', async () => {
    renderApp({ route: '/groups?q=sales' });

    expect(await screen.findByRole('searchbox', { name: 'Search groups' })).toHaveValue('sales');
    await waitFor(() => expect(groupNames()).toEqual(['Inside Sales']));
  });

  test('no match: “No groups match” with Clear search, which brings every group back', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'zebra');

    const noMatch = await screen.findByText('No groups match “zebra”');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(noMatch.parentElement as HTMLElement).getByRole('button', { name: 'Clear search' }));

    expect(await screen.findByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(screen.getAllByRole('switch')).toHaveLength(8);
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('');
    await waitFor(() => expect(currentUrl()).toBe('/groups'));
  });

  test('following a link to another ?q= while the page is open updates the search', async () => {
    renderApp({ route: '/groups?q=billing' });
    await waitFor(() => expect(groupNames()).toEqual(['Billing']));

    act(() => navigate('/groups?q=care'));

    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('care');
    await waitFor(() => expect(groupNames()).toEqual(['Customer Care']));
  });
  test('a link followed right after typing wins: the typed term is not written over it later', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    fakeClock();
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'sup');

    // Before the typed term reaches the address, and without leaving the field (as the back button does).
    act(() => navigate('/groups?q=billing'));
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('billing');
    await waitFor(() => expect(groupNames()).toEqual(['Billing']));
    await passAddressDelay();
    expect(currentUrl()).toBe('/groups?q=billing');
    expect(groupNames()).toEqual(['Billing']);
  });

  test('the typed term is written at once when the field loses focus or the document is left', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    const field = screen.getByRole('searchbox', { name: 'Search groups' });

    await user.type(field, 'bill');
    act(() => field.blur());
    expect(currentUrl()).toBe('/groups?q=bill');

    // A reload right after typing: the address is still the list's, so the term lands on it.
    await user.type(field, 'ing');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(currentUrl()).toBe('/groups?q=billing');
  });

  test('a term typed just before leaving the list never lands on the next page’s address', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    fakeClock();
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'sup');

    // Without leaving the field, as the back button or a redirect does.
    act(() => navigate(`/groups/${demoGroup('Billing').id}`));
    expect(await screen.findByRole('heading', { name: 'Billing', level: 1 })).toBeInTheDocument();
    await passAddressDelay();
    expect(currentUrl()).toBe(`/groups/${demoGroup('Billing').id}`);
  });
});

describe('selecting groups', () => {
  const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });
  const shiftClick = async (user: UserEvent, element: HTMLElement) => {
    await user.keyboard('{Shift>}');
    await user.click(element);
    await user.keyboard('{/Shift}');
  };
  const selectedNames = () => groupNames().filter((name) => (box(name) as HTMLInputElement).checked);

  test('shift-click after a search selects the range among the rows shown', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    await user.click(box('Customer Care'));

    // From eight rows to five: Customer Care was the eighth row and is now the fifth.
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 's');
    await waitFor(() => expect(groupNames()).toEqual(['Inside Sales', 'Support', 'Collections', 'Technical Support', 'Customer Care']));
    await shiftClick(user, box('Collections'));

    expect(selectedNames()).toEqual(['Collections', 'Technical Support', 'Customer Care']);
    expect(within(screen.getByRole('region', { name: 'Bulk actions' })).getByText('3 groups selected')).toBeInTheDocument();

    // Shift-clicking a selected row clears the range from the row clicked last.
    await shiftClick(user, box('Technical Support'));
    expect(selectedNames()).toEqual(['Customer Care']);
  });

  test('shift-click when the row clicked before is not shown toggles one row, which becomes the anchor', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    await user.click(box('Billing'));

    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 's');
    await waitFor(() => expect(groupNames()).toEqual(['Inside Sales', 'Support', 'Collections', 'Technical Support', 'Customer Care']));
    await shiftClick(user, box('Support'));
    expect(selectedNames()).toEqual(['Support']);
    await shiftClick(user, box('Technical Support'));
    expect(selectedNames()).toEqual(['Support', 'Collections', 'Technical Support']);

    // Billing, out of sight, stays selected.
    expect(within(screen.getByRole('region', { name: 'Bulk actions' })).getByText('4 groups selected')).toBeInTheDocument();
  });
});

describe('markup in names', () => {
  test('is shown as text in the list and in the delete dialog, never as HTML', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const account = mockStore.account('demo');
    if (account) mockStore.add(account, payload);
    const { user } = renderApp();

    expect(await screen.findByRole('link', { name: payload })).toHaveTextContent(payload);
    expect(screen.getByRole('switch', { name: `${payload} active` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Delete ${payload}` }));
    expect(await screen.findByRole('dialog', { name: `Delete ${payload}?` })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('background refresh', () => {
  test('a failed refresh keeps the list on screen and says so once', async () => {
    const { queryClient } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    server.use(http.post(`${TEST_API_BASE}/api/v2/Group/list`, () => HttpResponse.json({ status: 'error', code: 1015, message: 'Permission denied' })));

    await act(() => queryClient.refetchQueries());
    await act(() => queryClient.refetchQueries());

    const toast = await findNotification('Could not refresh');
    expect(toast.getByText(/The list shows what was loaded before\./)).toBeInTheDocument();
    expect(screen.getAllByText('Could not refresh')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
  });

  test('a refresh whose reply cannot be read keeps the rows and offers Copy details for support', async () => {
    const { queryClient } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    mockStore.addFault('demo', { kind: 'shape', actions: ['list'] });

    await act(() => queryClient.refetchQueries());

    const toast = await findNotification('Could not refresh');
    expect(toast.getByText(/does not understand/)).toBeInTheDocument();
    expect(toast.getByRole('button', { name: 'Copy details for support' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
  });
});
