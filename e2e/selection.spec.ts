/**
 * Selecting groups for a bulk action with shift-click ranges, when a search has changed
 * which rows are shown since the last click.
 */
import type { Page } from '@playwright/test';
import { expect, groupRows, test } from './fixtures';

/** The first eight seeded names: enough for a search that narrows, all rendered by the virtualized table. */
const SEED = 8;
/** The rows a search for "s" leaves, in the table's order. */
const WITH_S = ['Inside Sales', 'Support', 'Collections', 'Technical Support', 'Customer Care'];

function selectBox(page: Page, name: string) {
  return page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
}

async function expectChecked(page: Page, names: string[], checked: readonly string[]): Promise<void> {
  for (const name of names) {
    if (checked.includes(name)) await expect(selectBox(page, name)).toBeChecked();
    else await expect(selectBox(page, name)).not.toBeChecked();
  }
}

async function searchForS(page: Page): Promise<void> {
  await page.getByLabel('Search groups').pressSequentially('s');
  await expect(groupRows(page).getByRole('link')).toHaveText(WITH_S);
}

// A page error (the shift-click used to throw) fails these tests through the failOnPageErrors fixture.
test.describe('shift-click ranges after a search', () => {
  test('are taken among the rows shown: the row ticked before the search is the anchor', async ({ page, mock, signIn }) => {
    await signIn(await mock.createAccount(SEED));
    await expect(groupRows(page)).toHaveCount(SEED);
    const bar = page.getByRole('region', { name: 'Bulk actions' });

    // The last of eight rows; after the search, the last of five.
    await selectBox(page, 'Customer Care').click();
    await expect(bar).toContainText('1 group selected');
    await searchForS(page);

    // Two rows above it.
    await selectBox(page, 'Collections').click({ modifiers: ['Shift'] });
    await expect(bar).toContainText('3 groups selected');
    await expectChecked(page, WITH_S, ['Collections', 'Technical Support', 'Customer Care']);
  });

  test('from a row the search hid, shift-click ticks one row, and the next shift-click ranges from it', async ({ page, mock, signIn }) => {
    await signIn(await mock.createAccount(SEED));
    const bar = page.getByRole('region', { name: 'Bulk actions' });

    await selectBox(page, 'Billing').click();
    await searchForS(page);

    await selectBox(page, 'Support').click({ modifiers: ['Shift'] });
    await expect(bar).toContainText('2 groups selected');
    await selectBox(page, 'Technical Support').click({ modifiers: ['Shift'] });
    await expect(bar).toContainText('4 groups selected');
    await expectChecked(page, WITH_S, ['Support', 'Collections', 'Technical Support']);

    // Billing, hidden by the search, is still selected.
    await page.getByLabel('Search groups').fill('');
    await expect(selectBox(page, 'Billing')).toBeChecked();
  });
});
