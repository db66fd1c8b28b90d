import { VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import type { GroupMember } from '@/api/types';
import classes from '@/lib/data-table.module.css';
import controls from '../list/group-table.module.css';
import rowControls from '@/lib/table-controls.module.css';
import styles from './members.module.css';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';

/** An email that may wrap after its @ (the column is narrow); a dash when there is none. */
function Email({ address }: { address: string | undefined }) {
  if (!address) return <>—</>;
  const at = address.indexOf('@');
  if (at < 0) return <>{address}</>;
  return (
    <>
      {address.slice(0, at + 1)}
      <wbr />
      {address.slice(at + 1)}
    </>
  );
}

/** Plain elements, like the groups table: a group of 500 members stays quick to draw. */
export const MembersTable = memo(function MembersTable({
  members,
  ticked,
  onTick,
  onCalls,
  onRemove,
}: {
  members: GroupMember[];
  ticked: ReadonlySet<string>;
  onTick: (agentId: string, on: boolean) => void;
  onCalls: (agentId: string, receivesCalls: boolean) => void;
  onRemove: (agentId: string) => void;
}) {
  const t = useNamespace(groupEdit);
  return (
    <table className={`${classes.table} ${styles.members}`} role="table" aria-label={t('table.label')}>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            <VisuallyHidden>{t('table.select')}</VisuallyHidden>
          </th>
          <th scope="col" role="columnheader" className={styles.agent}>
            {t('table.agent')}
          </th>
          <th scope="col" role="columnheader" className={styles.emailColumn}>
            {t('table.email')}
          </th>
          <th scope="col" role="columnheader">
            {t('table.takesCalls')}
          </th>
          <th scope="col" role="columnheader">
            <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {members.map((m) => (
          <tr key={m.agentId} role="row">
            <td role="cell">
              <input
                type="checkbox"
                className={rowControls.checkbox}
                aria-label={t('table.selectOne', { name: m.name })}
                checked={ticked.has(m.agentId)}
                onChange={(event) => onTick(m.agentId, event.currentTarget.checked)}
              />
            </td>
            <td role="cell" className={styles.agent} title={m.name}>
              {m.name}
            </td>
            {/* Small and dimmed like the picker's addresses; its header looks like the others. */}
            <td role="cell" className={styles.emailColumn}>
              <Email address={m.email} />
            </td>
            <td role="cell">
              <span className={controls.status}>
                <input
                  type="checkbox"
                  role="switch"
                  className={controls.switch}
                  aria-label={t('table.takesCallsOne', { name: m.name })}
                  checked={m.receivesCalls}
                  onChange={(event) => onCalls(m.agentId, event.currentTarget.checked)}
                />
                <span className={`${controls.statusText} ${m.receivesCalls ? '' : controls.inactive}`}>{m.receivesCalls ? t('table.yes') : t('table.no')}</span>
              </span>
            </td>
            <td role="cell">
              <button type="button" className={controls.delete} aria-label={t('table.removeOne', { name: m.name })} data-remove={m.agentId} onClick={() => onRemove(m.agentId)}>
                {t('table.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
