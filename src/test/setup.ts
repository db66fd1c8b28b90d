import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { recentChanges } from '@/features/groups/changes/recent-changes';
import { languageStore } from '@/i18n/language-store';
import { mockStore, server } from '../../mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mockStore.reset();
  // Each test is a new visit (storage was cleared after the last): in English unless it chooses Hindi or
  // makes the browser prefer it. Here rather than after a test, whose spies on navigator are undone by now.
  languageStore.restart();
  // A console.error during a test is a bug the test should surface.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during test: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  // Module state outlives a test file in the shared project (vite.config.ts): start each test clean.
  recentChanges.clear();
});
afterAll(() => server.close());
