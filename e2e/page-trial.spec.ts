/**
 * What a supervisor trial found (issue 18), where only a real browser can tell: on a group's page a long
 * name must not push the page sideways and a wide screen must be used; the colour scheme control.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Account, type MockApi } from './fixtures';

/** 100 characters, no space: the longest name DeepCall takes, as one word. */
const LONG_NAME = `Billing${'Renewals'.repeat(11)}EMEAx`;

/** How far the page scrolls sideways (0 when it fits its window). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The lines a cell's text takes on screen: distinct tops of its text's boxes. */
function linesOf(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });
}

/** A dialog's title lies inside the dialog, and the dialog inside a window `width` wide (a long name wraps). */
async function expectTitleFits(dialog: Locator, width: number): Promise<void> {
  await expect(dialog).toBeVisible();
  const title = await dialog.getByRole('heading').first().boundingBox();
  const frame = await dialog.boundingBox();
  expect(title && frame && title.x + title.width <= frame.x + frame.width && frame.x + frame.width <= width).toBe(true);
}

/** An account whose Billing has `count` members, every one taking its calls. */
async function billingWithMembers(mock: MockApi, count: number): Promise<{ account: Account; billingId: number | string }> {
  const account = await mock.createSeededAccount({ seedGroups: 3, seedAgents: 40 });
  const billing = await mock.get(account, 'Billing');
  const roster = await mock.agents(account);
  await mock.setMembers(
    account,
    billing.id,
    roster.slice(0, count).map((agent) => ({ agentId: agent.agentId, receivesCalls: true })),
  );
  return { account, billingId: billing.id };
}

test.describe('a group’s page', () => {
  for (const width of [375, 1280]) {
    test(`a 100-character name without spaces wraps at ${width} px: the page never scrolls sideways`, async ({ page, mock, signIn }) => {
      expect(LONG_NAME).toHaveLength(100);
      const { account, billingId } = await billingWithMembers(mock, 3);
      await mock.update(account, { groupId: billingId, name: LONG_NAME, status: 1 });
      await page.setViewportSize({ width, height: 800 });
      await signIn(account);

      await page.goto(`/groups/${billingId}`);
      const heading = page.getByRole('heading', { level: 1, name: LONG_NAME });
      await expect(heading).toBeVisible();
      await expect(page.getByRole('table', { name: 'Agents in this group' }).getByRole('row')).toHaveCount(4);
      expect(await sidewaysScroll(page)).toBe(0);
      // Wrapped, not cut: the whole heading lies inside the window.
      const box = await heading.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);

      // Typed into the name field, and said back by the form, the name still fits.
      await page.getByRole('textbox', { name: 'Name' }).fill(`${LONG_NAME.slice(0, 60)}${'Z'.repeat(40)}`);
      await expect(page.getByText('100 of 100 characters')).toBeVisible();
      expect(await sidewaysScroll(page)).toBe(0);

      // Switching it off asks first, in a dialog whose title holds the name: it wraps there too.
      await page.getByRole('textbox', { name: 'Name' }).fill(LONG_NAME);
      await page.getByRole('switch', { name: 'Active', exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      const dialog = page.getByRole('dialog', { name: `Deactivate ${LONG_NAME}?` });
      await expectTitleFits(dialog, width);
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // The other dialogs whose title holds the name: Delete, and the list's row switch.
      await page.getByRole('button', { name: 'Delete group' }).click();
      const deleting = page.getByRole('dialog', { name: `Delete ${LONG_NAME}?` });
      await expectTitleFits(deleting, width);
      await deleting.getByRole('button', { name: 'Cancel' }).click();
      // Back to what the server holds, so leaving asks nothing.
      await page.getByRole('switch', { name: 'Active', exact: true }).click();
      await page.goto('/groups');
      await page.getByRole('switch', { name: `${LONG_NAME} active` }).click();
      const rowQuestion = page.getByRole('dialog', { name: `Deactivate ${LONG_NAME}?` });
      await expectTitleFits(rowQuestion, width);
      await rowQuestion.getByRole('button', { name: 'Cancel' }).click();
    });
  }

  test('at 1280 px the details and the members sit side by side and the members table has the room', async ({ page, mock, signIn }) => {
    const { account, billingId } = await billingWithMembers(mock, 8);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(account);
    await page.goto(`/groups/${billingId}`);

    const table = page.getByRole('table', { name: 'Agents in this group' });
    await expect(table.getByRole('row')).toHaveCount(9);
    const details = await page.getByRole('textbox', { name: 'Name' }).locator('xpath=ancestor::form').boundingBox();
    const members = await table.boundingBox();
    const main = await page.getByRole('main').boundingBox();
    if (!details || !members || !main) throw new Error('the page has not laid out');
    // Beside each other, not one below the other.
    expect(members.x).toBeGreaterThan(details.x + details.width);
    expect(Math.abs(members.y - details.y)).toBeLessThan(120);
    // The two use the page's width: from the left edge of the content to its right edge.
    expect(members.x + members.width - details.x).toBeGreaterThan(0.8 * main.width);
    // Every email on one line.
    const emails = table.getByRole('cell').filter({ hasText: '@' });
    await expect(emails).toHaveCount(8);
    for (let i = 0; i < 8; i++) expect(await linesOf(emails.nth(i)), await emails.nth(i).innerText()).toBe(1);
    expect(await sidewaysScroll(page)).toBe(0);
  });

  test('at 375 px they stack, the details first, each as wide as the screen allows', async ({ page, mock, signIn }) => {
    const { account, billingId } = await billingWithMembers(mock, 3);
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(account);
    await page.goto(`/groups/${billingId}`);

    const table = page.getByRole('table', { name: 'Agents in this group' });
    await expect(table.getByRole('row')).toHaveCount(4);
    const details = await page.getByRole('textbox', { name: 'Name' }).locator('xpath=ancestor::form').boundingBox();
    const members = await table.boundingBox();
    if (!details || !members) throw new Error('the page has not laid out');
    expect(members.y).toBeGreaterThan(details.y + details.height);
    expect(details.width).toBeGreaterThan(280);
    expect(members.width).toBeGreaterThan(280);
    expect(await sidewaysScroll(page)).toBe(0);
  });
});

test('the colour scheme control is on the sign-in page, says its state, and goes back to the system’s', async ({ page, account, signIn }) => {
  const html = page.locator('html');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/login');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('auto');
  await expect(theme.locator('option:checked')).toHaveText('System theme');

  await theme.selectOption({ label: 'Dark theme' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await signIn(account);
  // The same choice in the console's header, kept across the sign-in.
  await expect(theme.locator('option:checked')).toHaveText('Dark theme');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await theme.selectOption({ label: 'System theme' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(theme.locator('option:checked')).toHaveText('System theme');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
});
