/**
 * The agents a bulk deactivation or deletion affects, counted while its confirmation is open. A few
 * groups: their members, read three at a time. Many: the list's agent counts, with no request at all
 * (one request per group would flood DeepCall). Closing the confirmation stops the reading at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { getGroupMembership } from '@/api/members';
import type { Group } from '@/api/types';
import { runQueue } from '@/lib/run-queue';
import { useSignedIn } from '@/features/session/signed-in';
import { takingCalls } from '@/features/change-record/membership-diff';
import { groupQueries } from '../queries';

/** Up to this many groups, each group's members are read (who takes calls is known only from them). */
export const COUNT_EACH_UP_TO = 25;
/** Reads at once while counting: quick for a supervisor, gentle on the DeepCall API. */
export const COUNT_CONCURRENCY = 3;

export type BulkImpact =
  | { state: 'counting' }
  /** Not known: the reads failed (`error`: the first failure, if the query itself failed), or the list carries no agent counts. */
  | { state: 'unknown'; reason: 'noListCounts' | 'noneRead' | 'error'; error?: Error }
  /** `receiving` is null when counted from the list, which does not say who takes calls. */
  | { state: 'counted'; agents: number; receiving: number | null; uncounted: number };

export function useBulkImpact(groups: Group[], wanted: boolean): { impact: BulkImpact; stop: () => Promise<void> } {
  const ctx = useSignedIn();
  const client = useQueryClient();
  const fromList = groups.length > COUNT_EACH_UP_TO;
  // Keyed by the ids' text: the same selection read again (a list refresh) is the same count, not a new one.
  const ids = JSON.stringify(groups.map((g) => g.id));
  const queryKey = useMemo(() => [...groupQueries.all(ctx.account), 'bulk-impact', ids] as const, [ctx.account, ids]);
  const read = useQuery({
    queryKey,
    enabled: wanted && !fromList,
    // Counted again each time the confirmation opens: the members may have changed meanwhile.
    gcTime: 0,
    staleTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    queryFn: async ({ signal }) => {
      const results = await runQueue(JSON.parse(ids) as string[], COUNT_CONCURRENCY, (id) => getGroupMembership(ctx.api, id, signal), { signal });
      let agents = 0;
      let receiving = 0;
      let uncounted = 0;
      for (const result of results.values()) {
        if (result.status === 'rejected') {
          uncounted += 1;
          continue;
        }
        agents += result.value.members.length;
        receiving += takingCalls(result.value.members);
      }
      return { agents, receiving, uncounted };
    },
  });
  const stop = useCallback(() => client.cancelQueries({ queryKey }), [client, queryKey]);

  const impact = useMemo((): BulkImpact => {
    if (fromList) {
      let agents = 0;
      let uncounted = 0;
      for (const g of groups) {
        if (g.agentCount === undefined) uncounted += 1;
        else agents += g.agentCount;
      }
      if (uncounted === groups.length) return { state: 'unknown', reason: 'noListCounts' };
      return { state: 'counted', agents, receiving: null, uncounted };
    }
    if (read.data) {
      if (read.data.uncounted === groups.length) return { state: 'unknown', reason: 'noneRead' };
      return { state: 'counted', ...read.data };
    }
    if (read.isError) return { state: 'unknown', reason: 'error', error: read.error };
    return { state: 'counting' };
  }, [fromList, groups, read.data, read.isError, read.error]);

  return { impact, stop };
}
