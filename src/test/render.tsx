/**
 * Renders the whole console the way a supervisor meets it: the app's own
 * routes on the test window's history, a fresh QueryClient, Mantine in test mode and the
 * notifications host. The msw server from setup.ts answers the API.
 */
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { demoAccounts, GROUP_API_PATH } from '@/api/contract';
import type { Credentials } from '@/api/requests';
import { createQueryClient } from '@/app/query-client';
import { startNavigation } from '@/lib/navigation';
import { AppRoutes } from '@/app/router';
import { ThemeProvider } from '@/app/theme-provider';
import { LanguageProvider } from '@/i18n/language-provider';
import { recentChanges } from '@/features/groups/changes/recent-changes';
import { sessionStore } from '@/features/session/session-store';
import { server, TEST_API_BASE } from '../../mocks/node';

export { TEST_API_BASE };

configure({
  // The whole app renders per test; on a busy machine a screen can take more than the default second to appear.
  asyncUtilTimeout: 4000,
  // findBy* polls build this error on every miss; pretty-printing the whole DOM each time cost a tenth of the
  // suite's time. The page's visible text says what was on screen just as well.
  getElementError(message, container) {
    const error = new Error(`${message ?? ''}\n\nText on the page: ${pageText(container)}`);
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

function pageText(container: Element): string {
  const copy = container.cloneNode(true) as Element;
  for (const style of copy.querySelectorAll('style, script')) style.remove();
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 3000 ? `${text.slice(0, 3000)}…` : text;
}

export interface RenderAppOptions {
  /** Where the browser starts, e.g. '/groups?q=sales'. */
  route?: string;
  /** Signed in as the demo account (default), as other credentials, or signed out (false). */
  signedIn?: boolean | Credentials;
  /** Rows the window-virtualized table can show; the test DOM has no layout, so the window size decides. */
  windowHeight?: number;
}

/** The app's client with its real retry rule, only without the wait between retries. */
export function createTestQueryClient(): QueryClient {
  const client = createQueryClient({ onSessionEnded: () => sessionStore.expire() });
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 1 } });
  return client;
}

export function renderApp({ route = '/groups', signedIn = true, windowHeight = 3000 }: RenderAppOptions = {}) {
  // The session store is a module singleton; every test starts from a known session.
  if (signedIn === false) sessionStore.signOut();
  else {
    sessionStore.signIn({ baseUrl: TEST_API_BASE, credentials: signedIn === true ? { ssid: demoAccounts.demo.ssid } : signedIn, remember: false });
  }
  notifications.clean();
  recentChanges.clear();
  setWindowHeight(windowHeight);

  const queryClient = createTestQueryClient();
  window.history.replaceState(null, '', route);
  startNavigation();
  // No timer between keystrokes: typing a name is one burst of events, as fast as React can take it.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <LanguageProvider>
      <ThemeProvider env="test">
        <Notifications />
        <QueryClientProvider client={queryClient}>
          <AppRoutes />
        </QueryClientProvider>
      </ThemeProvider>
    </LanguageProvider>,
  );
  onTestFinished(() => {
    queryClient.clear();
    sessionStore.signOut();
    recentChanges.clear();
    notifications.clean();
  });
  return { ...view, user, queryClient };
}

/** The path and query string in the address now. */
export function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

function setWindowHeight(height: number) {
  const previous = Object.getOwnPropertyDescriptor(window, 'innerHeight');
  Object.defineProperty(window, 'innerHeight', { configurable: true, writable: true, value: height });
  onTestFinished(() => {
    if (previous) Object.defineProperty(window, 'innerHeight', previous);
  });
}

export interface RecordedRequest {
  action: string;
  body: Record<string, unknown>;
}

/** Every DeepCall call the console makes from now on, with its parsed body (credentials included). */
export function recordRequests(): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    const action = path.startsWith(`${GROUP_API_PATH}/`) ? /^([^/]+)\/?$/.exec(path.slice(GROUP_API_PATH.length + 1))?.[1] : undefined;
    if (action === undefined || request.method !== 'POST') return;
    const entry: RecordedRequest = { action, body: {} };
    requests.push(entry);
    void request
      .clone()
      .text()
      .then((text) => {
        try {
          entry.body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // A body that is not JSON stays empty here; the mock answers 1047.
        }
      });
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return requests;
}

export function countOf(requests: RecordedRequest[], action: string): number {
  return requests.filter((r) => r.action === action).length;
}

/** The toast that carries `title`, as a region to look inside. */
export async function findNotification(title: string | RegExp) {
  const heading = await screen.findByText(title);
  const root = heading.closest<HTMLElement>('[role="alert"]');
  if (!root) throw new Error(`"${String(title)}" is not inside an alert`);
  return within(root);
}
