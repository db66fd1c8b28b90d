import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

async function start() {
  // Checked inline (not via env.ts) so the production build drops the branch and emits no msw chunk.
  if (import.meta.env.DEV && import.meta.env.VITE_MOCK_API !== 'off') {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  const { App } = await import('./app/app');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
