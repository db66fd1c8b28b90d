/** The sign-in page remembers how this browser signs in (never a credential) and has the colour scheme control. */
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore } from '../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 4 }));

describe('the sign-in page', () => {
  test('opens on the method used last: after signing in with a user ID and token, on that tab, with no credential kept', async () => {
    const { user } = renderApp({ route: '/login', signedIn: false });
    expect(await screen.findByRole('tab', { name: 'Session ID' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'User ID and token' }));
    await user.type(screen.getByLabelText('User ID'), 'demo');
    await user.type(screen.getByLabelText('Token'), 'demo-token');
    await user.type(screen.getByLabelText('API server'), TEST_API_BASE);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Groups', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('tab', { name: 'User ID and token' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('User ID')).toHaveValue('');
    expect(screen.getByLabelText('Token')).toHaveValue('');
    const kept = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`).join('\n');
    expect(kept).toContain('group-console.sign-in-method=token');
    expect(kept).not.toContain('demo-token');
    expect(kept).not.toContain('demo');
  });

  test('a failed sign-in does not change the method remembered', async () => {
    localStorage.setItem('group-console.sign-in-method', 'token');
    const { user } = renderApp({ route: '/login', signedIn: false });
    expect(await screen.findByRole('tab', { name: 'User ID and token' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Session ID' }));
    await user.type(screen.getByLabelText('Session ID'), 'wrong');
    await user.type(screen.getByLabelText('API server'), TEST_API_BASE);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Sign-in failed');
    expect(localStorage.getItem('group-console.sign-in-method')).toBe('token');
  });

  test('has the colour scheme control, which says its state and goes back to the system’s', async () => {
    const { user } = renderApp({ route: '/login', signedIn: false });
    const theme = await screen.findByRole('combobox', { name: 'Theme' });
    // Its three states, System being the way back from a choice.
    expect([...theme.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['System theme', 'Light theme', 'Dark theme']);

    await user.selectOptions(theme, 'Dark theme');
    expect(theme).toHaveDisplayValue('Dark theme');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'));

    await user.selectOptions(theme, 'System theme');
    expect(theme).toHaveDisplayValue('System theme');
    // happy-dom's system is light.
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light'));
  });
});
