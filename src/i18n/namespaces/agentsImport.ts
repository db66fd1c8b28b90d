import { defineNamespace } from '../catalogs';
import english from '../messages/en/agentsImport.json';

/** The membership CSV import: source, preview, run, report and undo; the memberships export. */
export const agentsImport = defineNamespace('agentsImport', english, { hi: () => import('../messages/hi/agentsImport.json') });
