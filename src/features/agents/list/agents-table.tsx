import { memo } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import table from '@/features/groups/list/group-table.module.css';
import { openLinkInPage, SelectAllHeader, SelectCell, SortHeader } from '@/lib/table-controls';
import type { RowSelection } from '@/lib/use-row-selection';
import { useWindowTableRows } from '@/lib/use-window-table-rows';
import { VirtualTableBody } from '@/lib/virtual-table-body';
import type { AgentGroup, AgentRow } from '../agent-directory';
import classes from './agents-table.module.css';
import type { AgentSort, AgentSortColumn } from './agents-view';

const ROW_HEIGHT = 53;

/** What the selection keeps of an agent's row. */
export const agentRowId = (row: AgentRow): string => row.agent.agentId;

/**
 * One row per agent, virtualized against the window scroll (5,000 agents keep about 40 rows in the
 * DOM), styled like the groups table and, like it, plain elements: every search keystroke redraws
 * the visible rows. A real <table> with spacer rows keeps row and column semantics.
 */
export const AgentsTable = memo(function AgentsTable({
  rows,
  selection,
  sort,
  onSort,
}: {
  rows: AgentRow[];
  selection: RowSelection;
  /** null: the server's order. */
  sort: AgentSort | null;
  onSort: (column: AgentSortColumn) => void;
}) {
  const t = useNamespace(agents);
  const { tableRef, items, before, after } = useWindowTableRows({ count: rows.length, estimateSize: () => ROW_HEIGHT, overscan: 5 });
  return (
    <table ref={tableRef} className={table.table} aria-rowcount={rows.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <SelectAllHeader rows={rows} idOf={agentRowId} selection={selection} label={t('table.selectAll')} />
          <SortHeader column="name" label={t('table.name')} sort={sort} onSort={onSort} />
          <SortHeader column="email" label={t('table.email')} sort={sort} onSort={onSort} className={table.narrowHidden} />
          <SortHeader column="groups" label={t('table.groups')} sort={sort} onSort={onSort} className={classes.groupsColumn} />
        </tr>
      </thead>
      <VirtualTableBody before={before} after={after}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            row && (
              // Keyed by position: a new search term updates the mounted rows in place (as the groups table).
              <AgentTableRow
                key={item.index}
                row={row}
                index={item.index}
                selected={selection.ids.has(row.agent.agentId)}
                onSelect={selection.toggle}
              />
            )
          );
        })}
      </VirtualTableBody>
    </table>
  );
});

const AgentTableRow = memo(function AgentTableRow({
  row,
  index,
  selected,
  onSelect,
}: {
  row: AgentRow;
  index: number;
  selected: boolean;
  onSelect: (agentId: string, range: boolean) => void;
}) {
  const t = useNamespace(agents);
  const { agent, groups } = row;
  return (
    <tr className={table.row} aria-rowindex={index + 2} aria-selected={selected}>
      <SelectCell id={agent.agentId} label={t('table.select', { name: agent.name })} selected={selected} onSelect={onSelect} />
      <td className={table.name}>
        <a className={table.link} href={`/agents/${encodeURIComponent(agent.agentId)}`} onClick={openLinkInPage} title={agent.name}>
          {agent.name}
        </a>
      </td>
      <td className={`${classes.email} ${table.narrowHidden}`} title={agent.email}>
        {agent.email ?? '—'}
      </td>
      <td className={classes.groups} title={groups.map((g) => describe(t, g)).join(', ')}>
        {groups.length === 0 ? <span className={classes.none}>{t('table.noGroup')}</span> : groups.map((g, i) => <GroupTag key={g.group.id} entry={g} last={i === groups.length - 1} />)}
      </td>
    </tr>
  );
});

type Translate = ReturnType<typeof useNamespace<'agents'>>;

function describe(t: Translate, { group, receivesCalls }: AgentGroup): string {
  if (receivesCalls === true) return t('table.groupTakesCalls', { name: group.name });
  return receivesCalls === undefined ? t('table.groupCallsUnknown', { name: group.name }) : group.name;
}

/** A group the agent is in; the phone marks the groups whose calls they take, a "?" those not known yet. */
function GroupTag({ entry, last }: { entry: AgentGroup; last: boolean }) {
  const t = useNamespace(agents);
  const { group, receivesCalls } = entry;
  return (
    <span className={classes.tag}>
      {group.name}
      {receivesCalls === true && (
        <span role="img" aria-label={t('table.takesCalls')} className={classes.calls}>
          ☎
        </span>
      )}
      {receivesCalls === undefined && (
        <span role="img" aria-label={t('table.callsUnknown')} className={classes.unknown}>
          ?
        </span>
      )}
      {!last && ', '}
    </span>
  );
}
