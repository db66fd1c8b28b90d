import { Button, Group as Row, Loader, Stack, Text } from '@mantine/core';
import { LoadError } from '@/lib/load-error';
import { plural } from '@/lib/plural';
import type { RowSelection } from '@/lib/use-row-selection';
import type { AgentDirectory, AgentRow } from '../agent-directory';
import { AgentsTable } from './agents-table';
import type { AgentSort, AgentSortColumn, ShowFilter } from './agents-view';

/**
 * Below the bulk bar: one of the view's states. The first load, its failure, an account without agents;
 * then the rows the search and Show let through (those found so far while groups are still read).
 */
export function AgentsBody({
  directory,
  error,
  incomplete,
  retrying,
  onRetry,
  term,
  show,
  shown,
  selection,
  sort,
  onSort,
  onClearSearch,
  onShowAll,
}: {
  directory: AgentDirectory | undefined;
  error: Error | null;
  /** The memberships are not all read (group by group, still going or stopped). */
  incomplete: boolean;
  retrying: boolean;
  onRetry: () => void;
  term: string;
  show: ShowFilter;
  shown: AgentRow[];
  selection: RowSelection;
  sort: AgentSort | null;
  onSort: (column: AgentSortColumn) => void;
  onClearSearch: () => void;
  onShowAll: () => void;
}) {
  if (!directory) {
    if (error) return <LoadError title="Could not load agents" error={error} retrying={retrying} onRetry={onRetry} />;
    return (
      <Row gap="sm" role="status">
        <Loader size="sm" />
        <Text>Loading agents…</Text>
      </Row>
    );
  }
  const total = directory.rows.length;
  const searched = term.trim();
  return (
    <>
      {/* A read that stopped half-way: the rows so far stay, and it says they are not all. */}
      {error && incomplete && (
        <LoadError title="Could not read every group’s members" error={error} retrying={retrying} onRetry={onRetry}>
          The agents below are those found before it stopped.
        </LoadError>
      )}
      {total === 0 ? (
        <Stack gap={4}>
          <Text fw={600}>No agents in this account</Text>
          <Text size="sm" c="dimmed">
            Agents are created in DeepCall; once they exist they appear here with their groups.
          </Text>
        </Stack>
      ) : (
        <>
          <Row justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {searched || show !== 'all' ? `${shown.length} of ${plural(total, 'agent')} shown` : plural(total, 'agent')}
            </Text>
            <Text size="sm" c="dimmed">
              <span aria-hidden="true">☎</span> takes calls for that group
            </Text>
          </Row>
          {shown.length === 0 ? (
            <NoMatches term={searched} show={show} onClear={onClearSearch} onShowAll={onShowAll} />
          ) : (
            <AgentsTable rows={shown} selection={selection} sort={sort} onSort={onSort} />
          )}
        </>
      )}
    </>
  );
}

const EMPTY_SHOW: Record<Exclude<ShowFilter, 'all'>, string> = {
  'no-group': 'Every agent is in a group',
  'no-calls': 'Every agent in a group takes calls for at least one',
};

function NoMatches({ term, show, onClear, onShowAll }: { term: string; show: ShowFilter; onClear: () => void; onShowAll: () => void }) {
  const title = term ? `No agents match “${term}”${show === 'all' ? '' : ' here'}` : show === 'all' ? 'No agents' : EMPTY_SHOW[show];
  return (
    <Stack align="flex-start" gap="xs">
      <Text fw={600}>{title}</Text>
      <Row gap="xs">
        {term && (
          <Button variant="default" onClick={onClear}>
            Clear search
          </Button>
        )}
        {show !== 'all' && (
          <Button variant="default" onClick={onShowAll}>
            Show all agents
          </Button>
        )}
      </Row>
    </Stack>
  );
}
