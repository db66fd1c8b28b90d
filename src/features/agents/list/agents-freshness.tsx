import { Button, Group as Row, Progress, Text } from '@mantine/core';
import { memo } from 'react';
import type { AccountMemberships } from '@/features/groups/account-memberships';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/**
 * How far the memberships are read and how fresh they are. Read group by group, the page shows the
 * rows so far and says how many groups are in; read whole, it says when, with Refresh.
 */
export const AgentsFreshness = memo(function AgentsFreshness({
  memberships,
  reading,
  fetching,
  readAt,
  onRefresh,
}: {
  memberships: AccountMemberships;
  /** Read group by group right now. */
  reading: boolean;
  /** Any read of the memberships under way (a refresh too). */
  fetching: boolean;
  readAt: number;
  onRefresh: () => void;
}) {
  const { groupsRead, groupsTotal } = memberships;
  // A refresh keeps showing the last whole read until the new one ends: then only "refreshing" is true.
  const partial = reading && groupsRead < groupsTotal;
  return (
    <Row gap="sm" wrap="wrap">
      {partial ? (
        <>
          <Text size="sm" role="status">
            Reading groups: {groupsRead.toLocaleString()} of {groupsTotal.toLocaleString()}
          </Text>
          <Progress value={groupsTotal === 0 ? 0 : (groupsRead / groupsTotal) * 100} aria-label="Groups read" w={160} />
          <Text size="sm" c="dimmed">
            The agents below are those found so far.
          </Text>
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {fetching ? 'Refreshing memberships…' : readAt > 0 ? `Memberships as of ${time.format(readAt)}` : 'Memberships not read yet'}
            {memberships.source === 'per-group' && !fetching && ` (read group by group, ${groupsTotal.toLocaleString()} groups)`}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onRefresh} loading={fetching}>
            Refresh
          </Button>
        </>
      )}
    </Row>
  );
});
