import { defineNamespace } from '../catalogs';
import english from '../messages/en/audit.json';

/** The audit log page: filters, table, export and clearing. */
export const audit = defineNamespace('audit', english, { hi: () => import('../messages/hi/audit.json') });
