import { Button, Group as Row, Stack, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Group } from '@/api/schemas';
import { useSignedIn } from '@/features/session/signed-in';
import { BulkActions } from './bulk-actions';
import { DeleteGroupDialog } from './delete-group-dialog';
import { buildSearchIndex, filterGroups } from './filter-groups';
import { GroupListBody } from './group-list-body';
import { NewGroupDialog } from './new-group-dialog';
import { groupQueries } from './queries';
import { SearchBox } from './search-box';
import { useGroupSelection } from './use-group-selection';
import { useSearchTermInAddress } from './use-search-term-in-address';

export function GroupListPage() {
  const ctx = useSignedIn();
  const list = useQuery(groupQueries.list(ctx));
  const queryClient = useQueryClient();
  const search = useSearchTermInAddress();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Group | null>(null);

  const index = useMemo(() => buildSearchIndex(list.data ?? []), [list.data]);
  const shown = useMemo(() => filterGroups(index, search.term), [index, search.term]);
  const { selection, selected, keepOnly, clear } = useGroupSelection(list.data, shown);

  const openCreate = useCallback(() => setCreating(true), []);
  const closeCreate = useCallback(() => setCreating(false), []);
  const closeDelete = useCallback(() => setDeleting(null), []);
  const { set: setTerm } = search;
  const clearSearch = useCallback(() => setTerm(''), [setTerm]);
  const cancelLoad = useCallback(() => queryClient.cancelQueries({ queryKey: groupQueries.list(ctx).queryKey }), [queryClient, ctx]);

  // Built once: the page re-renders on every search keystroke, its heading need not.
  const header = useMemo(
    () => (
      <Row justify="space-between" align="flex-end">
        <Title order={1}>Groups</Title>
        <Button onClick={openCreate}>New group</Button>
      </Row>
    ),
    [openCreate],
  );

  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['slash', () => searchRef.current?.focus()],
    ['n', openCreate],
  ]);

  return (
    <Stack gap="md">
      {header}
      <SearchBox value={search.field} onChange={search.type} onBlur={search.flush} inputRef={searchRef} />
      <BulkActions selected={selected} onDone={keepOnly} onClear={clear} />
      <GroupListBody
        list={list}
        onCancelLoad={cancelLoad}
        term={search.term}
        shown={shown}
        selection={selection}
        onDelete={setDeleting}
        onCreate={openCreate}
        onClearSearch={clearSearch}
      />
      <NewGroupDialog opened={creating} onClose={closeCreate} />
      <DeleteGroupDialog group={deleting} onClose={closeDelete} />
    </Stack>
  );
}

export default GroupListPage;
