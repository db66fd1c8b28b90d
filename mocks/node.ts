/** msw's setupServer over a fresh store, for unit and integration tests. */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { MockStore } from './store';

/** The origin tests point the client at; any host works, this one is obviously not real. */
export const TEST_API_BASE = 'http://deepcall.test';

export const mockStore = new MockStore();
export const server = setupServer(...createHandlers({ store: mockStore, origin: TEST_API_BASE }));
