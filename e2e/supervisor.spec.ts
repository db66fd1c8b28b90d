/**
 * Issue 6: what a supervisor gets beyond a form over the API — the impact of a
 * change before making it, bulk changes with progress, history with undo, dark
 * mode, shortcuts and a phone-sized layout. Checked against the mock API.
 */
import type { Page } from '@playwright/test';
import {
  confirmRowDeactivation,
  ApiTraffic,
  SEEDED,
  at,
  expect,
  expectListMatchesServer,
  groupRow,
  groupRows,
  only,
  test,
  twoFramesLater,
  webStorage,
  type Account,
  type MockApi,
} from './fixtures';

/** Enough groups for ranges and searches, all still rendered by the virtualized table. */
const BULK_SEED = 8;

/** A fresh account of `count` groups, every one active (the seed makes every seventh inactive). */
async function allActiveAccount(mock: MockApi, count = BULK_SEED): Promise<Account> {
  const account = await mock.createAccount(count);
  for (const group of await mock.list(account)) {
    if (Number(group.status) !== 1) await mock.update(account, { groupId: group.id, name: group.name, status: 1 });
  }
  return account;
}

/** The names in the order the table shows them. */
async function shownNames(page: Page): Promise<string[]> {
  return groupRows(page).getByRole('link').allTextContents();
}

function selectBox(page: Page, name: string) {
  return page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
}

async function expectSelected(page: Page, names: string[], selected: ReadonlySet<string>): Promise<void> {
  for (const name of names) {
    if (selected.has(name)) await expect(selectBox(page, name)).toBeChecked();
    else await expect(selectBox(page, name)).not.toBeChecked();
  }
}

/** What a change's confirmation says about agents, in the console's words. */
function impactSentence(agents: number, receiving: number): string {
  return `${agents} agent${agents === 1 ? '' : 's'} ${agents === 1 ? 'is' : 'are'} assigned; ${receiving} of them take${receiving === 1 ? 's' : ''} calls for this group.`;
}

