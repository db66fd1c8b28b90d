/**
 * msw in the browser for `npm run dev`: the store lives in this tab and is
 * kept in localStorage (groups, agents, memberships, per-account settings),
 * so a reload keeps what a supervisor changed. Snapshots saved by older
 * versions still load (see MockStore.restore).
 */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import type { StoreSnapshot } from './snapshot';
import { MockStore } from './store';

const STORAGE_KEY = 'group-console.mock-store';

function load(store: MockStore): void {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved) store.restore(JSON.parse(saved) as StoreSnapshot);
  } catch {
    localStorage.removeItem(STORAGE_KEY);
  }
}

export async function startMockWorker(): Promise<void> {
  const store = new MockStore();
  load(store);
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify(store.snapshot()));
  const worker = setupWorker(...createHandlers({ store, origin: location.origin, onChange: save }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
