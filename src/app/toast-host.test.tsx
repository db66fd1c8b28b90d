import { notifications, notificationsStore } from '@mantine/notifications';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { LanguageProvider } from '@/i18n/language-provider';
import { ThemeProvider } from './theme-provider';
import { ToastHost } from './toast-host';

afterEach(() => act(() => notifications.clean()));

const host = () =>
  render(
    <LanguageProvider>
      <ThemeProvider env="test">
        <ToastHost position="bottom-right" limit={2} />
      </ThemeProvider>
    </LanguageProvider>,
  );

test('renders nothing until a toast is queued, then shows it', async () => {
  host();
  expect(document.querySelector('.mantine-Notifications-root')).toBeNull();

  act(() => {
    notifications.show({ title: 'Group saved', message: 'Sales is saved.' });
  });

  const toast = (await screen.findByText('Group saved')).closest('[role="alert"]');
  expect(toast).toHaveTextContent('Sales is saved.');
});

test('shows toasts queued before it loaded, within the configured limit', async () => {
  host();
  act(() => {
    for (const n of [1, 2, 3]) notifications.show({ title: `Toast ${n}`, message: `Message ${n}` });
  });

  expect(await screen.findByText('Toast 1')).toBeInTheDocument();
  expect(screen.getByText('Toast 2')).toBeInTheDocument();
  // The limit reaches the store once the container is there: the third waits its turn.
  await waitFor(() => expect(screen.queryByText('Toast 3')).not.toBeInTheDocument());
  expect(notificationsStore.getState().queue.map((n) => n.title)).toEqual(['Toast 3']);
});
