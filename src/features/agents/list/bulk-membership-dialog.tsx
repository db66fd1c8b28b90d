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
import { useNamespace } from '@/i18n/language-provider';
import { agents as agentsNs } from '@/i18n/namespaces/agents';
import type { AgentDirectory, AgentRow } from '../agent-directory';
import { BulkMembershipImpact } from './bulk-membership-impact';
import { groupsFor, planBulkMembership, type BulkMembershipAction } from './bulk-membership-plan';
import { BulkRunView, useBulkMembershipRun } from './bulk-membership-run';

/** Each action's words in the catalog (`actions.<key>`: its bar button, dialog title and confirm button). */
export const ACTION_KEYS = { add: 'add', remove: 'remove', 'take-calls': 'takeCalls', 'stop-calls': 'stopCalls' } as const satisfies Record<
  BulkMembershipAction,
  string
>;

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
  const t = useNamespace(agentsNs);
  return (
    <RunningDialog opened={action !== null} onClose={rest.onClose} title={action ? t(`actions.${ACTION_KEYS[action]}.title`, { count: rest.agents.length }) : ''}>
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
  const t = useNamespace(agentsNs);
  // The schema has one rule (a group picked): its message is said in the language on screen.
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
        .map((g) => ({ value: g.id, label: g.active ? g.name : t('dialog.inactiveOption', { name: g.name }) })),
    [action, groups, agents, t],
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
          {more > 0 ? t('dialog.namesAndMore', { names: names.join(', '), more }) : t('dialog.names', { names: names.join(', ') })}
        </Text>
        <Controller
          control={form.control}
          name="groupIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              ref={field.ref}
              label={t('dialog.groupLabel')}
              description={action === 'add' ? t('dialog.descriptionAdd') : t('dialog.descriptionOther')}
              placeholder={field.value.length === 0 ? t('dialog.placeholder') : undefined}
              data={options}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error ? t('dialog.pickOne') : undefined}
              searchable
              limit={OFFERED}
              nothingFoundMessage={options.length === 0 ? t('dialog.noneInGroup') : t('dialog.noMatch')}
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
              <Switch ref={field.ref} label={t('dialog.takesCalls')} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} onBlur={field.onBlur} />
            )}
          />
        )}
        {chosen.length > 0 && <BulkMembershipImpact action={action} plan={plan} takesCalls={takesCalls} />}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
          {/* With no group picked, pressing says so at the field; with groups that need no change, nothing to do. */}
          <Button type="submit" disabled={chosen.length > 0 && plan.changes.length === 0} loading={runner.running}>
            {t(`actions.${ACTION_KEYS[action]}.confirm`)}
          </Button>
        </Row>
      </Stack>
    </form>
  );
}
