import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { useErrorText } from '@/lib/error-text';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import type { AgentDirectory } from '../agent-directory';

/**
 * A group's members as the export writes them, or undefined when they are not known in full: unread or
 * unreadable, or some call flag unknown (written as "no", it would read as a fact). The export leaves
 * such groups out and says so.
 */
export function exportableMembers(directory: AgentDirectory, memberships: AccountMemberships): (groupId: string) => GroupMember[] | undefined {
  const unreadable = new Set(memberships.unreadable.map((u) => u.groupId));
  return (groupId) => {
    if (unreadable.has(groupId)) return undefined;
    const members = directory.membersByGroup.get(groupId) ?? [];
    if (members.some((m) => m.receivesCalls === undefined)) return undefined;
    return members.map((m) => {
      const agent = directory.byId.get(m.agentId)?.agent;
      return { agentId: m.agentId, name: agent?.name ?? m.agentId, ...(agent?.email ? { email: agent.email } : {}), receivesCalls: m.receivesCalls === true };
    });
  };
}

/** Export memberships: every membership held now, as the CSV the import reads back. */
export const AgentsExportButton = memo(function AgentsExportButton({
  groups,
  directory,
  memberships,
  disabled,
}: {
  groups: Group[] | undefined;
  directory: AgentDirectory | undefined;
  memberships: AccountMemberships | undefined;
  /** Still reading group by group: a file of part of the groups would pass for the whole. */
  disabled: boolean;
}) {
  const t = useNamespace(agents);
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!groups || !directory || !memberships) return;
    setBusy(true);
    try {
      // With papaparse, only once someone exports.
      const { downloadMembershipsCsv } = await import('../import/export-memberships');
      const { unread } = await downloadMembershipsCsv(groups, memberships.agents, exportableMembers(directory, memberships));
      if (unread.length > 0) {
        notifications.show({
          color: 'yellow',
          title: t('export.leftOutTitle', { count: unread.length }),
          message: t('export.leftOutMessage', { names: unread.map((g) => g.name).join(', ') }),
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('export.failedTitle'),
        message: t('export.failedMessage', { reason: errorText(error, String(error)) }),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" onClick={() => void run()} loading={busy} disabled={disabled || !directory}>
      {t('export.button')}
    </Button>
  );
});
