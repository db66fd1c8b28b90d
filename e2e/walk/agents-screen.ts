import type { Page } from '@playwright/test';
import type { ServerAgent } from '../fixtures';
import type { Walk } from './walk';

/** One of an agent's groups as shown: its name and whether they take its calls (null: not known yet). */
export interface ShownGroup {
  name: string;
  calls: boolean | null;
}

export type ShowFilter = 'all' | 'no-group' | 'no-calls';

/** The Agents view as a supervisor reads it. */
export interface AgentsScreen {
  term: string;
  show: ShowFilter;
  rows: { id: string; name: string; groups: ShownGroup[] }[];
  /** The three counts as written ("3", "…"), and the uncovered groups named under "Which groups"; null: no Coverage region. */
  coverage: { uncovered: string | null; inNoGroup: string | null; takingNone: string | null; uncoveredNames: string[] } | null;
  messages: string[];
}

export async function readAgents(page: Page): Promise<AgentsScreen> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const term = document.querySelector<HTMLInputElement>('input[aria-label="Search agents"]')?.value ?? '';
    const checked = document.querySelector<HTMLInputElement>('[role="radiogroup"][aria-label="Show"] input:checked');
    const show = (checked?.value ?? 'all') as 'all' | 'no-group' | 'no-calls';
    const rows = [...(main?.querySelectorAll('tbody tr') ?? [])].flatMap((row) => {
      const link = row.querySelector<HTMLAnchorElement>('a[href^="/agents/"]');
      const cell = row.querySelectorAll('td')[3];
      if (!link || !cell) return [];
      // Each group is a span whose first text is its name; its marks are elements inside it, named by their text or label.
      const groups = cell.getAttribute('title')
        ? [...cell.children].map((tag) => {
            const marks = [...tag.querySelectorAll('*')].map((mark) => `${mark.getAttribute('aria-label') ?? ''} ${mark.textContent ?? ''}`).join(' ');
            return {
              name: tag.firstChild?.nodeType === Node.TEXT_NODE ? (tag.firstChild.textContent ?? '') : '',
              calls: marks.includes('calls not known yet') ? null : marks.includes('takes calls'),
            };
          })
        : [];
      return [{ id: decodeURIComponent(link.pathname.split('/')[2] ?? ''), name: link.textContent ?? '', groups }];
    });
    const section = [...(main?.querySelectorAll('section') ?? [])].find((s) => text(s.querySelector('h2')) === 'Coverage');
    let coverage = null;
    if (section) {
      const counts = [...section.querySelectorAll('a')].map((a) => text(a));
      const count = (label: string) => counts.find((c) => c.includes(` ${label}`))?.split(' ')[0] ?? null;
      coverage = {
        uncovered: count('Active groups where nobody takes calls'),
        inNoGroup: count('Agents in no group'),
        takingNone: count('Agents who take calls for no group'),
        uncoveredNames: [...section.querySelectorAll('details li a')].map((a) => a.textContent ?? ''),
      };
    }
    const messages = [...(main?.querySelectorAll('[role="alert"], [role="status"]') ?? [])].map((el) => text(el));
    return { term, show, rows, coverage, messages };
  });
}

/** An agent's page as a supervisor reads it. */
export interface AgentScreen {
  heading: string;
  /** Their groups; null when the page shows neither the table nor "in no group yet". */
  groups: ShownGroup[] | null;
  pending: boolean;
  messages: string[];
}

export async function readAgent(page: Page): Promise<AgentScreen> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const heading = (main?.querySelector('h1')?.textContent ?? '').trim();
    const table = main?.querySelector('table[aria-label="Their groups"]');
    const none = [...(main?.querySelectorAll('p') ?? [])].some((p) => (p.textContent ?? '').endsWith(' is in no group yet.'));
    let groups: { name: string; calls: boolean | null }[] | null = null;
    if (table) {
      groups = [...table.querySelectorAll('tbody tr')].map((row) => {
        const toggle = row.querySelector<HTMLInputElement>('input[role="switch"]');
        return { name: row.querySelector('a')?.textContent ?? '', calls: toggle ? toggle.checked : null };
      });
    } else if (none) groups = [];
    const pending = !!main?.querySelector('[role="region"][aria-label="Pending group changes"]');
    const messages = [...(main?.querySelectorAll('[role="alert"], [role="status"]') ?? [])].map((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    return { heading, groups, pending, messages };
  });
}

export interface Relation {
  agentId: string;
  receivesCalls: boolean;
}

/** Who is in which group, as the mock holds it (faults cleared): the roster, the groups, each group's relations. */
export interface AgentsTruth {
  agents: ServerAgent[];
  groups: { id: string; name: string; active: boolean }[];
  relations: Map<string, Relation[]>;
}

export async function relationsOf(walk: Walk, groupId: string): Promise<Relation[]> {
  const reply = (await walk.mock.call(walk.account, 'getGroupAgentRelation', { groupId })) as { status?: string; response?: unknown };
  if (reply.status !== 'success') throw new Error(`the walk could not read group ${groupId}'s relations: ${JSON.stringify(reply).slice(0, 200)}`);
  const { relationData } = reply.response as { relationData: { agent_unique_id: string; receive_call: number | string }[] };
  return relationData
    .map((r) => ({ agentId: r.agent_unique_id, receivesCalls: Number(r.receive_call) === 1 }))
    .sort((a, b) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
}

export async function agentsTruth(walk: Walk): Promise<AgentsTruth> {
  const groups = (await walk.serverGroupsWithIds()).map((group) => ({ ...group, id: String(group.id) }));
  const agents = await walk.mock.agents(walk.account);
  const read = await Promise.all(groups.map(async (group) => [group.id, await relationsOf(walk, group.id)] as const));
  return { agents, groups, relations: new Map(read) };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The agent's groups on the server, by name, with whether they take each one's calls. */
export function groupsOf(truth: AgentsTruth, agentId: string): ShownGroup[] {
  return truth.groups
    .flatMap((group) => {
      const relation = truth.relations.get(group.id)?.find((r) => r.agentId === agentId);
      return relation ? [{ name: group.name, calls: relation.receivesCalls }] : [];
    })
    .sort(byName);
}

export function sortedGroups(groups: ShownGroup[]): ShownGroup[] {
  return [...groups].sort(byName);
}

/** The coverage the server's memberships give: the rules the Coverage region states. */
export function coverageOf(truth: AgentsTruth) {
  const uncovered = truth.groups.filter((g) => g.active && !(truth.relations.get(g.id) ?? []).some((r) => r.receivesCalls));
  const groupsOfAgent = truth.agents.map((agent) => groupsOf(truth, agent.agentId));
  return {
    uncovered: uncovered.map((g) => g.name).sort(),
    inNoGroup: groupsOfAgent.filter((groups) => groups.length === 0).length,
    takingNone: groupsOfAgent.filter((groups) => groups.length > 0 && !groups.some((g) => g.calls)).length,
  };
}

/** The rows the view should list for this search and Show, by the server's memberships. */
export function expectedAgentRows(truth: AgentsTruth, term: string, show: ShowFilter) {
  const needle = term.trim().toLowerCase();
  return truth.agents
    .filter((agent) => !needle || `${agent.name}\n${agent.email}`.toLowerCase().includes(needle))
    .map((agent) => ({ id: agent.agentId, name: agent.name, groups: groupsOf(truth, agent.agentId) }))
    .filter((row) =>
      show === 'no-group' ? row.groups.length === 0 : show === 'no-calls' ? row.groups.length > 0 && !row.groups.some((g) => g.calls) : true,
    );
}
