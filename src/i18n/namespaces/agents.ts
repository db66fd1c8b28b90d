import { defineNamespace } from '../catalogs';
import english from '../messages/en/agents.json';

/** The Agents view, its coverage and bulk membership dialogs, and an agent's page. */
export const agents = defineNamespace('agents', english, { hi: () => import('../messages/hi/agents.json') });
