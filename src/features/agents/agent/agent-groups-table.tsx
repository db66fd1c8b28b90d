import { Button, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Group } from '@/api/types';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { useSignedIn } from '@/features/session/signed-in';
import controls from '@/features/groups/list/group-table.module.css';
import { groupQueries } from '@/features/groups/queries';
import table from '@/lib/data-table.module.css';
import type { ShownGroup } from './agent-groups-model';
import styles from './agent-page.module.css';

export interface RowActions {
  /** `was`: the setting as shown, always known (a switch is offered only then). */
  onCalls: (group: Group, was: boolean, receivesCalls: boolean) => void;
  onRemove: (group: Group, was: boolean | undefined) => void;
}

/** The agent's groups, each with its call switch and Remove. Plain elements, like the members table. */
export function AgentGroupsTable({ agentId, rows, ...actions }: { agentId: string; rows: ShownGroup[] } & RowActions) {
  const t = useNamespace(agents);
  return (
    <table className={`${table.table} ${styles.groups}`} aria-label={t('groupsTable.label')}>
      <thead>
        <tr>
          <th scope="col">{t('groupsTable.group')}</th>
          <th scope="col" className={styles.callsColumn}>
            {t('groupsTable.takesCalls')}
          </th>
          <th scope="col" className={styles.actionsColumn}>
            <VisuallyHidden>{t('groupsTable.actions')}</VisuallyHidden>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <AgentGroupRow key={row.group.id} agentId={agentId} row={row} {...actions} />
        ))}
      </tbody>
    </table>
  );
}

function AgentGroupRow({ agentId, row, onCalls, onRemove }: { agentId: string; row: ShownGroup } & RowActions) {
  const t = useNamespace(agents);
  const { group, change } = row;
  // Agent/list did not say whether they take this group's calls: the group's own relation does.
  const members = useQuery({ ...groupQueries.members(useSignedIn(), group.id), enabled: row.receivesCalls === undefined });
  const read = members.data?.members.find((m) => m.agentId === agentId);
  const receivesCalls = row.receivesCalls ?? read?.receivesCalls;
  return (
    <tr data-group={group.id}>
      <td className={styles.groupCell}>
        <Link href={`/groups/${encodeURIComponent(group.id)}`} className={controls.link}>
          {group.name}
        </Link>
        <span className={styles.facts}>
          <span className={group.active ? undefined : controls.inactive}>{group.active ? t('groupsTable.active') : t('groupsTable.inactive')}</span>
          {change && <span className={styles.unsaved}>{change === 'joins' ? t('groupsTable.joinsWhenSaved') : t('groupsTable.notSaved')}</span>}
        </span>
      </td>
      <td>
        {receivesCalls !== undefined ? (
          <span className={controls.status}>
            <input
              type="checkbox"
              role="switch"
              className={controls.switch}
              aria-label={t('groupsTable.callsFor', { name: group.name })}
              checked={receivesCalls}
              onChange={(event) => onCalls(group, receivesCalls, event.currentTarget.checked)}
            />
            <span className={`${controls.statusText} ${receivesCalls ? '' : controls.inactive}`}>{receivesCalls ? t('groupsTable.yes') : t('groupsTable.no')}</span>
          </span>
        ) : members.isError ? (
          <Button size="compact-xs" variant="subtle" onClick={() => members.refetch()} aria-label={t('groupsTable.retryLabel', { name: group.name })}>
            {t('groupsTable.retry')}
          </Button>
        ) : members.data ? (
          <span className={controls.inactive}>{t('groupsTable.noLongerIn')}</span>
        ) : (
          <span className={controls.inactive} role="status">
            {t('groupsTable.checking')}
          </span>
        )}
      </td>
      <td>
        <button
          type="button"
          className={controls.delete}
          aria-label={t('groupsTable.removeFrom', { name: group.name })}
          data-remove={group.id}
          onClick={() => onRemove(group, receivesCalls)}
        >
          {t('groupsTable.remove')}
        </button>
      </td>
    </tr>
  );
}
