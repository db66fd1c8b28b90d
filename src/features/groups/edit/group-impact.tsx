import { Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Group } from '@/api/types';
import { groupQueries} from '../queries';
import { useSignedIn } from '@/features/session/signed-in';
import { plural } from '@/lib/plural';
import { takingCalls } from '@/features/change-record/membership-diff';

/** "4 agents are assigned; 3 of them take calls for this group." — read from getGroupAgentRelation. */
export function GroupImpact({ group, consequence }: { group: Group; consequence: string }) {
  const members = useQuery(groupQueries.members(useSignedIn(), group.id));
  if (members.isPending) {
    return (
      <Text size="sm" c="dimmed">
        <Loader size={12} mr={6} />
        Counting the agents affected…
      </Text>
    );
  }
  if (members.isError) {
    return (
      <Text size="sm">
        {group.agentCount !== undefined ? `${plural(group.agentCount, 'agent')} assigned. ` : ''}
        The agents affected could not be counted ({members.error.message}). {consequence}
      </Text>
    );
  }
  const total = members.data.members.length;
  const receiving = takingCalls(members.data.members);
  return (
    <Text size="sm">
      {total === 0
        ? `No agents are assigned to this group. ${consequence}`
        : `${plural(total, 'agent')} ${total === 1 ? 'is' : 'are'} assigned; ${receiving} of them take${receiving === 1 ? 's' : ''} calls for this group. ${consequence}`}
    </Text>
  );
}
