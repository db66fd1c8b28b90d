// Mantine CSS per component: the built CSS is about 15 kB gzip instead of 37 kB with all of
// @mantine/core/styles.css (npm run bench reports it). Here: global styles and what the sign-in page
// uses; the signed-in screens' components are imported by src/app/app.tsx, so their CSS arrives
// with that chunk. Order follows styles.css (a component's rules come after those of its parts).
// Using a new Mantine component? Add its file: https://mantine.dev/styles/css-files-list/
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
// No default-css-variables.css: MantineProvider writes the theme's variables itself (mantineProviderProps).
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Container.css';
import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Title.css';
import './app/focus.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionStore } from './features/session/session-store';
import { languageStore } from './i18n/language-store';
import { returnPath } from './features/session/sign-in-path';

async function start() {
  // Checked inline (not via env.ts) so the production build drops the branch and emits no msw chunk.
  if (import.meta.env.DEV && import.meta.env.VITE_MOCK_API !== 'off') {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  const root = createRoot(document.getElementById('root')!);
  const renderApp = async () => {
    const { App } = await import('./app/app');
    // The console's words in this visit's language, before its first render (no flash of English).
    await languageStore.ready();
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  if (sessionStore.get()) return renderApp();

  // No session: show sign-in at /login, then go where the visitor was going.
  const from = location.pathname.startsWith('/login') ? returnPath(history.state?.usr) : returnPath({ from: location.pathname + location.search });
  history.replaceState(null, '', '/login');
  const { renderSignIn } = await import('./sign-in-entry');
  await renderSignIn(root, (session) => {
    sessionStore.signIn(session);
    history.replaceState(null, '', from);
    void renderApp();
  });
}

void start();
