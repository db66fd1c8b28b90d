import { Button, Group as Row, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import controls from '@/features/groups/list/list-controls.module.css';
import { useSearchTermInAddress } from '@/features/groups/list/use-search-term-in-address';
import { groupQueries } from '@/features/groups/queries';
import { useSignedIn } from '@/features/session/signed-in';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { SearchBox } from '@/lib/search-box';
import { useRowSelection } from '@/lib/use-row-selection';
import { useAgentDirectory } from '../agent-directory';
import { AgentsBody } from './agents-body';
import { AgentsBulkBar } from './agents-bulk-bar';
import { AgentsExportButton } from './agents-export-button';
import { AgentsFreshness } from './agents-freshness';
import { AgentsShowControl } from './agents-show-control';
import { agentRowId } from './agents-table';
import { useAgentsView } from './agents-view';
import { BulkMembershipDialog } from './bulk-membership-dialog';
import type { BulkMembershipAction } from './bulk-membership-plan';
import { CoveragePanel } from './coverage-panel';

/**
 * Every agent of the account with their groups, the account's coverage, and bulk membership changes.
 * Search and Show live in the address (?q=, ?show=, ?sort=) like the groups list's, so a coverage
 * count's link, a reload or a shared link shows the same rows.
 */
export default function AgentsPage() {
  const t = useNamespace(agents);
  const ctx = useSignedIn();
  const client = useQueryClient();
  const { directory, groups, memberships, reading, error, readAt, groupsQuery, membershipsQuery } = useAgentDirectory(ctx);
  const search = useSearchTermInAddress();
  const view = useAgentsView(directory?.rows, search);
  const { selection, selected, notShown, clear } = useRowSelection(directory?.rows, view.shown, agentRowId);
  const [action, setAction] = useState<BulkMembershipAction | null>(null);

  const refresh = useCallback(async () => {
    // The agents and the members read group by group are reused for 30 s; Refresh means read them again.
    await client.invalidateQueries({ queryKey: [...groupQueries.all(ctx.account), 'members'], refetchType: 'none' });
    await client.invalidateQueries({ queryKey: groupQueries.agents(ctx).queryKey, refetchType: 'none' });
    await Promise.all([
      client.invalidateQueries({ queryKey: groupQueries.list(ctx).queryKey }),
      client.invalidateQueries({ queryKey: groupQueries.memberships(ctx).queryKey }),
    ]);
  }, [client, ctx]);
  const retry = useCallback(() => {
    if (groupsQuery.isError) void groupsQuery.refetch();
    if (membershipsQuery.isError || groupsQuery.isError) void membershipsQuery.refetch();
  }, [groupsQuery, membershipsQuery]);

  const { set: setTerm } = search;
  const { showOnly } = view;
  const clearSearch = useCallback(() => setTerm(''), [setTerm]);
  const showAll = useCallback(() => showOnly('all'), [showOnly]);
  const closeDialog = useCallback(() => setAction(null), []);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['slash', () => searchRef.current?.focus()],
  ]);

  const incomplete = memberships ? memberships.groupsRead < memberships.groupsTotal : true;
  // Built apart from the rows: the page re-renders on every search keystroke, its header need not.
  const header = useMemo(
    () => (
      <Row justify="space-between" align="flex-end" gap="xs">
        <Title order={1}>{t('page.title')}</Title>
        <Row gap="xs">
          <Button component={Link} href="/agents/import" variant="default">
            {t('page.importCsv')}
          </Button>
          <AgentsExportButton groups={groups} directory={directory} memberships={memberships} disabled={incomplete} />
        </Row>
      </Row>
    ),
    [groups, directory, memberships, incomplete, t],
  );

  return (
    <Stack gap="md">
      {header}
      {memberships && (
        <AgentsFreshness
          memberships={memberships}
          reading={reading}
          fetching={membershipsQuery.fetchStatus === 'fetching'}
          readAt={readAt}
          onRefresh={() => void refresh()}
        />
      )}
      {directory && memberships && <CoveragePanel coverage={directory.coverage} memberships={memberships} />}
      <div className={controls.toolbar}>
        <div className={controls.search}>
          <SearchBox label={t('page.searchLabel')} placeholder={t('page.searchPlaceholder')} value={search.field} onChange={search.type} onBlur={search.flush} inputRef={searchRef} />
        </div>
        <AgentsShowControl value={view.show} onChange={showOnly} />
      </div>
      <AgentsBulkBar selected={selected.length} notShown={notShown} onAction={setAction} onClear={clear} />
      <AgentsBody
        directory={directory}
        error={error}
        incomplete={incomplete}
        retrying={groupsQuery.isFetching || membershipsQuery.isFetching}
        onRetry={retry}
        term={search.term}
        show={view.show}
        shown={view.shown}
        selection={selection}
        sort={view.sort}
        onSort={view.sortBy}
        onClearSearch={clearSearch}
        onShowAll={showAll}
      />
      {directory && memberships && groups && (
        <BulkMembershipDialog action={action} agents={selected} directory={directory} memberships={memberships} groups={groups} onClose={closeDialog} />
      )}
    </Stack>
  );
}
