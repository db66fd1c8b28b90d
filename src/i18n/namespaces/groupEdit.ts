import { defineNamespace } from '../catalogs';
import english from '../messages/en/groupEdit.json';

/** A group's page: its details form, New group, Copy, Delete, the members editor and its dialogs. */
export const groupEdit = defineNamespace('groupEdit', english, { hi: () => import('../messages/hi/groupEdit.json') });
