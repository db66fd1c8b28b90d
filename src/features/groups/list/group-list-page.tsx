import { Button, Group as Row, Stack, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Group } from '@/api/types';
import { useSignedIn } from '@/features/session/signed-in';
import { useNamespace } from '@/i18n/language-provider';
import { groupsList } from '@/i18n/namespaces/groupsList';
import { SearchBox } from '@/lib/search-box';
import { useRowSelection } from '@/lib/use-row-selection';
import { BulkActions } from './bulk-actions';
import { GroupListBody } from './group-list-body';
import { groupRowId } from './group-table';
import { ExportCsvButton, StatusFilterControl } from './list-controls';
import controls from './list-controls.module.css';
import { groupQueries } from '../queries';
import { useListView } from './use-list-view';
import { useSearchTermInAddress } from './use-search-term-in-address';
import { lazyDialog } from '@/lib/lazy-dialog';

/** Fetched the first time a row's Delete asks (src/lib/lazy-dialog.tsx), with the group page's words it speaks in. */
const DeleteGroupDialog = lazyDialog(() => import('../edit/delete-group-dialog'), {
  isOpen: (p) => p.group !== null,
  closed: (p) => ({ ...p, group: null }),
  dismiss: (p) => p.onClose(),
});

// Fetched when New group is pressed: its form library (react-hook-form + zod) stays off the list's first download.
const NewGroupDialog = lazy(() => import('../edit/new-group-dialog').then((m) => ({ default: m.NewGroupDialog })));

export function GroupListPage() {
  const t = useNamespace(groupsList);
  const ctx = useSignedIn();
  const list = useQuery(groupQueries.list(ctx));
  const queryClient = useQueryClient();
  const search = useSearchTermInAddress();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Group | null>(null);

  const view = useListView(list.data, search);
  const { shown, status, showStatus } = view;
  const { selection, selected, notShown, keepOnly, clear } = useRowSelection(list.data, shown, groupRowId);
  // Read when Export CSV is clicked, so typing never redraws the button.
  const shownNow = useRef(shown);
  useLayoutEffect(() => {
    shownNow.current = shown;
  }, [shown]);
  const exportRows = useCallback(() => shownNow.current, []);

  const openCreate = useCallback(() => setCreating(true), []);
  const closeCreate = useCallback(() => setCreating(false), []);
  const closeDelete = useCallback(() => setDeleting(null), []);
  const { set: setTerm } = search;
  const clearSearch = useCallback(() => setTerm(''), [setTerm]);
  const showAll = useCallback(() => showStatus('all'), [showStatus]);
  const cancelLoad = useCallback(() => queryClient.cancelQueries({ queryKey: groupQueries.list(ctx).queryKey }), [queryClient, ctx]);

  // Built once: the page re-renders on every search keystroke, its heading need not.
  const header = useMemo(
    () => (
      <Row justify="space-between" align="flex-end">
        <Title order={1}>{t('page.title')}</Title>
        <Button onClick={openCreate}>{t('page.newGroup')}</Button>
      </Row>
    ),
    [openCreate, t],
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
      <div className={controls.toolbar}>
        <div className={controls.search}>
          <SearchBox label={t('page.searchLabel')} placeholder={t('page.searchPlaceholder')} value={search.field} onChange={search.type} onBlur={search.flush} inputRef={searchRef} />
        </div>
        {/* Mounted before the list arrives: mounting them with the first rows cost those rows ~5 ms (npm run bench). */}
        <StatusFilterControl value={status} counts={list.data === undefined ? null : view.counts} onChange={showStatus} />
        <ExportCsvButton rows={exportRows} disabled={shown.length === 0} />
      </div>
      <BulkActions selected={selected} notShown={notShown} onDone={keepOnly} onClear={clear} />
      <GroupListBody
        list={list}
        onCancelLoad={cancelLoad}
        term={search.term}
        status={status}
        shown={shown}
        selection={selection}
        sort={view.sort}
        onSort={view.sortBy}
        onSortIntent={view.prepareSort}
        withCreated={view.withCreated}
        onDelete={setDeleting}
        onCreate={openCreate}
        onClearSearch={clearSearch}
        onShowAll={showAll}
      />
      {creating && (
        <Suspense fallback={null}>
          <NewGroupDialog opened onClose={closeCreate} />
        </Suspense>
      )}
      <DeleteGroupDialog group={deleting} onClose={closeDelete} />
    </Stack>
  );
}

export default GroupListPage;
