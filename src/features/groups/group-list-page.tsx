import { Alert, Button, Group as Row, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { navigate, useLocationSnapshot } from '@/lib/navigation';
import type { Group } from '@/api/schemas';
import { DeleteGroupDialog } from './delete-group-dialog';
import { buildSearchIndex, filterGroups } from './filter-groups';
import { BulkActions } from './bulk-actions';
import { GroupTable, type Selection } from './group-table';
import { NewGroupDialog } from './new-group-dialog';
import { SearchBox } from './search-box';
import { useSearchScheduling } from './use-search-scheduling';
import { groupQueries} from './queries';
import { useSignedIn } from '@/features/session/signed-in';

const URL_DELAY_MS = 300;

export function GroupListPage() {
  const ctx = useSignedIn();
  const list = useQuery(groupQueries.list(ctx));
  const queryClient = useQueryClient();
  const location = useLocationSnapshot();
  const urlTerm = new URLSearchParams(location.search).get('q') ?? '';
  const [term, setTerm] = useState(urlTerm);
  // The search field shows what it is typed into; from outside (Clear search, a link to ?q=) it is set.
  const [fieldValue, setFieldValue] = useState({ term: urlTerm });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Group | null>(null);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const scheduleSearch = useSearchScheduling(term);

  // ?q= waiting to be written to the address, and when (see changeTerm).
  const pendingUrlTerm = useRef<string | null>(null);
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A link to /groups?q=… while the page is open: follow it. Our own writes carry a flag and are ignored,
  // so a URL update that lands after the next keystroke never overwrites what is being typed.
  const fromSearchBox = (location.state as { fromSearchBox?: boolean } | null)?.fromSearchBox === true;
  useEffect(() => {
    if (fromSearchBox) return;
    // The link wins over a term typed just before and not yet written to the address.
    clearTimeout(urlTimer.current);
    pendingUrlTerm.current = null;
    setTerm(urlTerm);
    setFieldValue({ term: urlTerm });
  }, [location, fromSearchBox, urlTerm]);

  // The address gets ?q= once typing pauses (or the field loses focus): a URL write costs
  // Chromium several ms, and a router navigation re-renders the whole signed-in frame.
  const flushUrl = useCallback(() => {
    clearTimeout(urlTimer.current);
    const value = pendingUrlTerm.current;
    if (value === null) return;
    pendingUrlTerm.current = null;
    // replace: typing is not history; back leaves the list rather than undoing letters.
    const url = new URL(window.location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    navigate(url.pathname + url.search, { replace: true, state: { fromSearchBox: true } });
  }, []);
  useEffect(
    () => () => {
      // Leaving the list (a link, Sign out) drops a term not yet written, so it never lands on another page's URL.
      clearTimeout(urlTimer.current);
      pendingUrlTerm.current = null;
    },
    [],
  );
  const changeTerm = useCallback(
    (value: string) => {
      scheduleSearch(value, () => setTerm(value));
      pendingUrlTerm.current = value;
      clearTimeout(urlTimer.current);
      urlTimer.current = setTimeout(flushUrl, URL_DELAY_MS);
    },
    [flushUrl, scheduleSearch],
  );
  const setTermFromOutside = useCallback(
    (value: string) => {
      setFieldValue({ term: value });
      changeTerm(value);
    },
    [changeTerm],
  );
  const openCreate = useCallback(() => setCreating(true), []);
  const closeCreate = useCallback(() => setCreating(false), []);
  const closeDelete = useCallback(() => setDeleting(null), []);
  const keepFailedSelected = useCallback((failedIds: string[]) => setSelectedIds(new Set(failedIds)), []);
  const clearSelection = useCallback(() => setSelectedIds(new Set()), []);

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
    ['n', () => setCreating(true)],
  ]);

  const index = useMemo(() => buildSearchIndex(list.data ?? []), [list.data]);
  // `term` changes with the keystroke, or in a transition on a slow device (useSearchScheduling).
  const visible = useMemo(() => filterGroups(index, term), [index, term]);
  const total = list.data?.length ?? 0;

  const anchor = useRef<number | null>(null);
  const selection = useMemo<Selection>(
    () => ({
      ids: selectedIds,
      toggle: (index, range) => {
        const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index;
        const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index;
        const target = !selectedIds.has(visible[index].id);
        const next = new Set(selectedIds);
        for (let i = from; i <= to; i++) {
          if (target) next.add(visible[i].id);
          else next.delete(visible[i].id);
        }
        anchor.current = index;
        setSelectedIds(next);
      },
      toggleAll: () => {
        const allShown = visible.length > 0 && visible.every((g) => selectedIds.has(g.id));
        const next = new Set(selectedIds);
        for (const g of visible) {
          if (allShown) next.delete(g.id);
          else next.add(g.id);
        }
        setSelectedIds(next);
      },
    }),
    [selectedIds, visible],
  );
  // Selected groups that still exist, in list order.
  const selectedGroups = useMemo(() => (list.data ?? []).filter((g) => selectedIds.has(g.id)), [list.data, selectedIds]);

  return (
    <Stack gap="md">
      {header}
      <SearchBox value={fieldValue} onChange={changeTerm} onBlur={flushUrl} inputRef={searchRef} />
      <BulkActions selected={selectedGroups} onDone={keepFailedSelected} onClear={clearSelection} />
      {list.isPending && list.fetchStatus === 'idle' ? (
        <Alert color="gray" title="Loading stopped" role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">The list was not loaded because you cancelled it.</Text>
            <Button size="xs" variant="default" onClick={() => list.refetch()}>
              Load groups
            </Button>
          </Stack>
        </Alert>
      ) : list.isPending ? (
        <Row gap="sm" role="status">
          <Loader size="sm" />
          <Text>Loading groups…</Text>
          {/* A slow server should not hold the supervisor hostage. */}
          <Button size="xs" variant="subtle" onClick={() => queryClient.cancelQueries({ queryKey: groupQueries.list(ctx).queryKey })}>
            Cancel
          </Button>
        </Row>
      ) : list.data === undefined ? (
        <Alert color="red" title="Could not load groups" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{list.error?.message ?? 'The list could not be loaded.'}</Text>
            <Button size="xs" variant="default" onClick={() => list.refetch()} loading={list.isFetching}>
              Retry
            </Button>
          </Stack>
        </Alert>
      ) : total === 0 ? (
        <Stack align="flex-start" gap="xs">
          <Text fw={600}>No groups yet</Text>
          <Text size="sm" c="dimmed">
            Groups decide which agents take which calls. Create the first one to get started.
          </Text>
          <Button variant="light" onClick={() => setCreating(true)}>
            Create a group
          </Button>
        </Stack>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {term.trim() ? `${visible.length} of ${total} groups match` : `${total} groups`}
          </Text>
          {visible.length === 0 ? (
            <Stack align="flex-start" gap="xs">
              <Text fw={600}>No groups match “{term.trim()}”</Text>
              <Row gap="xs">
                <Button variant="default" onClick={() => setTermFromOutside('')}>
                  Clear search
                </Button>
                <Button variant="light" onClick={() => setCreating(true)}>
                  Create a group
                </Button>
              </Row>
            </Stack>
          ) : (
            <GroupTable groups={visible} onDelete={setDeleting} selection={selection} />
          )}
        </>
      )}
      <NewGroupDialog opened={creating} onClose={closeCreate} />
      <DeleteGroupDialog group={deleting} onClose={closeDelete} />
    </Stack>
  );
}

export default GroupListPage;
