import { MantineProvider, Modal } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, useState, type ComponentType, type ReactNode } from 'react';
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

function renderOpener(load: () => Promise<{ default: typeof RealDialog }>, Boundary: ComponentType<{ children: ReactNode }> = ({ children }) => children) {
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
        <Boundary>
          <Page />
        </Boundary>
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

test('a fetch that fails says so, with Try again and the dialog’s own way out; asking again tries again', async () => {
  // React reports the error its boundary caught; that one is expected here, any other still fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('Failed to fetch dynamically imported module') && !text.includes('LoadBoundary')) throw new Error(text);
  });
  const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  const load = vi
    .fn<() => Promise<{ default: typeof RealDialog }>>()
    .mockImplementationOnce(offline)
    .mockImplementationOnce(offline)
    .mockResolvedValue({ default: RealDialog });
  const user = renderOpener(load);

  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('This dialog could not be loaded');
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  expect(await screen.findByRole('alert')).toHaveTextContent('This dialog could not be loaded');

  // Its way out closes it; asking for it again fetches again, without a Try again.
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByRole('dialog', { name: 'Shortcuts' })).toHaveTextContent('The dialog itself');
  expect(load).toHaveBeenCalledTimes(3);
});

test('a bug in the dialog is not mistaken for a failed fetch: it goes on to the page’s boundary', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  function Broken(): never {
    throw new Error('a bug');
  }
  class PageBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
    override state = { error: null };
    static getDerivedStateFromError(error: Error) {
      return { error: error.message };
    }
    override render() {
      return this.state.error ? <p>The page’s boundary caught {this.state.error}</p> : this.props.children;
    }
  }
  const user = renderOpener(() => Promise.resolve({ default: Broken as unknown as typeof RealDialog }), PageBoundary);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByText('The page’s boundary caught a bug')).toBeInTheDocument();
  expect(screen.queryByText('This dialog could not be loaded')).not.toBeInTheDocument();
});

test('while its code is on its way, a status says it is loading (for screen readers, and for the walk’s settling)', async () => {
  let arrive: (module: { default: typeof RealDialog }) => void = () => undefined;
  const user = renderOpener(() => new Promise((resolve) => (arrive = resolve)));
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
  arrive({ default: RealDialog });
  expect(await screen.findByRole('dialog', { name: 'Shortcuts' })).toBeInTheDocument();
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});
