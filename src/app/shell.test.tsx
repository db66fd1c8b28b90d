import { navigate } from '@/lib/navigation';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { countOf, currentUrl, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore } from '../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 4 }));

describe('routes', () => {
  test('the root address opens the groups list', async () => {
    renderApp({ route: '/' });
    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
  });

  test('an unknown address says so and offers the way to the groups', async () => {
    const { user } = renderApp({ route: '/no/such/page' });

    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to groups' }));

    expect(await screen.findByRole('heading', { name: 'Groups', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
  });

  test('signing in on /login as another account shows that account’s groups, never the cached ones', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    act(() => navigate('/login'));
    await user.type(await screen.findByLabelText('API server'), TEST_API_BASE);
    await user.click(screen.getByRole('tab', { name: 'User ID and token' }));
    await user.type(screen.getByLabelText('User ID'), 'other');
    await user.type(screen.getByLabelText('Token'), 'other-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('link', { name: 'Other Co Sales' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Support' })).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
  });
});

describe('the header', () => {
  test('names the product and the DeepCall host in use, with one main landmark and one h1', async () => {
    renderApp();
    await screen.findByRole('heading', { name: 'Groups', level: 1 });

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Group Console' })).toHaveAttribute('href', '/groups');
    expect(within(header).getByText('deepcall.test')).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  test('the colour scheme control switches between dark and light, and says which is on', async () => {
    const { user } = renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'Dark theme');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Dark theme');
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Light theme');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Light theme');
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });
});

describe('keyboard shortcuts', () => {
  test('“?” lists them, “/” goes to the search box, “n” opens New group', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Search groups')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument());

    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveFocus();
    // Typing in a field never fires a shortcut.
    await user.keyboard('n');
    expect(screen.queryByRole('dialog', { name: 'New group' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('n');

    await user.click(screen.getByRole('heading', { name: 'Groups', level: 1 }));
    await user.keyboard('n');
    expect(await screen.findByRole('dialog', { name: 'New group' })).toBeInTheDocument();
  });
});

describe('fresh data', () => {
  test('a change made elsewhere shows when the window regains focus', async () => {
    const requests = recordRequests();
    renderApp();
    await screen.findByRole('link', { name: 'Support' });
    const group = mockStore.account('demo')?.groups.find((g) => g.name === 'Support');
    if (group) group.name = 'Support (renamed elsewhere)';

    // Past the 30 s the list is reused for, the supervisor comes back to the tab.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });

    expect(await screen.findByRole('link', { name: 'Support (renamed elsewhere)' })).toBeInTheDocument();
    expect(countOf(requests, 'list')).toBe(2);
  });
});
