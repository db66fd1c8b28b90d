import { Alert, Stack, Text } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { agents as agentsNs } from '@/i18n/namespaces/agents';
import type { BulkMembershipAction, BulkPlan, GroupImpact } from './bulk-membership-plan';
import classes from './bulk-membership.module.css';

type Translate = ReturnType<typeof useNamespace<'agents'>>;

/** What the action does in one group, with who it leaves as they are and why: whole clauses, one per kind of agent. */
export function describeImpact(t: Translate, action: BulkMembershipAction, impact: GroupImpact, takesCalls: boolean): string {
  const { changing, already, notIn } = impact;
  const parts: string[] = [];
  if (changing.length > 0) {
    const count = changing.length;
    if (action === 'add') parts.push(t(takesCalls ? 'impact.joinTaking' : 'impact.joinNotTaking', { count }));
    else if (action === 'remove') parts.push(t('impact.leave', { count }));
    else if (action === 'take-calls') parts.push(t('impact.startCalls', { count }));
    else parts.push(t('impact.stopCalls', { count }));
  }
  if (already.length > 0) {
    const count = already.length;
    parts.push(t(action === 'add' ? 'impact.alreadyIn' : action === 'take-calls' ? 'impact.alreadyTaking' : 'impact.alreadyNotTaking', { count }));
  }
  if (notIn.length > 0) parts.push(t('impact.notIn', { count: notIn.length }));
  return parts.length > 0 ? parts.join('; ') : t('impact.noChange');
}

/**
 * The one confirmation's content: per chosen group what changes and what stays, and the active groups
 * this would leave with nobody taking calls, named before anything is sent.
 */
export function BulkMembershipImpact({ action, plan, takesCalls }: { action: BulkMembershipAction; plan: BulkPlan; takesCalls: boolean }) {
  const t = useNamespace(agentsNs);
  const { impacts, changes } = plan;
  const unchanged = impacts.length - changes.length;
  const nobody = impacts.filter((i) => i.leftWithNobody).map((i) => i.group.name);
  const unknown = impacts.filter((i) => !i.known).map((i) => i.group.name);
  return (
    <Stack gap="xs" aria-live="polite">
      <Text size="sm" fw={600}>
        {changes.length === 0
          ? t('impact.nothing')
          : unchanged > 0
            ? t('impact.summaryWithUnchanged', { changes: changes.length, unchanged })
            : t('impact.summary', { changes: changes.length })}
      </Text>
      <ul className={classes.impacts}>
        {impacts.map((impact) => (
          <li key={impact.group.id}>
            <strong>{impact.group.name}</strong>
            {t('impact.line', { inactive: impact.group.active ? 'no' : 'yes', description: describeImpact(t, action, impact, takesCalls) })}
          </li>
        ))}
      </ul>
      {nobody.length > 0 && (
        <Alert color="yellow" title={t('impact.nobodyTitle')} p="xs">
          <Text size="sm">
            {t('impact.nobody', { count: nobody.length, names: nobody.join(', ') })}
          </Text>
        </Alert>
      )}
      {unknown.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('impact.unknown', { count: unknown.length, names: unknown.join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
