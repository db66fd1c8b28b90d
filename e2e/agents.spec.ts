/**
 * Issue 19, the Agents view on the production build: every agent and their groups as the mock holds
 * them, search and Show in the address, coverage counts against the server's truth, and bulk
 * membership changes checked against what the server then holds.
 */
import { SMOKE, at, expect, test } from './fixtures';
import {
  AGENT_SEED,
  TALL_WINDOW,
  accountTruth,
  agentsViewReady,
  bulkBar,
  coverage,
  coverageLink,
  expectAgentRows,
  openAgentsView,
  openBulkAction,
  relations,
  relationsOf,
  selectBox,
  shownAgents,
  shownNames,
  sortedNames,
  coverageOf,
} from './agents-fixtures';

test.use({ viewport: TALL_WINDOW });

test('the Agents view lists every agent with their groups and who takes calls, as the server holds them', { tag: SMOKE }, async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  // The seed gives each kind of row something to show.
  expect(truth.agents.some((a) => a.groups.length === 0)).toBe(true);
  expect(truth.agents.some((a) => a.groups.length > 1)).toBe(true);
  await signIn(account);
  await openAgentsView(page);

  await expectAgentRows(page, truth.agents);
  await expect(page.getByText('20 agents', { exact: true })).toBeVisible();
  for (const agent of truth.agents.slice(0, 3)) {
    await expect(page.getByRole('link', { name: agent.name, exact: true })).toHaveAttribute('href', `/agents/${encodeURIComponent(agent.agentId)}`);
  }
  await expect(page.getByRole('link', { name: 'Import CSV' })).toHaveAttribute('href', '/agents/import');
  await expect(page.getByRole('button', { name: 'Export memberships' })).toBeEnabled();
});

test('search and Show live in the address and survive a reload', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  const agent = at(truth.agents, 3);
  await signIn(account);
  await openAgentsView(page);

  // By the part of the email before the @, which is the agent's alone.
  const term = agent.email.split('@')[0] ?? '';
  await page.getByRole('searchbox', { name: 'Search agents' }).fill(term);
  await expect(page).toHaveURL(`/agents?q=${encodeURIComponent(term)}`);
  await expectAgentRows(page, [agent]);
  await expect(page.getByText('1 of 20 agents shown')).toBeVisible();

  await page.reload();
  await agentsViewReady(page);
  await expect(page.getByRole('searchbox', { name: 'Search agents' })).toHaveValue(term);
  await expectAgentRows(page, [agent]);

  await page.getByRole('searchbox', { name: 'Search agents' }).fill('');
  const show = page.getByRole('radiogroup', { name: 'Show' });
  await show.getByRole('radio', { name: 'Takes no calls', exact: true }).check();
  await expect(page).toHaveURL('/agents?show=no-calls');
  const { takingNoCalls, inNoGroup } = coverageOf(truth);
  await expectAgentRows(page, takingNoCalls);

  await page.reload();
  await agentsViewReady(page);
  await expect(show.getByRole('radio', { name: 'Takes no calls', exact: true })).toBeChecked();
  await expectAgentRows(page, takingNoCalls);

  await show.getByRole('radio', { name: 'In no group', exact: true }).check();
  await expect(page).toHaveURL('/agents?show=no-group');
  await expectAgentRows(page, inNoGroup);
  await show.getByRole('radio', { name: 'All', exact: true }).check();
  await expect(page).toHaveURL('/agents');
  await expectAgentRows(page, truth.agents);
});

test('the Coverage counts are the server’s truth, and their links show those rows', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  const { uncovered, inNoGroup, takingNoCalls } = coverageOf(truth);
  expect(inNoGroup.length, 'the seed leaves some agents in no group').toBeGreaterThan(0);
  await signIn(account);
  await openAgentsView(page);

  const nobody = coverageLink(page, 'Active groups where nobody takes calls');
  await expect(nobody).toHaveText(`${uncovered.length} Active groups where nobody takes calls`);
  await expect(nobody).toHaveAttribute('href', '/groups');
  if (uncovered.length > 0) {
    await coverage(page).getByText('Which groups').click();
    for (const group of uncovered) {
      await expect(coverage(page).getByRole('link', { name: group.name, exact: true })).toHaveAttribute('href', `/groups/${group.id}`);
    }
  }
  await expect(coverageLink(page, 'Agents in no group')).toHaveText(`${inNoGroup.length} Agents in no group`);
  await expect(coverageLink(page, 'Agents who take calls for no group')).toHaveText(`${takingNoCalls.length} Agents who take calls for no group`);

  await coverageLink(page, 'Agents in no group').click();
  await expect(page).toHaveURL('/agents?show=no-group');
  await expectAgentRows(page, inNoGroup);
  await expect(page.getByRole('radio', { name: 'In no group', exact: true })).toBeChecked();

  await coverageLink(page, 'Agents who take calls for no group').click();
  await expect(page).toHaveURL('/agents?show=no-calls');
  await expectAgentRows(page, takingNoCalls);
});

