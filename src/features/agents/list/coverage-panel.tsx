import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
// Mantine's styles are loaded per component (main.tsx, app.tsx); the grid's only with this page.
import '@mantine/core/styles/SimpleGrid.css';
import { memo, useId, useMemo } from 'react';
import { Link } from 'wouter';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import type { Coverage } from '../agent-directory';
import classes from './coverage-panel.module.css';

/**
 * The account's coverage at a glance: each count links to the rows it counts. Counts that need every
 * group read say so while the memberships are still read group by group, rather than showing a 0.
 */
export const CoveragePanel = memo(function CoveragePanel({ coverage, memberships }: { coverage: Coverage; memberships: AccountMemberships }) {
  const t = useNamespace(agents);
  const headingId = useId();
  const complete = memberships.groupsRead >= memberships.groupsTotal;
  const flagsUnknown = useMemo(() => memberships.links.some((l) => l.receivesCalls === undefined), [memberships.links]);
  const soFar = complete ? undefined : t('coverage.soFar');
  const uncovered = coverage.activeGroupsNobodyTakes;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('coverage.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Paper withBorder p="sm" radius="md">
          <Count href="/groups" count={uncovered.length} label={t('coverage.uncovered')} note={soFar} />
          {uncovered.length > 0 && (
            <details className={classes.details}>
              <summary>{t('coverage.whichGroups')}</summary>
              <ul className={classes.list}>
                {uncovered.map((g) => (
                  <li key={g.id}>
                    <Anchor component={Link} href={`/groups/${encodeURIComponent(g.id)}`} size="sm">
                      {g.name}
                    </Anchor>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Count
            href="/agents?show=no-group"
            count={complete ? coverage.agentsInNoGroup.length : null}
            label={t('coverage.inNoGroup')}
            note={complete ? undefined : t('coverage.countedOnceRead')}
          />
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Count href="/agents?show=no-calls" count={coverage.agentsTakingNoCalls.length} label={t('coverage.takingNoCalls')} note={soFar} />
        </Paper>
      </SimpleGrid>
      {(memberships.unreadable.length > 0 || flagsUnknown) && (
        <Stack gap={2} mt="xs">
          {memberships.unreadable.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('coverage.unreadable', { count: memberships.unreadable.length })}
            </Text>
          )}
          {flagsUnknown && (
            <Text size="sm" c="dimmed">
              {t('coverage.flagsUnknown')}
            </Text>
          )}
        </Stack>
      )}
    </section>
  );
});

/** A count and what it counts, as one link; `null` while it cannot be known yet. */
function Count({ href, count, label, note }: { href: string; count: number | null; label: string; note?: string | undefined }) {
  const t = useNamespace(agents);
  return (
    <Anchor component={Link} href={href} className={classes.count} underline="hover">
      <span className={classes.number}>{count === null ? '…' : t('coverage.count', { count })}</span> <span className={classes.label}>{label}</span>
      {note && <span className={classes.note}> {t('coverage.note', { note })}</span>}
    </Anchor>
  );
}