test.describe('members and impact', () => {
  test('the edit page lists the agents, and deactivating or deleting states how many agents it affects', async ({
    page,
    mock,
    signIn,
  }) => {
    const account = await allActiveAccount(mock);
    const groups = await mock.list(account);
    const members = new Map(await Promise.all(groups.map(async (g) => [g.name, await mock.members(account, g.id)] as const)));
    // The group with the most agents: the interesting case.
    const target = at([...groups].sort((a, b) => members.get(b.name)!.length - members.get(a.name)!.length), 0);
    const agents = members.get(target.name)!;
    const receiving = agents.filter((m) => m.receivesCalls).length;
    expect(agents.length, 'the seed gives this group no agents').toBeGreaterThan(1);

    await signIn(account);
    const traffic = new ApiTraffic(page);
    // The list shows each group's agent count.
    for (const group of groups) {
      await expect(groupRow(page, group.name).getByRole('cell').nth(3)).toHaveText(String(members.get(group.name)!.length));
    }

    await page.getByRole('link', { name: target.name, exact: true }).click();
    const table = page.getByRole('table', { name: 'Agents in this group' });
    await expect(table.getByRole('row')).toHaveCount(agents.length + 1);
    // Each agent with a switch saying whether they take this group's calls.
    for (const member of agents) {
      const takesCalls = table.getByRole('switch', { name: `${member.name} takes calls`, exact: true });
      if (member.receivesCalls) await expect(takesCalls).toBeChecked();
      else await expect(takesCalls).not.toBeChecked();
    }

    // Deactivating asks first, with the counts; cancelling changes nothing.
    await page.getByRole('switch', { name: 'Active', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const confirm = page.getByRole('dialog', { name: `Deactivate ${target.name}?` });
    await expect(confirm).toContainText(impactSentence(agents.length, receiving));
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    // Had Cancel sent the change, the server would hold it once the reply came.
    await expect.poll(() => traffic.pending('update')).toBe(0);
    expect((await mock.get(account, target.name)).status).toBe(1);

    // Deleting states the same counts, and that it is final.
    await page.getByRole('button', { name: 'Delete group' }).click();
    const remove = page.getByRole('dialog', { name: `Delete ${target.name}?` });
    await expect(remove).toContainText(impactSentence(agents.length, receiving));
    await expect(remove).toContainText('cannot be undone');
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expect(remove).toBeHidden();

    await page.getByRole('button', { name: 'Save' }).click();
    await confirm.getByRole('button', { name: 'Deactivate and save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Group saved' })).toContainText(`${target.name} is inactive.`);
    await expect.poll(async () => (await mock.get(account, target.name)).status).toBe(0);
  });
});

test.describe('bulk changes', () => {
  test('selects by shift-click range and by select-all of a search, then deactivates with one failure reported', async ({
    page,
    mock,
    signIn,
  }) => {
    const account = await allActiveAccount(mock);
    const members = new Map(
      await Promise.all((await mock.list(account)).map(async (g) => [g.name, await mock.members(account, g.id)] as const)),
    );
    await signIn(account);
    const names = await shownNames(page);
    expect(names).toHaveLength(BULK_SEED);
    const bar = page.getByRole('region', { name: 'Bulk actions' });

    // A range: the first row, then shift-click the fourth.
    await selectBox(page, at(names, 0)).click();
    await selectBox(page, at(names, 3)).click({ modifiers: ['Shift'] });
    const selected = new Set(names.slice(0, 4));
    await expect(bar).toContainText('4 groups selected');
    await expectSelected(page, names, selected);

    // Select all of a search result: only what the search shows is added.
    const term = 'support';
    const matches = names.filter((name) => name.toLowerCase().includes(term));
    expect(matches.length, 'the seed should have two groups matching the search').toBeGreaterThan(1);
    await page.getByLabel('Search groups').fill(term);
    await expect(groupRows(page)).toHaveCount(matches.length);
    await page.getByRole('checkbox', { name: 'Select all groups shown' }).click();
    for (const name of matches) selected.add(name);
    await page.getByLabel('Search groups').fill('');
    await expect(groupRows(page)).toHaveCount(BULK_SEED);
    await expect(bar).toContainText(`${selected.size} groups selected`);
    await expectSelected(page, names, selected);
    expect(selected.size).toBeLessThan(BULK_SEED);

    // One confirmation, with the totals.
    const chosen = names.filter((name) => selected.has(name));
    const assignments = chosen.reduce((sum, name) => sum + members.get(name)!.length, 0);
    const receiving = chosen.reduce((sum, name) => sum + members.get(name)!.filter((m) => m.receivesCalls).length, 0);
    await bar.getByRole('button', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog', { name: `Deactivate ${chosen.length} groups?` });
    await expect(confirm).toContainText(`${assignments} agent assignments in these groups; ${receiving} of them take calls.`);

    // The first change is refused; the others are slow enough to watch the progress.
    await mock.fault(account, { kind: 'code', code: 1015, actions: ['update'], times: 1 });
    await mock.fault(account, { kind: 'latency', ms: 600, actions: ['update'] });
    await confirm.getByRole('button', { name: `Deactivate ${chosen.length} groups` }).click();
    await expect(page.getByRole('progressbar', { name: 'Bulk change progress' })).toBeVisible();
    const report = bar.getByRole('status').filter({ hasText: 'groups deactivated' });
    await expect(report).toContainText(`${chosen.length - 1} groups deactivated, 1 failed`, { timeout: 20_000 });
    await mock.clearFaults(account);

    const server = await mock.list(account);
    const stillActive = server.filter((g) => chosen.includes(g.name) && Number(g.status) === 1).map((g) => g.name);
    expect(stillActive, 'exactly one selected group should have been refused').toHaveLength(1);
    const failed = only(stillActive);
    await expect(report).toContainText(`${failed}: Your DeepCall account is not allowed to do this.`);
    // Only the failed group stays selected, ready for a retry.
    await expect(bar).toContainText('1 group selected');
    await expectSelected(page, names, new Set([failed]));
    for (const group of server) expect(Number(group.status), group.name).toBe(group.name === failed || !chosen.includes(group.name) ? 1 : 0);
    await expectListMatchesServer(page, mock, account);
  });

  test('deletes the selected groups after a confirmation that says it cannot be undone', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await selectBox(page, 'Billing').click();
    await selectBox(page, 'Support').click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByRole('button', { name: 'Delete selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 groups?' });
    await expect(confirm).toContainText('agent assignments in these groups');
    await expect(confirm).toContainText('It cannot be undone.');
    await confirm.getByRole('button', { name: 'Delete 2 groups' }).click();

    await expect(bar.getByRole('status')).toContainText('2 groups deleted');
    await expect(groupRows(page)).toHaveCount(1);
    expect(await mock.names(account)).toEqual(['Inside Sales']);
    await expectListMatchesServer(page, mock, account);
  });

  test('cancelling a slow run stops between requests and leaves the rest untouched and selected', async ({ page, mock, signIn }) => {
    const account = await allActiveAccount(mock);
    await signIn(account);
    await page.getByRole('checkbox', { name: 'Select all groups shown' }).click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await expect(bar).toContainText(`${BULK_SEED} groups selected`);

    await mock.fault(account, { kind: 'latency', ms: 1_500, actions: ['update'] });
    await bar.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('dialog', { name: `Deactivate ${BULK_SEED} groups?` }).getByRole('button', { name: `Deactivate ${BULK_SEED} groups` }).click();
    await expect(page.getByRole('progressbar', { name: 'Bulk change progress' })).toBeVisible();
    await bar.getByRole('button', { name: 'Cancel remaining' }).click();

    const report = bar.getByRole('status').filter({ hasText: 'not attempted (cancelled)' });
    await expect(report).toBeVisible({ timeout: 20_000 });
    await mock.clearFaults(account);
    const server = await mock.list(account);
    const done = server.filter((g) => Number(g.status) === 0).map((g) => g.name);
    const untouched = server.filter((g) => Number(g.status) === 1).map((g) => g.name);
    expect(done.length, 'the requests already on their way finish').toBeGreaterThan(0);
    expect(untouched.length, 'cancelling left nothing untouched').toBeGreaterThan(0);
    await expect(report).toContainText(`${done.length} groups deactivated, ${untouched.length} not attempted (cancelled)`);
    // What was not attempted stays selected.
    const names = await shownNames(page);
    await expectSelected(page, names, new Set(untouched));
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('recent changes', () => {
  test('lists each change with before → after, survives a reload, and undo restores name and status on the server', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    await signIn(account);
    // A rename…
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await page.getByLabel('Name').fill('Billing EMEA');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing EMEA' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    // …a status change…
    await page.getByRole('switch', { name: 'Support active' }).click();
    await confirmRowDeactivation(page, 'Support');
    await expect.poll(async () => (await mock.get(account, 'Support')).status).toBe(0);
    // …and a refused one.
    await mock.fault(account, { kind: 'code', code: 1015, actions: ['update'], times: 1 });
    await page.getByRole('switch', { name: 'Inside Sales active' }).click();
    await confirmRowDeactivation(page, 'Inside Sales', { refused: true });
    await expect(page.getByRole('alert').filter({ hasText: 'Inside Sales was not deactivated' })).toBeVisible();

    await page.reload();
    await page.getByRole('button', { name: 'Recent changes (3)' }).click();
    const drawer = page.getByRole('dialog', { name: 'Recent changes' });
    const entries = drawer.getByRole('listitem');
    await expect(entries).toHaveCount(3);
    const renamed = entries.filter({ hasText: 'Billing: renamed Billing → Billing EMEA' });
    const deactivated = entries.filter({ hasText: 'Support: deactivated (active → inactive)' });
    const refused = entries.filter({ hasText: 'Inside Sales: deactivated (active → inactive)' });
    await expect(renamed).toContainText('Done');
    await expect(deactivated).toContainText('Done');
    await expect(refused).toContainText('Failed');
    await expect(refused).toContainText('not allowed');
    await expect(refused.getByRole('button')).toHaveCount(0);
    for (const entry of [renamed, deactivated, refused]) await expect(entry.locator('time')).toHaveCount(1);
    await expect(drawer).toContainText('deletions cannot');

    await drawer.getByRole('button', { name: 'Undo: Billing: renamed Billing → Billing EMEA', exact: true }).click();
    await expect.poll(() => mock.find(account, 'Billing')).toMatchObject({ name: 'Billing', status: 1 });
    await expect(renamed).toContainText('Undone');
    await drawer.getByRole('button', { name: 'Undo: Support: deactivated (active → inactive)', exact: true }).click();
    await expect.poll(async () => (await mock.get(account, 'Support')).status).toBe(1);
    await expect(deactivated).toContainText('Undone');
    await expect(entries).toHaveCount(5);

    // The history holds names and statuses only.
    const stored = await webStorage(page);
    expect(stored.session).toContain('Billing EMEA');
    for (const secret of [account.token, account.ssid]) expect(stored.session.replace(/group-console\.session=.*/, '')).not.toContain(secret);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('comfort', () => {
  test('dark mode follows the system, and a chosen scheme is remembered after a reload', async ({ page, account, signIn }) => {
    const html = page.locator('html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await signIn(account);
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.selectOption({ label: 'Light theme' });
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.reload();
    await expect(groupRow(page, 'Billing')).toBeVisible();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

    await theme.selectOption({ label: 'Dark theme' });
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await expect(groupRow(page, 'Billing')).toBeVisible();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(theme).toHaveValue('dark');
  });

  test('shortcuts / n ? work, and never fire while typing in a field', async ({ page, account, signIn }) => {
    await signIn(account);
    const search = page.getByLabel('Search groups');
    const dialogs = page.getByRole('dialog');
    await page.getByRole('heading', { level: 1, name: 'Groups' }).click();

    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
    // In the search box the same keys are just text.
    await page.keyboard.type('n?/');
    await expect(search).toHaveValue('n?/');
    // The list has taken the keys as a search: a shortcut they set off would have opened its dialog by now.
    await expect(page.getByText('No groups match “n?/”')).toBeVisible();
    await twoFramesLater(page);
    await expect(dialogs).toHaveCount(0);
    await search.fill('');
    await page.getByRole('heading', { level: 1, name: 'Groups' }).click();

    await page.keyboard.press('n');
    const create = page.getByRole('dialog', { name: 'New group' });
    await expect(create).toBeVisible();
    await expect(create.getByLabel('Name')).toBeFocused();
    await page.keyboard.type('n?/');
    await expect(create.getByLabel('Name')).toHaveValue('n?/');
    await twoFramesLater(page);
    await expect(dialogs).toHaveCount(1);
    await create.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialogs).toHaveCount(0);

    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const what of ['Search groups', 'New group', 'Show these shortcuts']) await expect(help).toContainText(what);
    await page.keyboard.press('Escape');
    await expect(dialogs).toHaveCount(0);

    // On the edit page too: typing a name never opens anything.
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    const name = page.getByLabel('Name');
    await name.click();
    await name.press('End');
    await page.keyboard.type(' n?/');
    await expect(name).toHaveValue('Billing n?/');
    await twoFramesLater(page);
    await expect(dialogs).toHaveCount(0);
  });

  test('at 375 px wide the list stays readable without sideways scrolling', async ({ page, mock, account, signIn }) => {
    // Billing's members are the seed's draw, sometimes none: give it two, so its members table is there to check.
    const billing = await mock.get(account, 'Billing');
    const [first, second] = await mock.agents(account);
    await mock.setMembers(account, billing.id, [
      { agentId: first!.agentId, receivesCalls: true },
      { agentId: second!.agentId, receivesCalls: false },
    ]);
    await page.setViewportSize({ width: 375, height: 740 });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(375);

    await signIn(account);
    for (const name of SEEDED) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      const box = await link.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${name} runs off the screen`).toBeLessThanOrEqual(375);
      // The whole name is shown, not cut short.
      const cut = await link.evaluate((el) => {
        const cell = el.closest('td') ?? el;
        return cell.scrollWidth > cell.clientWidth + 1;
      });
      expect(cut, `${name} is cut off`).toBe(false);
      await expect(page.getByRole('switch', { name: `${name} active` })).toBeVisible();
    }
    expect(await pageWidth()).toBeLessThanOrEqual(375);

    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Billing');
    // The members table drops its Email column; each row's controls stay on the screen.
    const members = page.getByRole('table', { name: 'Agents in this group' });
    await expect(members).toBeVisible();
    await expect(members.getByRole('columnheader')).toHaveCount(4);
    await expect(members.locator('th', { hasText: 'Email' })).toHaveCSS('display', 'none');
    await expect(members.getByText(/@example\.com$/).first()).toBeHidden();
    const remove = await members.getByRole('button', { name: /^Remove / }).first().boundingBox();
    expect(remove && remove.x + remove.width, 'Remove runs off the screen').toBeLessThanOrEqual(375);
    expect(await pageWidth()).toBeLessThanOrEqual(375);
  });
});
