import { Button, Group as Row, Progress, Text } from '@mantine/core';
import { memo } from 'react';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';

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
  const t = useNamespace(agents);
  const { groupsRead, groupsTotal } = memberships;
  // A refresh keeps showing the last whole read until the new one ends: then only "refreshing" is true.
  const partial = reading && groupsRead < groupsTotal;
  return (
    <Row gap="sm" wrap="wrap">
      {partial ? (
        <>
          <Text size="sm" role="status">
            {t('freshness.reading', { read: groupsRead, total: groupsTotal })}
          </Text>
          <Progress value={groupsTotal === 0 ? 0 : (groupsRead / groupsTotal) * 100} aria-label={t('freshness.progressLabel')} w={160} />
          <Text size="sm" c="dimmed">
            {t('freshness.foundSoFar')}
          </Text>
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {fetching ? t('freshness.refreshing') : readAt > 0 ? t('freshness.asOf', { at: new Date(readAt) }) : t('freshness.notYet')}
            {memberships.source === 'per-group' && !fetching && <> {t('freshness.perGroup', { count: groupsTotal })}</>}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onRefresh} loading={fetching}>
            {t('freshness.refresh')}
          </Button>
        </>
      )}
    </Row>
  );
});
