import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { mantineProviderProps } from './theme';
import { ToastHost } from './toast-host';

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider {...mantineProviderProps}>
      {/* Bottom left: the Recent changes panel opens on the right, and toasts never cover its Undo buttons. */}
      <ToastHost position="bottom-left" limit={4} />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
