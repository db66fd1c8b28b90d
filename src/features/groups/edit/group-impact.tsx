import { Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Group } from '@/api/types';
import { groupQueries} from '../queries';
import { useSignedIn } from '@/features/session/signed-in';
import { useErrorText } from '@/lib/error-text';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { takingCalls } from '@/features/change-record/membership-diff';

/** "4 agents are assigned; 3 of them take calls for this group." — read from getGroupAgentRelation. */
export function GroupImpact({ group, consequence }: { group: Group; consequence: string }) {
  const t = useNamespace(groupEdit);
  const errorText = useErrorText();
  const members = useQuery(groupQueries.members(useSignedIn(), group.id));
  if (members.isPending) {
    return (
      <Text size="sm" c="dimmed">
        <Loader size={12} mr={6} />
        {t('impact.counting')}
      </Text>
    );
  }
  if (members.isError) {
    return (
      <Text size="sm">
        {group.agentCount !== undefined
          ? t('impact.countFailedWithTotal', { total: group.agentCount, reason: errorText(members.error), consequence })
          : t('impact.countFailed', { reason: errorText(members.error), consequence })}
      </Text>
    );
  }
  const total = members.data.members.length;
  const receiving = takingCalls(members.data.members);
  return (
    <Text size="sm">
      {total === 0 ? t('impact.none', { consequence }) : t('impact.some', { total, receiving, consequence })}
    </Text>
  );
}
