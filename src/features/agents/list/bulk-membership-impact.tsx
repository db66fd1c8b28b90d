import { Alert, Stack, Text } from '@mantine/core';
import { plural } from '@/lib/plural';
import type { BulkMembershipAction, BulkPlan, GroupImpact } from './bulk-membership-plan';
import classes from './bulk-membership.module.css';

/** "3 agents join", "1 agent leaves". */
function agents(n: number, one: string, many: string): string {
  return `${plural(n, 'agent')} ${n === 1 ? one : many}`;
}

/** What the action does in one group, with who it leaves as they are and why. */
export function describeImpact(action: BulkMembershipAction, impact: GroupImpact, takesCalls: boolean): string {
  const { changing, already, notIn } = impact;
  const parts: string[] = [];
  if (changing.length > 0) {
    if (action === 'add') parts.push(`${agents(changing.length, 'joins', 'join')} (${takesCalls ? 'taking its calls' : 'not taking its calls'})`);
    else if (action === 'remove') parts.push(agents(changing.length, 'leaves', 'leave'));
    else if (action === 'take-calls') parts.push(agents(changing.length, 'starts taking its calls', 'start taking its calls'));
    else parts.push(agents(changing.length, 'stops taking its calls', 'stop taking its calls'));
  }
  if (already.length > 0) {
    const what =
      action === 'add'
        ? agents(already.length, 'is already in it', 'are already in it')
        : action === 'take-calls'
          ? agents(already.length, 'already takes its calls', 'already take its calls')
          : agents(already.length, 'already does not take its calls', 'already do not take its calls');
    parts.push(`${what} (no change${action === 'add' ? ', their call setting stays' : ''})`);
  }
  if (notIn.length > 0) parts.push(`${agents(notIn.length, 'is not in it', 'are not in it')} (no change)`);
  return parts.length > 0 ? parts.join('; ') : 'no change';
}

/**
 * The one confirmation's content: per chosen group what changes and what stays, and the active groups
 * this would leave with nobody taking calls, named before anything is sent.
 */
export function BulkMembershipImpact({ action, plan, takesCalls }: { action: BulkMembershipAction; plan: BulkPlan; takesCalls: boolean }) {
  const { impacts, changes } = plan;
  const unchanged = impacts.length - changes.length;
  const nobody = impacts.filter((i) => i.leftWithNobody).map((i) => i.group.name);
  const unknown = impacts.filter((i) => !i.known).map((i) => i.group.name);
  return (
    <Stack gap="xs" aria-live="polite">
      <Text size="sm" fw={600}>
        {changes.length === 0
          ? 'Nothing would change.'
          : `${plural(changes.length, 'group')} ${changes.length === 1 ? 'changes' : 'change'}${unchanged > 0 ? `; nothing changes in ${unchanged}` : ''}.`}
      </Text>
      <ul className={classes.impacts}>
        {impacts.map((impact) => (
          <li key={impact.group.id}>
            <strong>{impact.group.name}</strong>
            {impact.group.active ? '' : ' (inactive)'}: {describeImpact(action, impact, takesCalls)}
          </li>
        ))}
      </ul>
      {nobody.length > 0 && (
        <Alert color="yellow" title="Left with nobody taking calls" p="xs">
          <Text size="sm">
            {nobody.join(', ')} {nobody.length === 1 ? 'is an active group' : 'are active groups'}: after this, nobody would take{' '}
            {nobody.length === 1 ? 'its' : 'their'} calls.
          </Text>
        </Alert>
      )}
      {unknown.length > 0 && (
        <Text size="xs" c="dimmed">
          Not read yet or unreadable: {unknown.join(', ')}. Whoever is in {unknown.length === 1 ? 'it' : 'them'} already is checked when the
          change is sent, and stays as they are.
        </Text>
      )}
    </Stack>
  );
}
