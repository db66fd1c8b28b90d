import type { Page, Request } from '@playwright/test';
import { agreeing, Mismatch } from './mismatch';
import {
  agentsTruth,
  coverageOf,
  expectedAgentRows,
  groupsOf,
  readAgent,
  readAgents,
  sortedGroups,
  type AgentScreen,
  type AgentsScreen,
  type AgentsTruth,
} from './agents-screen';
import type { Walk } from './walk';

const json = (value: unknown) => JSON.stringify(value);
const said = (messages: string[], pattern: RegExp) => messages.some((message) => pattern.test(message));

/** When each Agent/list read that the server answered with a success left: the Agents view's memberships. */
const agentReads = new WeakMap<Page, number[]>();

/** Watches the page's Agent/list reads from now on (runWalk calls it once, before the first step). */
export function watchAgentReads(page: Page): void {
  const okAt: number[] = [];
  const left = new WeakMap<Request, number>();
  agentReads.set(page, okAt);
  const isAgentList = (request: Request) => request.method() === 'POST' && /\/api\/v2\/Agent\/list\b/.test(request.url());
  page.on('request', (request) => {
    if (isAgentList(request)) left.set(request, Date.now());
  });
  page.on('requestfinished', (request) => {
    const at = left.get(request);
    if (at === undefined) return;
    void request
      .response()
      .then(async (response) => {
        const body = response && response.status() === 200 ? (JSON.parse(await response.text()) as { status?: unknown }) : null;
        if (body?.status === 'success') okAt.push(at);
      })
      .catch(() => undefined);
  });
}

/**
 * Whether what the Agents pages show may be older than the server, by the console's own word: it said
 * it could not refresh, and has not read both the groups and the memberships with success since.
 */
function stale(walk: Walk): boolean {
  const since = walk.staleSince;
  if (since === null) return false;
  const agentsRead = (agentReads.get(walk.page) ?? []).some((at) => at >= since);
  return !walk.network.readOkSince(since) || !agentsRead;
}

async function judge<T extends { messages: string[] }>(
  walk: Walk,
  read: () => Promise<T>,
  differs: (screen: T) => string | null,
  agreed: (screen: T) => string,
): Promise<void> {
  const { value: screen, problem } = await agreeing(read, differs);
  if (!problem) {
    walk.log.note(agreed(screen));
    return;
  }
  if (stale(walk)) {
    walk.log.note(`excused, the console said it could not refresh: ${problem}`);
    return;
  }
  throw new Mismatch(`${problem}${screen.messages.length ? ` (the page says: ${screen.messages.join(' | ').slice(0, 300)})` : ''}`);
}

/** The Agents view: its rows and their groups, and the Coverage counts, against the server's memberships. */
export async function checkAgents(walk: Walk): Promise<void> {
  const first = await readAgents(walk.page);
  if (said(first.messages, /Could not load agents/)) {
    walk.log.note(`the agents did not load, and the view says so: ${first.messages.join(' | ').slice(0, 160)}`);
    return;
  }
  const truth = await agentsTruth(walk);
  await judge(
    walk,
    () => readAgents(walk.page),
    (screen) => agentsProblem(truth, screen),
    (screen) =>
      `the Agents view agrees with the server: ${screen.rows.length} agents (search "${screen.term}", show ${screen.show}) in ` +
      `${screen.rows.reduce((sum, row) => sum + row.groups.length, 0)} memberships; coverage ${json(screen.coverage)}`,
  );
}

function agentsProblem(truth: AgentsTruth, screen: AgentsScreen): string | null {
  if (said(screen.messages, /Could not load agents/)) return null;
  if (!screen.coverage) return 'the Agents view shows no Coverage and does not say why';
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const expected = byId(expectedAgentRows(truth, screen.term, screen.show));
  const shown = byId(screen.rows.map((row) => ({ ...row, groups: sortedGroups(row.groups) })));
  if (json(shown) !== json(expected)) {
    return `the Agents view (search "${screen.term}", show ${screen.show}) lists ${json(shown)}, the server holds ${json(expected)}`;
  }
  const coverage = coverageOf(truth);
  const counted = {
    uncovered: screen.coverage.uncovered,
    inNoGroup: screen.coverage.inNoGroup,
    takingNone: screen.coverage.takingNone,
    uncoveredNames: [...screen.coverage.uncoveredNames].sort(),
  };
  const held = {
    uncovered: String(coverage.uncovered.length),
    inNoGroup: String(coverage.inNoGroup),
    takingNone: String(coverage.takingNone),
    uncoveredNames: coverage.uncovered,
  };
  return json(counted) === json(held) ? null : `Coverage counts ${json(counted)}, the server's memberships give ${json(held)}`;
}

/** An agent's page: their name and their groups (who takes calls) as the server holds them. */
export async function checkAgent(walk: Walk, agentId: string): Promise<void> {
  const first = await readAgent(walk.page);
  if (said(first.messages, /Could not load the agent/)) {
    walk.log.note(`the agent did not load, and the page says so: ${first.messages.join(' | ').slice(0, 160)}`);
    return;
  }
  const truth = await agentsTruth(walk);
  await judge(
    walk,
    () => readAgent(walk.page),
    (screen) => agentProblem(truth, agentId, screen),
    (screen) => `${screen.heading}'s page agrees with the server: ${json(screen.groups)}`,
  );
}

function agentProblem(truth: AgentsTruth, agentId: string, screen: AgentScreen): string | null {
  if (said(screen.messages, /Could not load the agent/)) return null;
  const agent = truth.agents.find((a) => a.agentId === agentId);
  if (!agent) return screen.heading === 'No agent with this ID' ? null : `the server has no agent ${agentId}, the page shows "${screen.heading}"`;
  if (screen.heading !== agent.name) return `the agent's page is headed "${screen.heading}", the server names agent ${agentId} "${agent.name}"`;
  if (screen.pending) return 'the agent’s page shows group changes the supervisor did not make';
  if (screen.groups === null) return 'the agent’s page shows neither their groups nor that they are in none';
  const shown = sortedGroups(screen.groups);
  const held = groupsOf(truth, agentId);
  return json(shown) === json(held) ? null : `${agent.name}'s page shows the groups ${json(shown)}, the server holds ${json(held)}`;
}

/** The import page: whatever the last import did was checked by its step; the page itself must be there. */
export async function checkImportPage(walk: Walk): Promise<void> {
  const heading = await walk.page.getByRole('main').getByRole('heading', { level: 1 }).first().textContent();
  if (heading !== 'Import memberships') throw new Mismatch(`/agents/import is headed "${heading}", not "Import memberships"`);
  const finished = await walk.page.getByRole('heading', { name: 'Import finished' }).isVisible();
  walk.log.note(finished ? 'the import page shows the last import’s report' : 'the import page shows no report (a form or a preview)');
}
