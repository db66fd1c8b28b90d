import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LanguageProvider } from '@/i18n/language-provider';
import { mantineProviderProps } from './theme';
import { ThemeProvider } from './theme-provider';
import { ToastHost } from './toast-host';

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <LanguageProvider>
      <ThemeProvider {...mantineProviderProps}>
        {/* Bottom left: the Recent changes panel opens on the right, and toasts never cover its Undo buttons. */}
        <ToastHost position="bottom-left" limit={4} />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemeProvider>
    </LanguageProvider>
  );
}
