/**
 * Who is in which group, account-wide: the Agents view, coverage and the CSV import read it.
 * From one Agent/list call when its entries carry each agent's groups; otherwise from every group's
 * relation, three at a time, handed out as it arrives (the query is a stream: the page shows what
 * it has so far and how far it got). Each group read that way lands in its own members query too.
 */
import { experimental_streamedQuery as streamedQuery, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';
import type { Agent, GroupMember } from '@/api/types';
import { runQueue } from '@/lib/run-queue';

export interface MembershipLink {
  agentId: string;
  groupId: string;
  /** Undefined: the source did not say (Agent/list without a flag); read the group's relation to know. */
  receivesCalls: boolean | undefined;
}

export interface AccountMemberships {
  /** The account's agents (Agent/list), and in the per-group mode any member Agent/list did not name. */
  agents: Agent[];
  links: MembershipLink[];
  /** 'agent-list': one Agent/list call said it all; 'per-group': each group's relation was read. */
  source: 'agent-list' | 'per-group';
  /** Groups whose membership is known so far, of how many (per-group; equal in the agent-list mode). */
  groupsRead: number;
  groupsTotal: number;
  /** Groups whose relation could not be read: their members are unknown, not "none". */
  unreadable: { groupId: string; message: string }[];
}

/** How many relations are read at once in the per-group mode: quick enough, gentle on DeepCall. */
const READ_CONCURRENCY = 3;
/** Groups read between two updates of the screen: fewer copies of a long list, still visibly moving. */
const CHUNK = 25;

interface Sources {
  /** The account's agents (Agent/list, through its query: the members editor's roster reads the same). */
  agents: () => Promise<Agent[]>;
  /** The group ids of the account (the list query). */
  groupIds: () => Promise<string[]>;
  /** One group's members (its members query). */
  members: (groupId: string) => Promise<GroupMember[]>;
}

function linksOf(agents: readonly Agent[]): MembershipLink[] {
  return agents.flatMap((agent) =>
    (agent.groups ?? []).map((g) => ({ agentId: agent.agentId, groupId: g.groupId, receivesCalls: g.receivesCalls })),
  );
}

/** The stream of ever more complete memberships; the last one holds them all. */
export async function* readAccountMemberships(sources: Sources, signal: AbortSignal): AsyncGenerator<AccountMemberships> {
  const agents = await sources.agents();
  if (agents.some((agent) => agent.groups !== undefined)) {
    const links = linksOf(agents);
    const total = new Set(links.map((l) => l.groupId)).size;
    yield { agents, links, source: 'agent-list', groupsRead: total, groupsTotal: total, unreadable: [] };
    return;
  }
  const ids = await sources.groupIds();
  const known = new Set(agents.map((a) => a.agentId));
  const state: AccountMemberships = { agents: [...agents], links: [], source: 'per-group', groupsRead: 0, groupsTotal: ids.length, unreadable: [] };
  const snapshot = (): AccountMemberships => ({ ...state, agents: [...state.agents], links: [...state.links], unreadable: [...state.unreadable] });
  yield snapshot();

  // The queue runs on its own; the generator hands out a snapshot every CHUNK groups and at the end.
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  let sinceLast = 0;
  let wake: (() => void) | undefined;
  const finished = runQueue(
    ids,
    READ_CONCURRENCY,
    async (groupId) => {
      try {
        for (const member of await sources.members(groupId)) {
          state.links.push({ agentId: member.agentId, groupId, receivesCalls: member.receivesCalls });
          if (!known.has(member.agentId)) {
            known.add(member.agentId);
            state.agents.push({ agentId: member.agentId, name: member.name, ...(member.email ? { email: member.email } : {}) });
          }
        }
      } catch (error) {
        // An ended session ends the read; a group gone meanwhile simply has no members to show.
        if (isApiError(error) && error.isSessionEnded) {
          stop.abort();
          throw error;
        }
        if (!(isApiError(error) && error.isGroupNotFound)) state.unreadable.push({ groupId, message: (error as Error).message });
      }
      state.groupsRead++;
      sinceLast++;
      wake?.();
    },
    { signal: stop.signal },
  ).then((results) => {
    for (const result of results.values()) if (result.status === 'rejected') throw result.reason;
  });
  let done = false;
  const ended = finished.finally(() => {
    done = true;
    wake?.();
  });
  while (!done) {
    await new Promise<void>((resolve) => (wake = resolve));
    if (sinceLast >= CHUNK && !done) {
      sinceLast = 0;
      yield snapshot();
    }
  }
  await ended;
  signal.throwIfAborted();
  yield snapshot();
}

/** The query's function: the stream, kept whole in the cache; a refetch keeps showing the last whole read until it ends. */
export function accountMembershipsQueryFn(sources: (client: QueryClient) => Sources) {
  return streamedQuery<AccountMemberships, AccountMemberships | null>({
    streamFn: ({ signal, client }) => readAccountMemberships(sources(client), signal),
    reducer: (_previous, next) => next,
    initialValue: null,
    refetchMode: 'replace',
  });
}
