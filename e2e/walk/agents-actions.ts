import { agentsTruth, readAgent, readAgents, type AgentsTruth } from './agents-screen';
import type { Walk } from './walk';

/** Terms a supervisor might type besides a shown agent's name or email: letters, the mail domain, nothing found. */
const TERMS = ['a', 'e', 'example', '@', 'zz', ' PRI ', 'an'];
const SHOWS = [
  ['All', 'all'],
  ['In no group', 'no-group'],
  ['Takes no calls', 'no-calls'],
] as const;

/**
 * The server's memberships for a step that needs them before it acts: read with faults cleared (the
 * walk's own read must be true), then the step's fault armed again, so it still meets the console.
 */
export async function truthKeepingFault(walk: Walk): Promise<AgentsTruth> {
  const truth = await agentsTruth(walk);
  if (walk.armed) await walk.mock.fault(walk.account, walk.armed);
  return truth;
}

/** The header's `Agents` link. */
export async function openAgentsView(walk: Walk): Promise<void> {
  walk.log.note('header link Agents');
  await walk.page.locator('header').getByRole('link', { name: 'Agents', exact: true }).click();
  await walk.page.waitForURL(/\/agents$/);
}

/** An address to the Agents view typed or bookmarked: a search and a Show, or an unknown Show (everyone). */
export async function openAgentsAddress(walk: Walk): Promise<void> {
  const { random } = walk;
  const truth = await truthKeepingFault(walk);
  const name = truth.agents.length > 0 ? random.pick(truth.agents).name : '';
  const params = new URLSearchParams();
  const term = random.weighted([
    ['', 3],
    [name.slice(0, random.int(2, 5)), 3],
    [random.pick(TERMS), 1],
  ]);
  if (term) params.set('q', term);
  const show = random.weighted([
    ['', 3],
    ['no-group', 2],
    ['no-calls', 2],
    ['everyone', 1],
  ]);
  if (show) params.set('show', show);
  const query = params.toString();
  const target = `/agents${query ? `?${query}` : ''}`;
  walk.log.note(`open the address ${target}`);
  await walk.page.goto(target);
  walk.typed = {};
}

/** Types in `Search agents`: part of a shown agent's name or email, a letter, or nothing. */
export async function searchAgents(walk: Walk): Promise<void> {
  const { random, page } = walk;
  const rows = (await readAgents(page)).rows;
  const words = rows.flatMap((row) => [row.name, ...row.name.split(' ')]);
  const word = words.length > 0 ? random.pick(words) : '';
  const start = random.int(0, Math.max(0, word.length - 2));
  const term = random.weighted([
    ['', 2],
    [word.slice(start, start + random.int(1, 5)), 5],
    [random.pick(TERMS), 2],
  ]);
  walk.log.note(`search agents ${JSON.stringify(term)}`);
  await page.getByLabel('Search agents').fill(term);
}

/** `Show`: All, In no group, Takes no calls. */
export async function showAgents(walk: Walk): Promise<void> {
  const [label, value] = walk.random.pick(SHOWS);
  walk.log.note(`Show ${label}`);
  await walk.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: label, exact: true }).check();
  await walk.page.waitForURL((url) => (url.searchParams.get('show') ?? 'all') === value);
}

/** Opens one of the agents listed (their name's link). */
export async function openAgent(walk: Walk): Promise<void> {
  const rows = (await readAgents(walk.page)).rows;
  if (rows.length === 0) {
    walk.log.note('no agent listed: clear the search and Show all');
    await walk.page.getByLabel('Search agents').fill('');
    await walk.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'All', exact: true }).check();
    return;
  }
  const row = walk.random.pick(rows);
  walk.log.note(`open the agent ${JSON.stringify(row.name)} (${row.id})`);
  await walk.page.locator(`main a[href="/agents/${encodeURIComponent(row.id)}"]`).click();
  await walk.page.waitForURL((url) => url.pathname === `/agents/${encodeURIComponent(row.id)}`);
}

/** `Refresh` beside the memberships' freshness. */
export async function refreshAgents(walk: Walk): Promise<void> {
  const refresh = walk.page.getByRole('main').getByRole('button', { name: 'Refresh', exact: true });
  if (!(await refresh.isVisible())) return retryAgents(walk);
  walk.log.note('Refresh');
  await refresh.click();
}

/** `Retry` on a view or page that could not load (the agents, an agent). */
export async function retryAgents(walk: Walk): Promise<void> {
  const retry = walk.page.getByRole('main').getByRole('button', { name: /^(Retry|Read again)$/ });
  if ((await retry.count()) === 0) {
    walk.log.note('nothing to retry');
    return;
  }
  walk.log.note(`${await retry.first().innerText()} (loading the agents)`);
  await retry.first().click();
}

/** Back to the Agents view: `← All agents` (an agent's page), `Back to all agents` (an unknown agent), `← Agents` (the import). */
export async function allAgents(walk: Walk): Promise<void> {
  const link = walk.page.getByRole('main').getByRole('link', { name: /^(← All agents|Back to all agents|← Agents)$/ }).first();
  walk.log.note(await link.innerText());
  await link.click();
  await walk.page.waitForURL(/\/agents$/);
}

/** From an agent's page to one of their groups' page. */
export async function openAgentsGroup(walk: Walk): Promise<void> {
  const groups = (await readAgent(walk.page)).groups ?? [];
  if (groups.length === 0) return allAgents(walk);
  const group = walk.random.pick(groups);
  walk.log.note(`open their group ${JSON.stringify(group.name)}`);
  await walk.page.getByRole('table', { name: 'Their groups' }).getByRole('link', { name: group.name, exact: true }).click();
  await walk.page.waitForURL(/\/groups\/[^/]+$/);
}

/** The header's `Group Console` link: back to the groups list. */
export async function backToGroups(walk: Walk): Promise<void> {
  walk.log.note('header link Group Console');
  await walk.page.locator('header').getByRole('link', { name: 'Group Console', exact: true }).click();
  await walk.page.waitForURL(/\/groups$/);
}
