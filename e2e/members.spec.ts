/**
 * Issue 11: who is in a group and who takes its calls, edited on the group's page. Every check is
 * against what the mock then holds: its getGroupAgentRelation, read by the test itself.
 *
 * Each test gets a fresh account of three groups and a small roster of agents, and sets Billing's
 * members itself (the seed spreads agents at random), so every name below is known in advance.
 */
import type { Page } from '@playwright/test';
import {
  ApiTraffic,
  FAILED_TO_LOAD,
  SMOKE,
  at,
  expect,
  expectMembersMatchServer,
  colleague,
  only,
  shownMembers,
  test,
  type Account,
  type MockApi,
  type ServerAgent,
  type ServerGroup,
  type ServerMember,
} from './fixtures';

/** Few enough agents that the picker draws every one of them (it is virtualized). */
const AGENTS = 12;
const SUBMIT = 'submitAssignGroupToAgent';

interface Setup {
  account: Account;
  billing: ServerGroup;
  /** The roster in seed order: Aarav Sharma, Priya Patel, Rohan Khan, Ananya Iyer, Vikram Fischer… */
  roster: ServerAgent[];
}

/**
 * A fresh account whose Billing group holds exactly `members` (roster index → takes calls).
 * Billing is active in the seed.
 */
async function billingWith(mock: MockApi, members: [index: number, receivesCalls: boolean][], options: { membersOnlyAgentData?: boolean } = {}): Promise<Setup> {
  const account = await mock.createSeededAccount({ seedGroups: 3, seedAgents: AGENTS, ...options });
  const billing = await mock.get(account, 'Billing');
  expect(Number(billing.status), 'Billing should be seeded active').toBe(1);
  const roster = await mock.agents(account);
  expect(roster).toHaveLength(AGENTS);
  await mock.setMembers(
    account,
    billing.id,
    members.map(([index, receivesCalls]) => ({ agentId: at(roster, index).agentId, receivesCalls })),
  );
  return { account, billing, roster };
}

/** Members as the server and shownMembers give them: by name, sorted. */
function membersOf(...members: [agent: ServerAgent, receivesCalls: boolean][]): ServerMember[] {
  return members.map(([agent, receivesCalls]) => ({ name: agent.name, receivesCalls })).sort((a, b) => a.name.localeCompare(b.name));
}

function membersTable(page: Page) {
  return page.getByRole('table', { name: 'Agents in this group' });
}

function pendingBar(page: Page) {
  return page.getByRole('region', { name: 'Pending member changes' });
}

/** From the groups list to a group's page, once its members are drawn. */
async function openGroup(page: Page, name: string, memberCount: number): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Loading agents…')).toHaveCount(0);
  await expect(membersTable(page).getByRole('row')).toHaveCount(memberCount + 1);
}

