import { Alert, Button, Group as Row, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Group } from '@/api/types';
import { LoadError } from '@/lib/load-error';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';
import type { RowSelection } from '@/lib/use-row-selection';
import type { StatusFilter } from './filter-groups';
import { GroupTable } from './group-table';
import type { ListSort, SortColumn } from './list-order';

/**
 * Below the search field and the bulk bar: one of the list's view states. The first load
 * can be stopped, can fail, or can find no groups; once loaded, a search and the status filter
 * show their matches, in the order chosen.
 */
export function GroupListBody({
  list,
  onCancelLoad,
  term,
  status,
  shown,
  selection,
  sort,
  onSort,
  onSortIntent,
  withCreated,
  onDelete,
  onCreate,
  onClearSearch,
  onShowAll,
}: {
  list: UseQueryResult<Group[]>;
  onCancelLoad: () => void;
  term: string;
  status: StatusFilter;
  /** The groups matching `term` and `status`, in the order shown. */
  shown: Group[];
  selection: RowSelection;
  sort: ListSort | null;
  onSort: (column: SortColumn) => void;
  onSortIntent: () => void;
  withCreated: boolean;
  onDelete: (group: Group) => void;
  onCreate: () => void;
  onClearSearch: () => void;
  /** Ends the status filter. */
  onShowAll: () => void;
}) {
  const t = useNamespace(groupsList);
  if (list.isPending && list.fetchStatus === 'idle') return <LoadCancelled onLoad={() => list.refetch()} />;
  if (list.isPending) return <Loading onCancel={onCancelLoad} />;
  if (list.data === undefined) {
    return <LoadError title={t('body.loadFailed')} error={list.error} retrying={list.isFetching} onRetry={() => list.refetch()} />;
  }
  const total = list.data.length;
  if (total === 0) return <NoGroupsYet onCreate={onCreate} />;
  const searched = term.trim();
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {searched || status !== 'all' ? t('body.matching', { shown: shown.length, total }) : t('body.total', { count: total })}
      </Text>
      {shown.length === 0 ? (
        <NoMatches term={searched} status={status} onClear={onClearSearch} onShowAll={onShowAll} onCreate={onCreate} />
      ) : (
        <GroupTable groups={shown} onDelete={onDelete} selection={selection} sort={sort} onSort={onSort} onSortIntent={onSortIntent} withCreated={withCreated} />
      )}
    </>
  );
}

function LoadCancelled({ onLoad }: { onLoad: () => void }) {
  const t = useNamespace(groupsList);
  return (
    <Alert color="gray" title={t('body.stoppedTitle')} role="status">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('body.stoppedBody')}</Text>
        <Button size="xs" variant="default" onClick={onLoad}>
          {t('body.load')}
        </Button>
      </Stack>
    </Alert>
  );
}

function Loading({ onCancel }: { onCancel: () => void }) {
  const t = useNamespace(groupsList);
  return (
    <Row gap="sm" role="status">
      <Loader size="sm" />
      <Text>{t('body.loading')}</Text>
      {/* A slow server should not hold the supervisor hostage. */}
      <Button size="xs" variant="subtle" onClick={onCancel}>
        {t('body.cancel')}
      </Button>
    </Row>
  );
}

function NoGroupsYet({ onCreate }: { onCreate: () => void }) {
  const t = useNamespace(groupsList);
  return (
    <Stack align="flex-start" gap="xs">
      <Text fw={600}>{t('body.emptyTitle')}</Text>
      <Text size="sm" c="dimmed">
        {t('body.emptyBody')}
      </Text>
      <Button variant="light" onClick={onCreate}>
        {t('body.create')}
      </Button>
    </Stack>
  );
}

function NoMatches({
  term,
  status,
  onClear,
  onShowAll,
  onCreate,
}: {
  term: string;
  status: StatusFilter;
  onClear: () => void;
  onShowAll: () => void;
  onCreate: () => void;
}) {
  const t = useNamespace(groupsList);
  return (
    <Stack align="flex-start" gap="xs">
      <Text fw={600}>{term ? t('body.noMatchTerm', { status, term }) : t('body.noMatch', { status })}</Text>
      <Row gap="xs">
        {term && (
          <Button variant="default" onClick={onClear}>
            {t('body.clearSearch')}
          </Button>
        )}
        {status !== 'all' && (
          <Button variant="default" onClick={onShowAll}>
            {t('body.showAll')}
          </Button>
        )}
        <Button variant="light" onClick={onCreate}>
          {t('body.create')}
        </Button>
      </Row>
    </Stack>
  );
}
