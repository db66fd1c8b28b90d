/** The console's own view of DeepCall's data: what the reply parsers (replies.ts) turn every tolerated reply into. */

export interface Group {
  id: string;
  name: string;
  active: boolean;
  createdAt?: string;
  agentCount?: number;
}

export interface GroupMember {
  agentId: string;
  name: string;
  email?: string;
  receivesCalls: boolean;
}

/** One of the account's agents, as Agent/list or a roster-carrying `agentData` names them. */
export interface Agent {
  /** Sent back verbatim in `agent_unique_id`: kept exactly as the server wrote it (numbers as their decimal text). */
  agentId: string;
  /** The id itself when the server gave no name. */
  name: string;
  email?: string;
  /** Absent when the server said nothing readable about the agent's status. */
  active?: boolean;
}

export interface GroupMembership {
  /** From groupData; `agentCount` is the number of members read. */
  group: Group;
  members: GroupMember[];
  /**
   * The account's agents, when the reply carried them (agentData holding more than the members); null
   * when agentData held only members, or nothing: the roster is then unknown and Agent/list is asked.
   */
  roster: Agent[] | null;
}
