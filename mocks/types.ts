/** The mock's data: accounts with their groups, agents and relations, as DeepCall's replies name them. */
import type { MockFault } from './faults';

export interface MockGroup {
  id: number;
  name: string;
  status: 0 | 1;
  createDate: string;
}
export interface MockAgent {
  agent_unique_id: string;
  name: string;
  email: string;
  status: 0 | 1;
}
export interface MockRelation {
  agent_unique_id: string;
  group_id: number;
  receive_call: 0 | 1;
}

/** How an account's server behaves, switchable per account through POST /__mock/settings. */
export interface MockSettings {
  /**
   * `getGroupAgentRelation`'s `agentData` holds only the group's members instead of the account's
   * agents, so the client must read the roster from Agent/list.
   */
  membersOnlyAgentData: boolean;
  /**
   * `Agent/list` entries leave out each agent's `groups`, so the client must learn the memberships
   * group by group from `getGroupAgentRelation`.
   */
  agentListWithoutGroups: boolean;
}

export interface MockAccount {
  id: string;
  ssid?: string;
  userId?: string;
  token?: string;
  groups: MockGroup[];
  agents: MockAgent[];
  /** Each group's relations, by group id: a membership is read and replaced as a whole, and never scanned for. */
  relationsByGroup: Map<number, MockRelation[]>;
  faults: MockFault[];
  settings: MockSettings;
}

/** What a new account is seeded with; absent fields take the store's defaults. */
export interface AccountSeed {
  seedGroups?: number;
  seedAgents?: number;
  membersOnlyAgentData?: boolean;
  agentListWithoutGroups?: boolean;
}
