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
  /** The groups Agent/list says the agent is in; absent when its entry carried no groups (then each group's relation is read). */
  groups?: AgentGroupLink[];
}

/** A group an agent is in, as their Agent/list entry names it. */
export interface AgentGroupLink {
  groupId: string;
  name?: string;
  /** Absent: the entry did not say. Unknown, never "no calls". */
  receivesCalls?: boolean;
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
