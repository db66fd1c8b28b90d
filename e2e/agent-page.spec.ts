/**
 * Issue 19, an agent's page on the production build: their groups edited (a call switch, a removal,
 * an addition) and saved group by group, checked against what the server then holds; a colleague's
 * change to the same group, made in a browser of their own, is kept and named.
 */
import { SMOKE, at, expect, test, type Account, type MockApi, type ServerAgent, type ServerGroup } from './fixtures';
import {
  AGENT_SEED,
  TALL_WINDOW,
  addToGroups,
  arrange,
  colleagueOnAgent,
  openAgentsView,
  pendingGroups,
  relations,
  relationsOf,
  saveGroups,
} from './agents-fixtures';

test.use({ viewport: TALL_WINDOW });

interface Setup {
  account: Account;
  roster: ServerAgent[];
  support: ServerGroup;
  billing: ServerGroup;
  retention: ServerGroup;
  /** The agent whose page is edited: in Support and Billing, taking both groups' calls, not in Retention. */
  priya: ServerAgent;
}

/** A fresh account where Support, Billing and Retention hold known members (others take calls too, so no save leaves a group unanswered). */
async function arranged(mock: MockApi): Promise<Setup> {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const roster = await mock.agents(account);
  const [aarav, priya, rohan] = [at(roster, 0), at(roster, 1), at(roster, 2)];
  const support = await mock.get(account, 'Support');
  const billing = await mock.get(account, 'Billing');
  const retention = await mock.get(account, 'Retention');
  await arrange(mock, account, support, [
    [aarav, true],
    [priya, true],
  ]);
  await arrange(mock, account, billing, [
    [priya, true],
    [rohan, true],
  ]);
  await arrange(mock, account, retention, [[rohan, true]]);
  return { account, roster, support, billing, retention, priya };
}

/** From the Agents view to the agent's page, by the name's link. */
async function openAgent(page: Parameters<typeof openAgentsView>[0], agent: ServerAgent): Promise<void> {
  await openAgentsView(page);
  await page.getByRole('link', { name: agent.name, exact: true }).click();
  await expect(page).toHaveURL(`/agents/${encodeURIComponent(agent.agentId)}`);
  await expect(page.getByRole('heading', { level: 1, name: agent.name })).toBeVisible();
  await expect(page.getByText(agent.email, { exact: true })).toBeVisible();
}

test('opened from the Agents view: a call switch, a removal and an addition are saved group by group, as the server then holds them', { tag: SMOKE }, async ({
  page,
  mock,
  signIn,
}) => {
  const { account, roster, support, billing, retention, priya } = await arranged(mock);
  const [aarav, rohan] = [at(roster, 0), at(roster, 2)];
  const untouched = await mock.get(account, 'Inside Sales');
  const untouchedBefore = await relations(mock, account, untouched.id);
  await signIn(account);
  await openAgent(page, priya);

  const table = page.getByRole('table', { name: 'Their groups' });
  await expect(table.getByRole('switch', { name: 'Takes calls for Support', exact: true })).toBeChecked();
  await expect(table.getByRole('switch', { name: 'Takes calls for Billing', exact: true })).toBeChecked();

  await table.getByRole('switch', { name: 'Takes calls for Support', exact: true }).click();
  await table.getByRole('button', { name: 'Remove from Billing', exact: true }).click();
  await addToGroups(page, ['Retention']);
  await expect(table.getByRole('switch', { name: 'Takes calls for Retention', exact: true })).toBeChecked();
  await expect(pendingGroups(page)).toContainText('+1 group, −1 group, 1 call setting');
  // Collected, not sent.
  expect(await relations(mock, account, billing.id)).toEqual(relationsOf([priya, true], [rohan, true]));

  await saveGroups(page, priya.name);
  expect(await relations(mock, account, support.id)).toEqual(relationsOf([aarav, true], [priya, false]));
  expect(await relations(mock, account, billing.id)).toEqual(relationsOf([rohan, true]));
  expect(await relations(mock, account, retention.id)).toEqual(relationsOf([rohan, true], [priya, true]));
  expect(await relations(mock, account, untouched.id), 'a group the edit did not name is left alone').toEqual(untouchedBefore);

  // The page shows what the server holds.
  await expect(table.getByRole('switch', { name: 'Takes calls for Support', exact: true })).not.toBeChecked();
  await expect(table.getByRole('button', { name: 'Remove from Billing', exact: true })).toHaveCount(0);
  await expect(table.getByRole('switch', { name: 'Takes calls for Retention', exact: true })).toBeChecked();
});

test('a colleague changes the same group in between: their change is kept and named', async ({ page, mock, signIn, browser, apiServer }, testInfo) => {
  const { account, roster, support, billing, priya } = await arranged(mock);
  const [aarav, rohan] = [at(roster, 0), at(roster, 2)];
  const lena = at(roster, 6);
  await signIn(account);
  await openAgent(page, priya);
  const table = page.getByRole('table', { name: 'Their groups' });
  await table.getByRole('switch', { name: 'Takes calls for Support', exact: true }).click();
  await table.getByRole('button', { name: 'Remove from Billing', exact: true }).click();
  await expect(pendingGroups(page)).toContainText('−1 group, 1 call setting');

  // Meanwhile, in another browser, a colleague adds Lena to Support from her page.
  const theirs = await colleagueOnAgent(browser, testInfo, account, apiServer, lena);
  await addToGroups(theirs, ['Support']);
  await saveGroups(theirs, lena.name);
  await theirs.context().close();
  expect(await relations(mock, account, support.id)).toEqual(relationsOf([aarav, true], [priya, true], [lena, true]));

  await pendingGroups(page).getByRole('button', { name: 'Save groups' }).click();
  const kept = page.getByRole('status').filter({ hasText: 'Saved, keeping a colleague’s change' });
  await expect(kept).toContainText(`Support: The members had changed elsewhere since the page was loaded (joined: ${lena.name})`);
  await expect(pendingGroups(page)).toBeHidden();

  // Theirs kept, mine applied on top; Billing, which nobody else touched, as asked.
  expect(await relations(mock, account, support.id)).toEqual(relationsOf([aarav, true], [priya, false], [lena, true]));
  expect(await relations(mock, account, billing.id)).toEqual(relationsOf([rohan, true]));
});
