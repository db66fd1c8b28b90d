import { defineNamespace } from '../catalogs';
import english from '../messages/en/shell.json';

/** The signed-in frame: header, keyboard shortcuts, not found, crash and loading states. */
export const shell = defineNamespace('shell', english, { hi: () => import('../messages/hi/shell.json') });
