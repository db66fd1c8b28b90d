import { Button, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Group } from '@/api/types';
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
  return (
    <table className={`${table.table} ${styles.groups}`} aria-label="Their groups">
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col" className={styles.callsColumn}>
            Takes calls
          </th>
          <th scope="col" className={styles.actionsColumn}>
            <VisuallyHidden>Actions</VisuallyHidden>
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
          <span className={group.active ? undefined : controls.inactive}>{group.active ? 'Active' : 'Inactive'}</span>
          {change && <span className={styles.unsaved}>{change === 'joins' ? 'joins when saved' : 'not saved'}</span>}
        </span>
      </td>
      <td>
        {receivesCalls !== undefined ? (
          <span className={controls.status}>
            <input
              type="checkbox"
              role="switch"
              className={controls.switch}
              aria-label={`Takes calls for ${group.name}`}
              checked={receivesCalls}
              onChange={(event) => onCalls(group, receivesCalls, event.currentTarget.checked)}
            />
            <span className={`${controls.statusText} ${receivesCalls ? '' : controls.inactive}`}>{receivesCalls ? 'Yes' : 'No'}</span>
          </span>
        ) : members.isError ? (
          <Button size="compact-xs" variant="subtle" onClick={() => members.refetch()} aria-label={`Could not check the calls for ${group.name}: retry`}>
            Retry
          </Button>
        ) : members.data ? (
          <span className={controls.inactive}>No longer in it</span>
        ) : (
          <span className={controls.inactive} role="status">
            Checking…
          </span>
        )}
      </td>
      <td>
        <button
          type="button"
          className={controls.delete}
          aria-label={`Remove from ${group.name}`}
          data-remove={group.id}
          onClick={() => onRemove(group, receivesCalls)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
