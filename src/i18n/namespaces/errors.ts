import { defineNamespace } from '../catalogs';
import english from '../messages/en/errors.json';

/** What went wrong talking to DeepCall, in the supervisor's words (src/lib/error-text.ts): on every screen that calls it, sign-in included. */
export const errors = defineNamespace('errors', english, { hi: () => import('../messages/hi/errors.json') });
