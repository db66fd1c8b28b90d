/**
 * What the issue-19 specs share (the Agents view, an agent's page, the membership import): the mock's
 * truth about who is in which group, read through the DeepCall API itself, and the steps a supervisor
 * takes on those screens. Black box: URLs, roles and labels only.
 */
import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { colleague, expect, type Account, type MemberSetting, type MockApi, type ServerAgent, type ServerGroup } from './fixtures';

/** Eight groups (one inactive: Technical Support) and twenty agents: every row fits a tall window. */
export const AGENT_SEED = { seedGroups: 8, seedAgents: 20 } as const;

/** Tall enough that the virtualized Agents table draws all twenty agents at once. */
export const TALL_WINDOW = { width: 1280, height: 2200 } as const;

/** One membership as getGroupAgentRelation tells it, by agent id. */
export interface Relation {
  agentId: string;
  receivesCalls: boolean;
}

export interface AgentTruth extends ServerAgent {
  /** By group name as people read them: the order the Agents view and the agent's page use. */
  groups: { id: string; name: string; takesCalls: boolean }[];
}

export interface AccountTruth {
  groups: ServerGroup[];
  agents: AgentTruth[];
  /** Each group's relations, by group id (as a string). */
  relations: Map<string, Relation[]>;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A group's relations as the server holds them, sorted by agent id (a stable order to compare). */
export async function relations(mock: MockApi, account: Account, groupId: number | string): Promise<Relation[]> {
  const reply = (await mock.call(account, 'getGroupAgentRelation', { groupId })) as { status?: string; response?: unknown };
  expect(reply.status, `getGroupAgentRelation failed: ${JSON.stringify(reply)}`).toBe('success');
  const { relationData } = reply.response as { relationData: { agent_unique_id: string; receive_call: number | string }[] };
  return relationData
    .map((r) => ({ agentId: r.agent_unique_id, receivesCalls: Number(r.receive_call) === 1 }))
    .sort((a, b) => a.agentId.localeCompare(b.agentId));
}

/** Relations as a test writes them: [agent, takes calls] pairs, in the same order as `relations`. */
export function relationsOf(...members: [agent: ServerAgent, receivesCalls: boolean][]): Relation[] {
  return members.map(([agent, receivesCalls]) => ({ agentId: agent.agentId, receivesCalls })).sort((a, b) => a.agentId.localeCompare(b.agentId));
}

/** Sets a group's membership on the server: [agent, takes calls] pairs. */
export async function arrange(mock: MockApi, account: Account, group: ServerGroup, members: [ServerAgent, boolean][]): Promise<void> {
  const settings: MemberSetting[] = members.map(([agent, receivesCalls]) => ({ agentId: agent.agentId, receivesCalls }));
  await mock.setMembers(account, group.id, settings);
}

/** Every group's relations, read group by group (whatever Agent/list is set to say). */
export async function allRelations(mock: MockApi, account: Account, groups?: ServerGroup[]): Promise<Map<string, Relation[]>> {
  const list = groups ?? (await mock.list(account));
  const read = await Promise.all(list.map(async (g) => [String(g.id), await relations(mock, account, g.id)] as const));
  return new Map(read);
}

/** Who is in which group and who takes its calls, as the server holds it now. */
export async function accountTruth(mock: MockApi, account: Account): Promise<AccountTruth> {
  const groups = await mock.list(account);
  const roster = await mock.agents(account);
  const held = await allRelations(mock, account, groups);
  const agents = roster.map((agent): AgentTruth => {
    const mine = groups.flatMap((g) => {
      const relation = held.get(String(g.id))?.find((r) => r.agentId === agent.agentId);
      return relation ? [{ id: String(g.id), name: g.name, takesCalls: relation.receivesCalls }] : [];
    });
    return { ...agent, groups: mine.sort((a, b) => byName.compare(a.name, b.name)) };
  });
  return { groups, agents, relations: held };
}

/** The three coverage counts' rows, worked out from the server's truth. */
export function coverageOf(truth: AccountTruth) {
  return {
    uncovered: truth.groups.filter((g) => Number(g.status) === 1 && !(truth.relations.get(String(g.id)) ?? []).some((r) => r.receivesCalls)),
    inNoGroup: truth.agents.filter((a) => a.groups.length === 0),
    takingNoCalls: truth.agents.filter((a) => a.groups.length > 0 && a.groups.every((g) => !g.takesCalls)),
  };
}

/** One Agents view row as a screen reader reads it: name, email, and the groups cell ("Billing takes calls, Support"). */
export interface ShownAgent {
  name: string;
  email: string;
  groups: string;
}

/** The groups cell a row should show for this agent. */
export function groupsCell(agent: AgentTruth): string {
  return agent.groups.length === 0 ? 'No group' : agent.groups.map((g) => `${g.name}${g.takesCalls ? ' takes calls' : ''}`).join(', ');
}

export function expectedRow(agent: AgentTruth): ShownAgent {
  return { name: agent.name, email: agent.email, groups: groupsCell(agent) };
}

/**
 * What the Agents table shows, row by row in its order (only the rows drawn: keep the window tall). The
 * groups cell is read as it is spoken: a mark's label counts, a decoration hidden from screen readers does
 * not, so the check holds whichever markup draws the mark.
 */
export async function shownAgents(page: Page): Promise<ShownAgent[]> {
  return page.getByRole('row').evaluateAll((rows) => {
    const spoken = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
      if (node.getAttribute('role') === 'img') return ` ${node.getAttribute('aria-label') ?? ''} `;
      return [...node.childNodes].map(spoken).join('');
    };
    const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
    return rows.flatMap((row) => {
      const box = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
      const label = box?.getAttribute('aria-label') ?? '';
      if (!label.startsWith('Select ') || label === 'Select all agents shown') return [];
      const cells = row.querySelectorAll('td');
      const [email, groups] = [cells[2], cells[3]].map((cell) => (cell ? tidy(spoken(cell)) : ''));
      return [{ name: label.slice('Select '.length), email: email ?? '', groups: groups ?? '' }];
    });
  });
}

