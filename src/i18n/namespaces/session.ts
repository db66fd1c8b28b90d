import { defineNamespace } from '../catalogs';
import english from '../messages/en/session.json';

/** The sign-in page, its form and the session-ended dialog. */
export const session = defineNamespace('session', english, { hi: () => import('../messages/hi/session.json') });
