/**
 * Issue 18, the members' part, where a real browser matters: names in the members table at 375 px,
 * the move dialog's action at 1280×800 beside 24 groups, the table's headers alike, and the back
 * button during a slow save. Each checked on the production build against what the mock holds.
 */
import type { Locator, Page } from '@playwright/test';
import { at, expect, test, type Account, type MockApi, type ServerAgent, type ServerGroup } from './fixtures';

/** Enough agents for the seed's names with two words and more ("Fatima Singh"). */
const AGENTS = 30;

/** A fresh account of `groups` groups whose Billing holds the roster's agents at `indexes`, all taking calls. */
async function billingWith(mock: MockApi, groups: number, indexes: number[]): Promise<{ account: Account; billing: ServerGroup; roster: ServerAgent[] }> {
  const account = await mock.createSeededAccount({ seedGroups: groups, seedAgents: AGENTS });
  const billing = await mock.get(account, 'Billing');
  const roster = await mock.agents(account);
  await mock.setMembers(
    account,
    billing.id,
    indexes.map((index) => ({ agentId: at(roster, index).agentId, receivesCalls: true })),
  );
  return { account, billing, roster };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function membersTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Agents in this group' });
}

async function openBilling(page: Page, members: number): Promise<void> {
  await page.getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  await expect(membersTable(page).getByRole('row')).toHaveCount(members + 1);
}

/** The words of an element's text that the browser laid out over more than one line. */
function wordsBrokenAcrossLines(cell: Locator): Promise<string[]> {
  return cell.evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

test.describe('the members table at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('names wrap only between words, and the name column has the room', async ({ page, mock, signIn }) => {
    // Fatima Singh (the trial's example), and names of several words.
    const { account, roster } = await billingWith(mock, 3, [10, 0, 1, 2, 5, 13]);
    expect(at(roster, 10).name).toBe('Fatima Singh');
    await signIn(account);
    await openBilling(page, 6);

    const rows = membersTable(page).getByRole('row');
    for (let i = 1; i < (await rows.count()); i++) {
      const name = rows.nth(i).getByRole('cell').nth(1);
      const text = (await name.textContent()) ?? '';
      expect(await wordsBrokenAcrossLines(name), `“${text}” broken inside a word`).toEqual([]);
      // The whole name is on screen, or available where it is cut short.
      const fits = await name.evaluate((cell) => cell.scrollWidth <= cell.clientWidth);
      if (!fits) await expect(name).toHaveAttribute('title', text);
    }
    const nameCell = rows.nth(1).getByRole('cell').nth(1);
    const rowBox = await rows.nth(1).boundingBox();
    const nameBox = await nameCell.boundingBox();
    if (!rowBox || !nameBox) throw new Error('the first member row is not laid out');
    // The trial measured 53 px for names at this width.
    expect(nameBox.width, 'the name column’s width').toBeGreaterThanOrEqual(120);
    expect(nameBox.width / rowBox.width).toBeGreaterThan(0.4);
    // Nothing spills out of the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('the members table at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the Email header looks like the other headers', async ({ page, mock, signIn }) => {
    const { account } = await billingWith(mock, 3, [0, 1]);
    await signIn(account);
    await openBilling(page, 2);

    const look = (header: Locator) =>
      header.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, size: style.fontSize, weight: style.fontWeight, transform: style.textTransform, wrap: style.whiteSpace };
      });
    const headers = membersTable(page).getByRole('columnheader');
    const agent = await look(headers.filter({ hasText: 'Agent' }));
    expect(await look(headers.filter({ hasText: 'Email' }))).toEqual(agent);
    expect(await look(headers.filter({ hasText: 'Takes calls' }))).toEqual(agent);
  });
});

test.describe('the move dialog at 1280×800 with 24 groups to choose from', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the Move button stays in view, and each group shows its agent count', async ({ page, mock, signIn }) => {
    const { account, billing, roster } = await billingWith(mock, 25, [0, 1, 2]);
    const moving = at(roster, 0);
    await signIn(account);
    await openBilling(page, 3);

    await membersTable(page).getByRole('checkbox', { name: `Select ${moving.name}`, exact: true }).check();
    await page.getByRole('button', { name: 'Move to group…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move 1 agent to another group' });
    const targets = dialog.getByRole('radio');
    await expect(targets).toHaveCount(24);
    await expect(dialog.getByRole('button', { name: 'Move', exact: true })).toBeInViewport({ ratio: 1 });

    // Every target with the number of agents the server holds in it.
    const groups = (await mock.list(account)).filter((g) => String(g.id) !== String(billing.id));
    for (const group of groups) {
      const count = (await mock.members(account, group.id)).length;
      const radio = dialog.getByRole('radio', { name: new RegExp(`^${escape(group.name)}( \\(inactive\\))?$`) });
      await expect(radio, group.name).toHaveAccessibleDescription(
        `${count} agent${count === 1 ? '' : 's'}`,
      );
    }

    // The last group of the list: picked, and its button still in view without scrolling the dialog.
    const last = targets.last();
    const label = await last.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
    await last.check();
    const target = label.replace(/ \(inactive\)$/, '');
    const move = dialog.getByRole('button', { name: `Move to ${target}` });
    await expect(move).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('status')).toContainText(new RegExp(`in ${target}`));
    await move.click();
    await expect(page.getByRole('status').filter({ hasText: `Moved to ${target}` })).toBeVisible();
    expect((await mock.members(account, billing.id)).map((m) => m.name)).not.toContain(moving.name);
  });
});

test.describe('the back button during a slow save', () => {
  test('says the save goes on, and the save lands and is reported', async ({ page, mock, signIn }) => {
    const { account, billing } = await billingWith(mock, 3, [0, 1]);
    await signIn(account);
    await openBilling(page, 2);
    await page.getByLabel('Name').fill('Billing EU');
    await mock.fault(account, { kind: 'latency', ms: 2_000, actions: ['update'], times: 1 });
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.goBack();
    const question = page.getByRole('dialog', { name: 'Leave while saving?' });
    await expect(question).toContainText('Your edit of the group’s name or status is being saved. Saving goes on if you leave');
    await expect(question).not.toContainText('lost');
    await question.getByRole('button', { name: 'Leave', exact: true }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.getByRole('alert').filter({ hasText: 'Group saved' })).toBeVisible();
    expect((await mock.list(account)).find((g) => String(g.id) === String(billing.id))?.name).toBe('Billing EU');
  });
});