/** The names the table shows, sorted. */
export async function shownNames(page: Page): Promise<string[]> {
  return (await shownAgents(page)).map((a) => a.name).sort(byName.compare);
}

export function sortedNames(agents: readonly { name: string }[]): string[] {
  return agents.map((a) => a.name).sort(byName.compare);
}

/** The table holds exactly these agents, as these rows (in any order). */
export async function expectAgentRows(page: Page, agents: readonly AgentTruth[], message = 'the Agents view differs from what the server holds'): Promise<void> {
  const expected = agents.map(expectedRow).sort((a, b) => byName.compare(a.name, b.name));
  await expect
    .poll(async () => (await shownAgents(page)).sort((a, b) => byName.compare(a.name, b.name)), { message })
    .toEqual(expected);
}

/** From anywhere signed in: the header link, then the view once every group's members are read. */
export async function openAgentsView(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Agents', exact: true }).click();
  await agentsViewReady(page);
}

/** The Agents view has drawn its rows from a complete read of the memberships. */
export async function agentsViewReady(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/agents(\?|$)/);
  await expect(page.getByRole('heading', { level: 1, name: 'Agents' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Memberships as of/ })).toBeVisible();
}

export function coverage(page: Page): Locator {
  return page.getByRole('region', { name: 'Coverage' });
}

export function coverageLink(page: Page, label: string): Locator {
  return coverage(page).getByRole('link', { name: new RegExp(label) });
}

export function bulkBar(page: Page): Locator {
  return page.getByRole('region', { name: 'Bulk actions' });
}

export function selectBox(page: Page, name: string): Locator {
  return page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
}

/** Opens a bulk action from the bar and picks each group in its Group field. */
export async function openBulkAction(page: Page, action: string, title: string | RegExp, groups: readonly string[]): Promise<Locator> {
  await bulkBar(page).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('combobox', { name: 'Group' });
  for (const group of groups) {
    await field.click();
    await field.fill(group);
    await page.getByRole('option', { name: group, exact: true }).click();
  }
  // The option list closes with a click elsewhere in the dialog, so nothing covers its buttons.
  await dialog.getByRole('heading', { name: title }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  return dialog;
}

/** A colleague in a browser of their own, on an agent's page of the same account. */
export async function colleagueOnAgent(browser: Browser, testInfo: TestInfo, account: Account, apiServer: string, agent: ServerAgent): Promise<Page> {
  const page = await colleague(browser, testInfo, account, apiServer);
  await page.goto(`/agents/${encodeURIComponent(agent.agentId)}`);
  await expect(page.getByRole('heading', { level: 1, name: agent.name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Their groups' }).or(page.getByText(`${agent.name} is in no group yet.`))).toBeVisible();
  return page;
}

/** On an agent's page: Add to groups, pick these groups by search, add them to the pending changes. */
export async function addToGroups(page: Page, names: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: 'Add to groups', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add to groups' });
  await expect(picker).toBeVisible();
  const search = picker.getByRole('textbox', { name: 'Search groups' });
  for (const name of names) {
    await search.fill(name);
    await picker.getByRole('checkbox', { name: `Add to ${name}`, exact: true }).check();
  }
  await picker.getByRole('button', { name: names.length === 1 ? 'Add to 1 group' : `Add to ${names.length} groups` }).click();
  await expect(picker).toBeHidden();
}

export function pendingGroups(page: Page): Locator {
  return page.getByRole('region', { name: 'Pending group changes' });
}

/** Save groups, answering the "nobody will take its calls" question when the save would leave a group so. */
export async function saveGroups(page: Page, agentName: string): Promise<void> {
  await pendingGroups(page).getByRole('button', { name: 'Save groups' }).click();
  await expect(pendingGroups(page)).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: `Groups of ${agentName} saved` })).toBeVisible();
}

/** The membership CSV a test writes, as a file for the import page's file input. */
export function csvFile(lines: readonly string[], name = 'team.csv') {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') };
}

/** On the import page: choose the file and the mode, and wait for the preview. */
export async function previewImport(page: Page, file: ReturnType<typeof csvFile>, mode: 'Add' | 'Replace' | 'Remove'): Promise<Locator> {
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('radio', { name: mode, exact: true }).check();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible();
  return preview;
}

/** The preview's rows as they read: row number, group, agent, outcome (without the grey details). */
export async function previewRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Rows of the file' })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.firstChild?.textContent ?? '')),
    );
}

export function importReport(page: Page): Locator {
  return page.getByRole('region', { name: 'Import finished' });
}
