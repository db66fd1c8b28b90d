/**
 * The session-ended dialog's sign-in form is code fetched apart from the page. When that fetch fails,
 * the dialog says so and offers a way out instead of showing nothing.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../mocks/node';

const chunk = vi.hoisted(() => ({ offline: true }));

vi.mock('./sign-in-form', async (importOriginal) => {
  if (chunk.offline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

beforeEach(() => {
  mockStore.reset({ seedGroups: 3 });
  // React reports the error its boundary caught; that one is expected here, any other still fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('FormLoadBoundary')) throw new Error(`console.error during test: ${text}`);
  });
});

test('a form that cannot be fetched is explained, with Try again and Reload', async () => {
  // The first read of the list finds the session over.
  mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['list'], times: 1 });
  const { user } = renderApp();
  const dialog = within(await screen.findByRole('dialog', { name: 'Your session has ended' }));

  const alert = within(await dialog.findByRole('alert'));
  expect(alert.getByText('The sign-in form could not be loaded')).toBeInTheDocument();
  expect(alert.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();

  chunk.offline = false;
  await user.click(alert.getByRole('button', { name: 'Try again' }));
  await user.type(await dialog.findByLabelText('Session ID'), 'demo-ssid');
  await user.click(dialog.getByRole('button', { name: 'Sign in' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has ended' })).not.toBeInTheDocument());
  expect(await screen.findByRole('link', { name: 'Billing' })).toBeInTheDocument();
});
