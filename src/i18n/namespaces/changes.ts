import { defineNamespace } from '../catalogs';
import english from '../messages/en/changes.json';

/** How a change reads to a person (Recent changes and the audit log), the change path and bulk runs. */
export const changes = defineNamespace('changes', english, { hi: () => import('../messages/hi/changes.json') });
