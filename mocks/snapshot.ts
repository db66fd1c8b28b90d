/** The store as plain JSON, for the browser host to keep in localStorage, and the way back. */
import type { MockAccount, MockRelation } from './types';

/** An account as a snapshot holds it: plain JSON, relations as one list. */
export interface AccountSnapshot extends Omit<MockAccount, 'relationsByGroup' | 'settings'> {
  relations: MockRelation[];
  /** Absent in snapshots saved before settings existed. */
  settings?: MockAccount['settings'];
}

export interface StoreSnapshot {
  nextGroupId: number;
  nextAccount: number;
  accounts: AccountSnapshot[];
}

/** A copy that shares nothing with the live account. */
export function accountSnapshot({ relationsByGroup, ...rest }: MockAccount): AccountSnapshot {
  return {
    ...structuredClone(rest),
    relations: [...relationsByGroup.values()].flatMap((relations) => relations.map((relation) => ({ ...relation }))),
  };
}

/** Also reads snapshots saved before agents had a status and accounts had settings. */
export function accountFromSnapshot(saved: AccountSnapshot): MockAccount {
  const { relations, settings, ...rest } = structuredClone(saved);
  return {
    ...rest,
    agents: rest.agents.map((agent) => ({ ...agent, status: agent.status === 0 ? 0 : 1 })),
    relationsByGroup: groupRelations(relations ?? []),
    settings: { membersOnlyAgentData: settings?.membersOnlyAgentData === true, agentListWithoutGroups: settings?.agentListWithoutGroups === true },
  };
}

function groupRelations(relations: MockRelation[]): Map<number, MockRelation[]> {
  const byGroup = new Map<number, MockRelation[]>();
  for (const relation of relations) {
    const list = byGroup.get(relation.group_id);
    if (list) list.push(relation);
    else byGroup.set(relation.group_id, [relation]);
  }
  return byGroup;
}
