/**
 * Issue 18, the groups list in a real browser: ticking a row never moves the rows and the bulk bar
 * stays in view; a cancelled 2,000-group delete sends no request storm; toasts leave the Recent
 * changes panel free.
 */
import type { Locator, Page } from '@playwright/test';
import { ApiTraffic, expect, groupRows, test, twoFramesLater } from './fixtures';

/** Each rendered row's name and top edge in the window, in the table's order. */
async function rowTops(page: Page): Promise<{ name: string; top: number }[]> {
  return groupRows(page).evaluateAll((rows) =>
    rows.map((row) => ({ name: row.querySelector('a')?.textContent ?? '', top: row.getBoundingClientRect().top })),
  );
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 375, height: 740 },
]) {
  test(`ticking the first row moves no row (${viewport.width} px)`, async ({ page, mock, signIn }) => {
    await page.setViewportSize(viewport);
    await signIn(await mock.createAccount(30));
    await expect(groupRows(page).first()).toBeVisible();
    const before = await rowTops(page);
    const first = before[0]?.name ?? '';

    await page.getByRole('checkbox', { name: `Select ${first}`, exact: true }).click();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('1 group selected');
    await twoFramesLater(page);

    expect(await rowTops(page)).toEqual(before);
    // A quick second click lands on the row it was aimed at.
    const second = before[1]?.name ?? '';
    await page.getByRole('checkbox', { name: `Select ${second}`, exact: true }).click();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 groups selected');
    expect(await rowTops(page)).toEqual(before);
  });
}

test('after scrolling far down, ticking a row keeps the rows still and the bulk bar in view', async ({ page, mock, signIn }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(await mock.createAccount(300));
  await expect(groupRows(page).first()).toBeVisible();
  const bar = page.getByRole('region', { name: 'Bulk actions' });

  await page.evaluate(() => window.scrollTo(0, 6000));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(6000);
  await twoFramesLater(page);
  // A row in the middle of the window.
  const before = await rowTops(page);
  const target = before.find((row) => row.top > 300 && row.top < 400);
  if (!target) throw new Error('no row in the middle of the window');
  expect(await box(bar).then((b) => b.y + b.height)).toBeLessThan(0);

  await page.getByRole('checkbox', { name: `Select ${target.name}`, exact: true }).click();
  await expect(bar).toContainText('1 group selected');
  await twoFramesLater(page);

  expect(await rowTops(page)).toEqual(before);
  // The bar sticks to the top of the window, whole, and its buttons work from there.
  const stuck = await box(bar);
  expect(stuck.y).toBeGreaterThanOrEqual(0);
  expect(stuck.y).toBeLessThan(10);
  expect(stuck.y + stuck.height).toBeLessThan(120);
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByRole('checkbox', { name: `Select ${target.name}`, exact: true })).not.toBeChecked();
  // Nothing selected: the bar stays where it is in the page, above the list.
  await expect.poll(async () => (await box(bar)).y + (await box(bar)).height).toBeLessThan(0);
});

test('a cancelled delete of 2,000 groups counts from the list: no request per group', async ({ page, mock, signIn }) => {
  test.slow();
  const account = await mock.createAccount(2000);
  await signIn(account);
  await expect(page.getByText('2,000 groups', { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all groups shown' }).click();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar).toContainText('2,000 groups selected');
  const traffic = new ApiTraffic(page);

  await bar.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2,000 groups?' });
  await expect(dialog).toContainText("agent assignments in these groups, from the list's counts");
  const confirm = dialog.getByRole('button', { name: 'Delete 2,000 groups' });
  const typed = dialog.getByRole('textbox', { name: 'Type 2,000 to delete 2,000 groups' });
  await expect(typed).toBeFocused();
  await expect(confirm).toBeDisabled();
  await typed.fill('200');
  await expect(confirm).toBeDisabled();
  await typed.fill('2000');
  await expect(confirm).toBeEnabled();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // The server still holds every group; its read is a round trip later than anything the page started.
  expect(await mock.list(account)).toHaveLength(2000);
  expect(traffic.count('getGroupAgentRelation')).toBe(0);
  expect(traffic.count('delete')).toBe(0);
});

for (const width of [1280, 375]) {
  test(`a toast does not cover the Recent changes panel (${width} px)`, async ({ page, mock, account, signIn }) => {
    await page.setViewportSize({ width, height: 720 });
    const billing = await mock.get(account, 'Billing');
    // No agents: its switch goes off at once, without a question.
    await mock.setMembers(account, billing.id, []);
    await signIn(account);

    await page.getByRole('switch', { name: 'Billing active', exact: true }).click();
    await expect.poll(async () => Number((await mock.get(account, 'Billing')).status)).toBe(0);
    await page.getByRole('button', { name: 'Recent changes (1)' }).click();
    const panel = page.getByRole('dialog', { name: 'Recent changes' });
    await panel.getByRole('button', { name: /^Undo: Billing/ }).click();
    await expect.poll(async () => Number((await mock.get(account, 'Billing')).status)).toBe(1);

    const toast = page.getByRole('alert').filter({ hasText: 'Change undone' });
    if (width >= 900) {
      // Room beside the panel: the toast shows there.
      await expect(toast).toBeVisible();
      await twoFramesLater(page);
      expect(overlaps(await box(toast), await box(panel))).toBe(false);
    } else {
      // The panel fills the screen: the toast is there but not drawn over it; the panel lists the undo itself.
      const anyToast = page.getByRole('alert', { includeHidden: true }).filter({ hasText: 'Change undone' });
      await expect(anyToast).toHaveCount(1);
      // Once its entrance has ended (it and its wrapper fully opaque: transitions do not run under a hidden
      // ancestor, so it gets there either way), it is not on screen.
      await expect
        .poll(() => anyToast.evaluate((e) => [e, e.parentElement].every((el) => el !== null && getComputedStyle(el).opacity === '1')))
        .toBe(true);
      expect(await anyToast.isVisible()).toBe(false);
      await expect(panel.getByRole('listitem')).toHaveCount(2);
    }
  });
}
