import { Alert, Button, Group as Row, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Group } from '@/api/types';
import { LoadError } from '@/lib/load-error';
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
  if (list.isPending && list.fetchStatus === 'idle') return <LoadCancelled onLoad={() => list.refetch()} />;
  if (list.isPending) return <Loading onCancel={onCancelLoad} />;
  if (list.data === undefined) {
    return <LoadError title="Could not load groups" error={list.error} retrying={list.isFetching} onRetry={() => list.refetch()} />;
  }
  const total = list.data.length;
  if (total === 0) return <NoGroupsYet onCreate={onCreate} />;
  const searched = term.trim();
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {searched || status !== 'all' ? `${shown.length} of ${total} groups match` : `${total} groups`}
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
  return (
    <Alert color="gray" title="Loading stopped" role="status">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">The list was not loaded because you cancelled it.</Text>
        <Button size="xs" variant="default" onClick={onLoad}>
          Load groups
        </Button>
      </Stack>
    </Alert>
  );
}

function Loading({ onCancel }: { onCancel: () => void }) {
  return (
    <Row gap="sm" role="status">
      <Loader size="sm" />
      <Text>Loading groups…</Text>
      {/* A slow server should not hold the supervisor hostage. */}
      <Button size="xs" variant="subtle" onClick={onCancel}>
        Cancel
      </Button>
    </Row>
  );
}

function NoGroupsYet({ onCreate }: { onCreate: () => void }) {
  return (
    <Stack align="flex-start" gap="xs">
      <Text fw={600}>No groups yet</Text>
      <Text size="sm" c="dimmed">
        Groups decide which agents take which calls. Create the first one to get started.
      </Text>
      <Button variant="light" onClick={onCreate}>
        Create a group
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
  const which = status === 'all' ? 'groups' : `${status} groups`;
  return (
    <Stack align="flex-start" gap="xs">
      <Text fw={600}>{term ? `No ${which} match “${term}”` : `No ${which}`}</Text>
      <Row gap="xs">
        {term && (
          <Button variant="default" onClick={onClear}>
            Clear search
          </Button>
        )}
        {status !== 'all' && (
          <Button variant="default" onClick={onShowAll}>
            Show all statuses
          </Button>
        )}
        <Button variant="light" onClick={onCreate}>
          Create a group
        </Button>
      </Row>
    </Stack>
  );
}
