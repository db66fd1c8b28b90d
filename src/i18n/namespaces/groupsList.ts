import { defineNamespace } from '../catalogs';
import english from '../messages/en/groupsList.json';

/** The groups list: table, search, sort and filter, selection, bulk actions, CSV export. */
export const groupsList = defineNamespace('groupsList', english, { hi: () => import('../messages/hi/groupsList.json') });
