import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group as Row, MultiSelect, Stack, Switch, Text } from '@mantine/core';
// The console loads Mantine's styles per component; these are the Group field's, loaded with this page only.
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { Group } from '@/api/types';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { RunningDialog, type Runner } from '@/features/groups/members/running-dialog';
import { plural } from '@/lib/plural';
import type { AgentDirectory, AgentRow } from '../agent-directory';
import { BulkMembershipImpact } from './bulk-membership-impact';
import { groupsFor, planBulkMembership, type BulkMembershipAction } from './bulk-membership-plan';
import { BulkRunView, useBulkMembershipRun } from './bulk-membership-run';

export const ACTION_LABELS: Record<BulkMembershipAction, string> = {
  add: 'Add to group…',
  remove: 'Remove from group…',
  'take-calls': 'Take calls for…',
  'stop-calls': 'Stop taking calls for…',
};

const CONFIRM: Record<BulkMembershipAction, string> = { add: 'Add', remove: 'Remove', 'take-calls': 'Take calls', 'stop-calls': 'Stop taking calls' };

function titleOf(action: BulkMembershipAction, count: number): string {
  const who = plural(count, 'agent');
  if (action === 'add') return `Add ${who} to groups`;
  if (action === 'remove') return `Remove ${who} from groups`;
  if (action === 'take-calls') return `Let ${who} take calls for groups`;
  return `Stop ${who} taking calls for groups`;
}

/** At most this many groups are offered at once in the field; typing narrows them (2,000 groups stay quick). */
const OFFERED = 50;

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

interface BulkMembershipProps {
  action: BulkMembershipAction | null;
  agents: AgentRow[];
  directory: AgentDirectory;
  memberships: AccountMemberships;
  groups: Group[];
  onClose: () => void;
}

/**
 * A bulk action on the ticked agents: pick the groups (and, to add, whether they take calls), see the
 * impact worked out from the directory, confirm once, then watch the run and its report in the same
 * dialog (it cannot be closed while the run goes on).
 */
export function BulkMembershipDialog({ action, ...rest }: BulkMembershipProps) {
  return (
    <RunningDialog opened={action !== null} onClose={rest.onClose} title={action ? titleOf(action, rest.agents.length) : ''}>
      {(runner) =>
        action && (
          <BulkMembershipForm action={action} {...rest} runner={runner} />
        )
      }
    </RunningDialog>
  );
}

const bulkMembershipSchema = z.object({
  groupIds: z.array(z.string()).check(z.minLength(1, 'Pick at least one group.')),
  takesCalls: z.boolean(),
});
type BulkMembershipFields = z.infer<typeof bulkMembershipSchema>;

function BulkMembershipForm({
  action,
  agents,
  directory,
  memberships,
  groups,
  onClose,
  runner,
}: Omit<BulkMembershipProps, 'action'> & { action: BulkMembershipAction; runner: Runner }) {
  const form = useForm<BulkMembershipFields>({
    resolver: zodResolver(bulkMembershipSchema),
    defaultValues: { groupIds: [], takesCalls: true },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const groupIds = form.watch('groupIds');
  const takesCalls = form.watch('takesCalls');
  const execution = useBulkMembershipRun(runner);
  const options = useMemo(
    () =>
      groupsFor(action, groups, agents)
        .sort((a, b) => byName.compare(a.name, b.name))
        .map((g) => ({ value: g.id, label: g.active ? g.name : `${g.name} (inactive)` })),
    [action, groups, agents],
  );
  const chosen = useMemo(() => {
    const byId = new Map(groups.map((g) => [g.id, g]));
    return groupIds.flatMap((id) => byId.get(id) ?? []);
  }, [groups, groupIds]);
  const plan = useMemo(
    () => planBulkMembership(directory, memberships, action, chosen, agents, takesCalls),
    [directory, memberships, action, chosen, agents, takesCalls],
  );

  if (execution.state) return <BulkRunView state={execution.state} onCancel={execution.cancel} onRetry={execution.retry} onClose={onClose} />;

  const names = agents.slice(0, 3).map((r) => r.agent.name);
  const more = agents.length - names.length;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(() => {
        // The plan as confirmed is what runs; the runner sends it once however often this is pressed.
        if (plan.changes.length > 0) void execution.start(plan.changes);
      })}
    >
      <Stack>
        <Text size="sm">
          {names.join(', ')}
          {more > 0 && ` and ${more} more`}.
        </Text>
        <Controller
          control={form.control}
          name="groupIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              ref={field.ref}
              label="Group"
              description={action === 'add' ? 'One or more groups.' : 'One or more of the groups they are in.'}
              placeholder={field.value.length === 0 ? 'Type to find a group' : undefined}
              data={options}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              searchable
              limit={OFFERED}
              nothingFoundMessage={options.length === 0 ? 'None of them is in a group' : 'No group matches'}
              maxDropdownHeight={240}
              data-autofocus
            />
          )}
        />
        {action === 'add' && (
          <Controller
            control={form.control}
            name="takesCalls"
            render={({ field }) => (
              <Switch ref={field.ref} label="Takes calls" checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} onBlur={field.onBlur} />
            )}
          />
        )}
        {chosen.length > 0 && <BulkMembershipImpact action={action} plan={plan} takesCalls={takesCalls} />}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {/* With no group picked, pressing says so at the field; with groups that need no change, nothing to do. */}
          <Button type="submit" disabled={chosen.length > 0 && plan.changes.length === 0} loading={runner.running}>
            {CONFIRM[action]}
          </Button>
        </Row>
      </Stack>
    </form>
  );
}
