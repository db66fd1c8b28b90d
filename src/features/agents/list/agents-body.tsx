import { Button, Group as Row, Loader, Stack, Text } from '@mantine/core';
import { LoadError } from '@/lib/load-error';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
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
  const t = useNamespace(agents);
  if (!directory) {
    if (error) return <LoadError title={t('body.loadFailed')} error={error} retrying={retrying} onRetry={onRetry} />;
    return (
      <Row gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('body.loading')}</Text>
      </Row>
    );
  }
  const total = directory.rows.length;
  const searched = term.trim();
  return (
    <>
      {/* A read that stopped half-way: the rows so far stay, and it says they are not all. */}
      {error && incomplete && (
        <LoadError title={t('body.partialFailed')} error={error} retrying={retrying} onRetry={onRetry}>
          {t('body.partialFailedBody')}
        </LoadError>
      )}
      {total === 0 ? (
        <Stack gap={4}>
          <Text fw={600}>{t('body.noAgents')}</Text>
          <Text size="sm" c="dimmed">
            {t('body.noAgentsBody')}
          </Text>
        </Stack>
      ) : (
        <>
          <Row justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {searched || show !== 'all' ? t('body.shownOf', { shown: shown.length, total }) : t('body.total', { total })}
            </Text>
            <Text size="sm" c="dimmed">
              <span aria-hidden="true">☎</span> {t('body.legend')}
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

function NoMatches({ term, show, onClear, onShowAll }: { term: string; show: ShowFilter; onClear: () => void; onShowAll: () => void }) {
  const t = useNamespace(agents);
  const empty = show === 'no-group' ? t('body.everyoneInGroup') : t('body.everyoneTakesCalls');
  const title = term ? t(show === 'all' ? 'body.noMatch' : 'body.noMatchHere', { term }) : show === 'all' ? t('body.none') : empty;
  return (
    <Stack align="flex-start" gap="xs">
      <Text fw={600}>{title}</Text>
      <Row gap="xs">
        {term && (
          <Button variant="default" onClick={onClear}>
            {t('body.clearSearch')}
          </Button>
        )}
        {show !== 'all' && (
          <Button variant="default" onClick={onShowAll}>
            {t('body.showAll')}
          </Button>
        )}
      </Row>
    </Stack>
  );
}
