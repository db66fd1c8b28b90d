/** A change the console made, written into the account's memberships (kept apart: the list's download carries only this). */
import type { GroupMember } from '@/api/types';
import type { AccountMemberships } from './account-memberships';

/** The memberships with `groupId` holding exactly `members` (null: the group is gone). */
export function withGroupMembers(memberships: AccountMemberships, groupId: string, members: readonly GroupMember[] | null): AccountMemberships {
  const links = memberships.links.filter((l) => l.groupId !== groupId);
  if (members) for (const m of members) links.push({ agentId: m.agentId, groupId, receivesCalls: m.receivesCalls });
  return { ...memberships, links };
}
