// The signed-in screens' Mantine CSS (global and sign-in styles come with src/main.tsx).
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Drawer.css';
import '@mantine/core/styles/Kbd.css';
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/Switch.css';
import './app.css';
import { sessionStore } from '@/features/session/session-store';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

const queryClient = createQueryClient({ onSessionEnded: () => sessionStore.expire() });

export function App() {
  return (
    <Providers queryClient={queryClient}>
      <AppRoutes />
    </Providers>
  );
}
