import { defineNamespace } from '../catalogs';
import english from '../messages/en/common.json';

/** Words every screen shares, the sign-in page's included: the product's name, theme and language, errors' Retry and support details. */
export const common = defineNamespace('common', english, { hi: () => import('../messages/hi/common.json') });