test('Add to group… with Takes calls: the impact first, then the server holds them taking its calls and the view shows it', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  // An active group with members, and three agents not in it.
  const target = truth.groups.find((g) => Number(g.status) === 1 && (truth.relations.get(String(g.id)) ?? []).length > 0);
  if (!target) throw new Error('the seed has no active group with members');
  const before = truth.relations.get(String(target.id)) ?? [];
  const joining = truth.agents.filter((a) => !before.some((r) => r.agentId === a.agentId)).slice(0, 3);
  expect(joining).toHaveLength(3);
  const member = truth.agents.find((a) => a.agentId === at(before, 0).agentId);
  if (!member) throw new Error('a member the roster does not name');
  await signIn(account);
  await openAgentsView(page);

  for (const agent of [...joining, member]) await selectBox(page, agent.name).check();
  await expect(bulkBar(page)).toContainText('4 agents selected');
  const dialog = await openBulkAction(page, 'Add to group…', 'Add 4 agents to groups', [target.name]);
  await expect(dialog.getByRole('switch', { name: 'Takes calls' })).toBeChecked();
  await expect(dialog).toContainText('1 group changes.');
  await expect(dialog).toContainText(`${target.name}: 3 agents join (taking its calls); 1 agent is already in it (no change, their call setting stays)`);
  // Nothing is sent before Add.
  expect(await relations(mock, account, target.id)).toEqual(before);

  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('1 group changed');
  const expected = [...before, ...relationsOf(...joining.map((a) => [a, true] as [typeof a, boolean]))].sort((a, b) => a.agentId.localeCompare(b.agentId));
  expect(await relations(mock, account, target.id)).toEqual(expected);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The view follows without a reload: each joiner shows the group with its calls.
  const after = await accountTruth(mock, account);
  await expectAgentRows(page, after.agents);
  for (const agent of joining) {
    const row = (await shownAgents(page)).find((r) => r.name === agent.name);
    expect(row?.groups).toContain(`${target.name} takes calls`);
  }
});

test('Stop taking calls for… the last agents taking a group’s calls names it in the confirmation', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  const target = truth.groups.find((g) => Number(g.status) === 1 && (truth.relations.get(String(g.id)) ?? []).some((r) => r.receivesCalls));
  if (!target) throw new Error('the seed has no active group anybody answers');
  const held = truth.relations.get(String(target.id)) ?? [];
  const takers = truth.agents.filter((a) => held.some((r) => r.agentId === a.agentId && r.receivesCalls));
  const uncoveredBefore = coverageOf(truth).uncovered.length;
  await signIn(account);
  await openAgentsView(page);

  for (const agent of takers) await selectBox(page, agent.name).check();
  const dialog = await openBulkAction(page, 'Stop taking calls for…', /^Stop \d+ agents? taking calls for groups$/, [target.name]);
  await expect(dialog.getByText('Left with nobody taking calls')).toBeVisible();
  await expect(dialog).toContainText(`${target.name} is an active group: after this, nobody would take its calls.`);
  await dialog.getByRole('button', { name: 'Stop taking calls', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('1 group changed');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Everyone stays in it; nobody takes its calls.
  expect(await relations(mock, account, target.id)).toEqual(held.map((r) => ({ ...r, receivesCalls: false })));
  await expect(coverageLink(page, 'Active groups where nobody takes calls')).toHaveText(`${uncoveredBefore + 1} Active groups where nobody takes calls`);
  await expectAgentRows(page, (await accountTruth(mock, account)).agents);
});

test('with Agent/list leaving out the groups, each group is read and the same rows appear', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  await mock.configure(account, { agentListWithoutGroups: true });
  await signIn(account);
  await openAgentsView(page);

  await expect(page.getByRole('status').filter({ hasText: /^Memberships as of/ })).toContainText('(read group by group, 8 groups)');
  await expectAgentRows(page, truth.agents);
  expect(await shownNames(page)).toEqual(sortedNames(truth.agents));
  await expect(coverageLink(page, 'Agents in no group')).toHaveText(`${coverageOf(truth).inNoGroup.length} Agents in no group`);
});
