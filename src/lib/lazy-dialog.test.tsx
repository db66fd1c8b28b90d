import { MantineProvider, Modal } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-provider';
import { lazyDialog } from './lazy-dialog';

interface Props {
  opened: boolean;
  onClose: () => void;
}

function RealDialog({ opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Shortcuts">
      The dialog itself
    </Modal>
  );
}

function renderOpener(load: () => Promise<{ default: typeof RealDialog }>) {
  const Dialog = lazyDialog(load, { isOpen: (p: Props) => p.opened, dismiss: (p) => p.onClose() });
  function Page() {
    const [opened, setOpened] = useState(false);
    return (
      <>
        <button onClick={() => setOpened(true)}>Open</button>
        <Dialog opened={opened} onClose={() => setOpened(false)} />
      </>
    );
  }
  render(
    <LanguageProvider>
      <MantineProvider>
        <Page />
      </MantineProvider>
    </LanguageProvider>,
  );
  return userEvent.setup();
}

test('its code is fetched the first time it is asked for, not before, and once', async () => {
  const load = vi.fn(() => Promise.resolve({ default: RealDialog }));
  const user = renderOpener(load);
  expect(load).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByRole('dialog', { name: 'Shortcuts' })).toHaveTextContent('The dialog itself');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByRole('dialog', { name: 'Shortcuts' })).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
});

test('a fetch that fails says so, with Try again and the dialog’s own way out', async () => {
  // React reports the error its boundary caught; that one is expected here, any other still fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('Failed to fetch dynamically imported module') && !text.includes('LoadBoundary')) throw new Error(text);
  });
  const load = vi
    .fn<() => Promise<{ default: typeof RealDialog }>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue({ default: RealDialog });
  const user = renderOpener(load);

  await user.click(screen.getByRole('button', { name: 'Open' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This dialog could not be loaded');
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();

  // Its way out closes it, and asking again fetches again.
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Open' }));
  await user.click(await screen.findByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('dialog', { name: 'Shortcuts' })).toHaveTextContent('The dialog itself');
  expect(load).toHaveBeenCalledTimes(2);
});
