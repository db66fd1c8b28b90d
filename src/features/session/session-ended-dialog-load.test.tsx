/**
 * The session-ended dialog is code fetched apart from the page. When that fetch fails, the page still
 * says the session ended, keeps the dead page out of reach, and offers Try again and Reload.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../mocks/node';

const chunk = vi.hoisted(() => ({ offline: true }));

vi.mock('./session-ended-dialog', async (importOriginal) => {
  if (chunk.offline) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

beforeEach(() => {
  mockStore.reset({ seedGroups: 3 });
  // React reports the error its boundary caught; that one is expected here, any other still fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('LoadBoundary') && !text.includes('dynamically imported module')) throw new Error(`console.error during test: ${text}`);
  });
});

test('a session-ended dialog that cannot be fetched still says the session ended, with Try again and Reload', async () => {
  // The first read of the list finds the session over.
  mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['list'], times: 1 });
  const { user } = renderApp();

  const notice = within(await screen.findByRole('alertdialog', { name: 'Your session has ended' }));
  expect(notice.getByText('The sign-in form could not be loaded')).toBeInTheDocument();
  expect(notice.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();

  chunk.offline = false;
  await user.click(notice.getByRole('button', { name: 'Try again' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Your session has ended' }));
  await user.type(await dialog.findByLabelText('Session ID'), 'demo-ssid');
  await user.click(dialog.getByRole('button', { name: 'Sign in' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has ended' })).not.toBeInTheDocument());
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'Billing' })).toBeInTheDocument();
});
