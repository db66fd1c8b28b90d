import type { Messages } from 'use-intl';
import { defineNamespace } from '../catalogs';

/**
 * What went wrong talking to DeepCall, in the supervisor's words (src/lib/error-text.ts): on every screen
 * that calls it, sign-in included. Its English is not bundled: an ApiError's `message` already says
 * exactly these words (src/lib/error-text.test.ts keeps the two equal), so English screens show that,
 * and only another language's catalog is downloaded. messages/en/errors.json is the translators' source.
 */
export const errors = defineNamespace('errors', {} as Messages['errors'], { hi: () => import('../messages/hi/errors.json') });
