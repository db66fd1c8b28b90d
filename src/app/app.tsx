import { RouterProvider } from 'react-router';
import { sessionStore } from '@/features/session/session-store';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

const queryClient = createQueryClient({ onSessionEnded: () => sessionStore.expire() });
const router = createRouter();

export function App() {
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