/** Opens the picker and waits until it lists the agents (or says it cannot). */
async function openPicker(page: Page) {
  await page.getByRole('button', { name: 'Add agents', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add agents' });
  await expect(picker).toBeVisible();
  return picker;
}

function savedNotice(page: Page, group: string) {
  return page.getByRole('alert').filter({ hasText: `Members of ${group} saved` });
}

/** The agent ids a submit carried, sorted. */
function sentIds(body: Record<string, unknown>, key: 'agent_unique_id' | 'receive_call'): string[] {
  return [...((body[key] as string[] | undefined) ?? [])].sort();
}

test.describe('editing the members of a group', () => {
  test('adds agents found by name and by email; Save members sends one submit, and the server holds them taking calls', { tag: SMOKE }, async ({
    page,
    mock,
    signIn,
  }) => {
    const { account, billing, roster } = await billingWith(mock, [
      [0, true],
      [1, false],
    ]);
    const [aarav, priya, rohan, ananya] = [at(roster, 0), at(roster, 1), at(roster, 2), at(roster, 3)];
    await signIn(account);
    await openGroup(page, 'Billing', 2);
    const traffic = new ApiTraffic(page);

    const picker = await openPicker(page);
    const search = picker.getByRole('textbox', { name: 'Search agents' });
    await expect(search).toBeFocused();
    const offered = picker.getByRole('checkbox', { name: /^Add / });
    // Only agents who are not members are offered.
    await expect(offered).toHaveCount(AGENTS - 2);
    await expect(picker.getByRole('checkbox', { name: `Add ${aarav.name}`, exact: true })).toHaveCount(0);
    await expect(picker.getByRole('checkbox', { name: `Add ${priya.name}`, exact: true })).toHaveCount(0);

    // By name, whatever the case.
    await search.fill(rohan.name.toUpperCase());
    await expect(offered).toHaveCount(1);
    await picker.getByRole('checkbox', { name: `Add ${rohan.name}`, exact: true }).check();

    // By email: "ananya.iyer" is in the address only (the name is "Ananya Iyer").
    const local = ananya.email.split('@')[0] ?? '';
    expect(ananya.name.toLowerCase()).not.toContain(local);
    await search.fill(local);
    await expect(offered).toHaveCount(1);
    await picker.getByRole('checkbox', { name: `Add ${ananya.name}`, exact: true }).check();

    // What was ticked under an earlier search stays ticked.
    await search.fill('');
    await expect(offered).toHaveCount(AGENTS - 2);
    await expect(picker.getByRole('checkbox', { name: `Add ${rohan.name}`, exact: true })).toBeChecked();
    await expect(picker).toContainText('2 chosen; they will take calls');
    await picker.getByRole('button', { name: 'Add 2 agents' }).click();
    await expect(picker).toBeHidden();

    // Collected, not sent: the table shows the edit, the server still holds the old members.
    const expected = membersOf([aarav, true], [priya, false], [rohan, true], [ananya, true]);
    await expect(pendingBar(page)).toContainText('+2 agents');
    expect(await shownMembers(page)).toEqual(expected);
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [priya, false]));
    expect(traffic.count(SUBMIT)).toBe(0);

    // A double click saves once.
    await pendingBar(page).getByRole('button', { name: 'Save members' }).dblclick();
    await expect(savedNotice(page, 'Billing')).toContainText('4 agents, 3 take calls.');
    await expect(pendingBar(page)).toBeHidden();
    expect(await mock.sortedMembers(account, billing.id)).toEqual(expected);
    expect(traffic.count(SUBMIT), 'exactly one submit').toBe(1);
    const sent = only(traffic.of(SUBMIT)).body;
    expect(sentIds(sent, 'agent_unique_id')).toEqual([aarav, priya, rohan, ananya].map((a) => a.agentId).sort());
    expect(sentIds(sent, 'receive_call')).toEqual([aarav, rohan, ananya].map((a) => a.agentId).sort());
    await expectMembersMatchServer(page, mock, account, billing.id);
  });

  test('removes one and ticked ones, flips who takes calls; Discard puts back what the server holds', async ({ page, mock, signIn }) => {
    const { account, billing, roster } = await billingWith(mock, [
      [0, true],
      [1, true],
      [2, false],
      [3, true],
    ]);
    const [aarav, priya, rohan, ananya] = [at(roster, 0), at(roster, 1), at(roster, 2), at(roster, 3)];
    const original = membersOf([aarav, true], [priya, true], [rohan, false], [ananya, true]);
    await signIn(account);
    await openGroup(page, 'Billing', 4);
    const traffic = new ApiTraffic(page);
    const table = membersTable(page);

    await table.getByRole('button', { name: `Remove ${aarav.name}`, exact: true }).click();
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(pendingBar(page)).toContainText('−1 agent');
    await table.getByRole('switch', { name: `${rohan.name} takes calls`, exact: true }).click();
    await table.getByRole('switch', { name: `${priya.name} takes calls`, exact: true }).click();
    await expect(pendingBar(page)).toContainText('−1 agent, 1 starts taking calls, 1 stops taking calls');
    expect(await shownMembers(page)).toEqual(membersOf([priya, false], [rohan, true], [ananya, true]));

    await pendingBar(page).getByRole('button', { name: 'Discard' }).click();
    await expect(pendingBar(page)).toBeHidden();
    expect(await shownMembers(page)).toEqual(original);
    expect(await mock.sortedMembers(account, billing.id)).toEqual(original);

    // Ticked members go together.
    await table.getByRole('checkbox', { name: `Select ${priya.name}`, exact: true }).check();
    await table.getByRole('checkbox', { name: `Select ${rohan.name}`, exact: true }).check();
    await page.getByRole('button', { name: 'Remove 2 ticked' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('button', { name: /ticked$/ })).toHaveCount(0);
    await table.getByRole('switch', { name: `${ananya.name} takes calls`, exact: true }).click();
    await expect(pendingBar(page)).toContainText('−2 agents, 1 stops taking calls');
    expect(traffic.count(SUBMIT), 'nothing is sent before Save members').toBe(0);

    await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
    await expect(savedNotice(page, 'Billing')).toContainText('2 agents, 1 take calls.');
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [ananya, false]));
    expect(traffic.count(SUBMIT)).toBe(1);
    await expectMembersMatchServer(page, mock, account, billing.id);
  });

  test('saving an active group where nobody would take calls asks first; Cancel sends nothing', async ({ page, mock, signIn }) => {
    const { account, billing, roster } = await billingWith(mock, [
      [0, true],
      [1, false],
    ]);
    const [aarav, priya] = [at(roster, 0), at(roster, 1)];
    await signIn(account);
    await openGroup(page, 'Billing', 2);
    const traffic = new ApiTraffic(page);

    await membersTable(page).getByRole('switch', { name: `${aarav.name} takes calls`, exact: true }).click();
    await expect(pendingBar(page)).toContainText('1 stops taking calls');
    await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
    const confirm = page.getByRole('dialog', { name: 'Nobody will take Billing’s calls' });
    await expect(confirm).toContainText('none of its agents takes its calls');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    expect(traffic.count(SUBMIT)).toBe(0);
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [priya, false]));
    await expect(pendingBar(page), 'the edit stays after Cancel').toContainText('1 stops taking calls');

    await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
    await confirm.getByRole('button', { name: 'Save anyway' }).click();
    await expect(savedNotice(page, 'Billing')).toContainText('2 agents, 0 take calls.');
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, false], [priya, false]));
    expect(traffic.count(SUBMIT)).toBe(1);
    await expectMembersMatchServer(page, mock, account, billing.id);
  });

  test('leaving the page with pending member changes asks first; leaving sends nothing', async ({ page, mock, signIn }) => {
    const { account, billing, roster } = await billingWith(mock, [
      [0, true],
      [1, true],
    ]);
    const [aarav, priya] = [at(roster, 0), at(roster, 1)];
    await signIn(account);
    await openGroup(page, 'Billing', 2);
    const traffic = new ApiTraffic(page);

    await membersTable(page).getByRole('button', { name: `Remove ${priya.name}`, exact: true }).click();
    await expect(pendingBar(page)).toContainText('−1 agent');

    await page.getByRole('link', { name: '← All groups' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(leave).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/groups/${billing.id}$`));
    await expect(pendingBar(page), 'staying keeps the edit').toContainText('−1 agent');
    expect(await shownMembers(page)).toEqual(membersOf([aarav, true]));

    await page.getByRole('link', { name: '← All groups' }).click();
    await leave.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    expect(traffic.count(SUBMIT)).toBe(0);
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [priya, true]));
  });

  test('Recent changes lists who joined and who left, and Undo restores the previous members on the server', async ({ page, mock, signIn }) => {
    const { account, billing, roster } = await billingWith(mock, [
      [0, true],
      [1, false],
    ]);
    const [aarav, priya, rohan] = [at(roster, 0), at(roster, 1), at(roster, 2)];
    const before = membersOf([aarav, true], [priya, false]);
    await signIn(account);
    await openGroup(page, 'Billing', 2);

    const picker = await openPicker(page);
    await picker.getByRole('textbox', { name: 'Search agents' }).fill(rohan.name);
    await picker.getByRole('checkbox', { name: `Add ${rohan.name}`, exact: true }).check();
    await picker.getByRole('button', { name: 'Add 1 agent' }).click();
    await membersTable(page).getByRole('button', { name: `Remove ${aarav.name}`, exact: true }).click();
    await expect(pendingBar(page)).toContainText('+1 agent, −1 agent');
    await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
    await expect(savedNotice(page, 'Billing')).toBeVisible();
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([priya, false], [rohan, true]));

    await page.getByRole('button', { name: 'Recent changes (1)' }).click();
    const drawer = page.getByRole('dialog', { name: 'Recent changes' });
    const description = `Billing: members — joined: ${rohan.name}; left: ${aarav.name}`;
    const entry = drawer.getByRole('listitem').filter({ hasText: description });
    await expect(entry).toContainText('Done');
    await drawer.getByRole('button', { name: `Undo: ${description}`, exact: true }).click();
    await expect.poll(() => mock.sortedMembers(account, billing.id), { message: 'undo restores the members before' }).toEqual(before);
    await expect(entry).toContainText('Undone');
    await expect(drawer.getByRole('listitem').filter({ hasText: `Undid: Billing: members — joined: ${aarav.name}; left: ${rohan.name}` })).toContainText(
      'Done',
    );
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expectMembersMatchServer(page, mock, account, billing.id);
  });

  test('with agentData carrying only the members, the picker reads the roster from Agent/list', async ({ page, mock, signIn }) => {
    const { account, billing, roster } = await billingWith(mock, [[0, true]], { membersOnlyAgentData: true });
    const [aarav, priya] = [at(roster, 0), at(roster, 1)];
    // The switch is on: the relation reply names the members only.
    const relation = (await mock.call(account, 'getGroupAgentRelation', { groupId: billing.id })) as { response: { agentData: unknown[] } };
    expect(relation.response.agentData).toHaveLength(1);

    await signIn(account);
    await openGroup(page, 'Billing', 1);
    const rosterReads: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/v2\/Agent\/list\/?$/.test(request.url()) && request.method() === 'POST') rosterReads.push(request.url());
    });

    const picker = await openPicker(page);
    const offered = picker.getByRole('checkbox', { name: /^Add / });
    await expect(offered).toHaveCount(AGENTS - 1);
    expect(rosterReads.length, 'the picker read Agent/list').toBeGreaterThan(0);
    await picker.getByRole('textbox', { name: 'Search agents' }).fill('priya');
    await expect(offered).toHaveCount(1);
    await picker.getByRole('checkbox', { name: `Add ${priya.name}`, exact: true }).check();
    await picker.getByRole('button', { name: 'Add 1 agent' }).click();
    await expect(pendingBar(page)).toContainText('+1 agent');
    await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
    await expect(savedNotice(page, 'Billing')).toContainText('2 agents, 2 take calls.');
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [priya, true]));
    await expectMembersMatchServer(page, mock, account, billing.id);
  });

  test.describe('when Agent/list fails', () => {
    test.use({ expectedConsoleErrors: [FAILED_TO_LOAD] });

    test('the picker says the agents could not be read, and members can still be removed and saved', async ({ page, mock, signIn }) => {
      const { account, billing, roster } = await billingWith(
        mock,
        [
          [0, true],
          [1, true],
          [2, false],
        ],
        { membersOnlyAgentData: true },
      );
      const [aarav, priya, rohan] = [at(roster, 0), at(roster, 1), at(roster, 2)];
      await signIn(account);
      await openGroup(page, 'Billing', 3);
      await mock.fault(account, { kind: 'http', status: 503, actions: ['Agent/list'] });

      const picker = await openPicker(page);
      // A 503 is retried (three times, backing off) before the picker gives up.
      const failed = picker.getByRole('alert').filter({ hasText: 'The account’s agents could not be read' });
      await expect(failed).toBeVisible({ timeout: 20_000 });
      await expect(failed).toContainText('Members can still be removed');
      await expect(picker.getByRole('checkbox')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(picker).toBeHidden();

      const traffic = new ApiTraffic(page);
      await membersTable(page).getByRole('button', { name: `Remove ${rohan.name}`, exact: true }).click();
      await membersTable(page).getByRole('switch', { name: `${priya.name} takes calls`, exact: true }).click();
      await expect(pendingBar(page)).toContainText('−1 agent, 1 stops taking calls');
      await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
      await expect(savedNotice(page, 'Billing')).toContainText('2 agents, 1 take calls.');
      expect(traffic.count(SUBMIT)).toBe(1);
      expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [priya, false]));
      await expectMembersMatchServer(page, mock, account, billing.id);

      // Once Agent/list answers again, the picker lists the agents.
      await mock.clearFaults(account);
      const again = await openPicker(page);
      await expect(again.getByRole('checkbox', { name: /^Add / })).toHaveCount(AGENTS - 2);
    });
  });
});

test.describe('a colleague changes the same members', () => {
  test('a save from a page loaded before the colleague’s change keeps that change and says what it was', async ({
    page,
    browser,
    mock,
    signIn,
    apiServer,
  }, testInfo) => {
    const { account, billing, roster } = await billingWith(mock, [
      [0, true],
      [1, true],
      [2, false],
    ]);
    const [aarav, priya, rohan, ananya] = [at(roster, 0), at(roster, 1), at(roster, 2), at(roster, 3)];
    await signIn(account);
    await openGroup(page, 'Billing', 3);
    const traffic = new ApiTraffic(page);

    // The colleague, in a browser of their own, adds Ananya, removes Priya and saves.
    const other = await colleague(browser, testInfo, account, apiServer);
    await openGroup(other, 'Billing', 3);
    const picker = await openPicker(other);
    await picker.getByRole('textbox', { name: 'Search agents' }).fill(ananya.name);
    await picker.getByRole('checkbox', { name: `Add ${ananya.name}`, exact: true }).check();
    await picker.getByRole('button', { name: 'Add 1 agent' }).click();
    await membersTable(other).getByRole('button', { name: `Remove ${priya.name}`, exact: true }).click();
    await expect(pendingBar(other)).toContainText('+1 agent, −1 agent');
    await pendingBar(other).getByRole('button', { name: 'Save members' }).click();
    await expect(savedNotice(other, 'Billing')).toBeVisible();
    expect(await mock.sortedMembers(account, billing.id)).toEqual(membersOf([aarav, true], [rohan, false], [ananya, true]));

    // The first page still shows the members it loaded; the supervisor removes someone else and saves.
    expect(await shownMembers(page)).toEqual(membersOf([aarav, true], [priya, true], [rohan, false]));
    await membersTable(page).getByRole('button', { name: `Remove ${rohan.name}`, exact: true }).click();
    await pendingBar(page).getByRole('button', { name: 'Save members' }).click();
    await expect(savedNotice(page, 'Billing')).toContainText(
      `The members had changed elsewhere since the page was loaded (joined: ${ananya.name}; left: ${priya.name}); your changes were applied on top.`,
    );

    // Both changes hold: Ananya joined, Priya and Rohan left.
    const both = membersOf([aarav, true], [ananya, true]);
    expect(await mock.sortedMembers(account, billing.id)).toEqual(both);
    expect(traffic.count(SUBMIT), 'one submit, with the fresh set').toBe(1);
    expect(sentIds(only(traffic.of(SUBMIT)).body, 'agent_unique_id')).toEqual([aarav.agentId, ananya.agentId].sort());
    await expectMembersMatchServer(page, mock, account, billing.id);
    await other.context().close();
  });
});
