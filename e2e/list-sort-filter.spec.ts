/**
 * Finding the right groups: the status filter with bulk Activate after a holiday, sorting by name
 * with numbers in order, Export CSV of exactly the rows shown, and the address keeping all of it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, groupRow, groupRows, test } from './fixtures';

/** The first eight seeded names: enough for a filter that narrows, all rendered by the virtualized table. */
const SEED = 8;

function statusOption(page: Page, label: 'All' | 'Active' | 'Inactive') {
  return page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: new RegExp(`^${label} \\d+$`) });
}

/** The list's settings in the address, whatever order they were written in. */
function addressSettings(page: Page): Record<string, string> {
  const url = new URL(page.url());
  expect(url.pathname).toBe('/groups');
  return Object.fromEntries([...url.searchParams].sort());
}

function sortButton(page: Page, column: string) {
  return page.getByRole('columnheader', { name: column }).getByRole('button', { name: column });
}

test('after a holiday: filter Inactive, select all shown, Activate — one confirmation, every group active on the server', async ({
  page,
  mock,
  signIn,
}) => {
  const account = await mock.createAccount(SEED);
  // Technical Support is seeded inactive; two more were switched off for the holiday.
  for (const name of ['Billing', 'Retention']) await mock.update(account, { groupId: (await mock.get(account, name)).id, name, status: 0 });
  await signIn(account);
  await expect(groupRows(page)).toHaveCount(SEED);
  await expect(statusOption(page, 'Inactive')).toHaveAccessibleName('Inactive 3');

  await statusOption(page, 'Inactive').check();
  await expect(groupRows(page).getByRole('link')).toHaveText(['Billing', 'Retention', 'Technical Support']);
  await expect.poll(() => addressSettings(page)).toEqual({ status: 'inactive' });
  await page.getByRole('checkbox', { name: 'Select all groups shown' }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar).toContainText('3 groups selected');
  await bar.getByRole('button', { name: 'Activate', exact: true }).click();

  const confirm = page.getByRole('dialog', { name: 'Activate 3 groups?' });
  await expect(confirm).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await confirm.getByRole('button', { name: 'Activate 3 groups' }).click();

  await expect(bar).toContainText('3 groups activated');
  await expect.poll(async () => (await mock.list(account)).filter((g) => Number(g.status) !== 1).map((g) => g.name)).toEqual([]);
  await expect(page.getByText('No inactive groups', { exact: true })).toBeVisible();
  await expect(statusOption(page, 'Active')).toHaveAccessibleName(`Active ${SEED}`);
});

test('sort by name with numbers in order, export the rows shown, and a reload keeps search, filter and order', async ({
  page,
  mock,
  account,
  signIn,
}) => {
  for (const name of ['Sales 10', 'Sales 2', 'sales 1']) await mock.call(account, 'add', { name });
  await signIn(account);

  // A name a spreadsheet would run as a formula, created through the console.
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New group' });
  await dialog.getByLabel('Name').fill('=SUM(A1)');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '=SUM(A1)' })).toBeVisible();
  await page.getByRole('link', { name: '← All groups' }).click();
  await expect(groupRows(page)).toHaveCount(7);

  await sortButton(page, 'Name').click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(groupRows(page).getByRole('link')).toHaveText(['=SUM(A1)', 'Billing', 'Inside Sales', 'sales 1', 'Sales 2', 'Sales 10', 'Support']);
  await sortButton(page, 'Name').click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(groupRows(page).getByRole('link')).toHaveText(['Support', 'Sales 10', 'Sales 2', 'sales 1', 'Inside Sales', 'Billing', '=SUM(A1)']);

  // Billing has no "s"; Sales 2 is switched off and filtered out.
  await groupRow(page, 'Sales 2').getByRole('switch').click();
  await expect.poll(async () => Number((await mock.get(account, 'Sales 2')).status)).toBe(0);
  await page.getByLabel('Search groups').pressSequentially('s');
  await statusOption(page, 'Active').check();
  const shown = ['Support', 'Sales 10', 'sales 1', 'Inside Sales', '=SUM(A1)'];
  await expect(groupRows(page).getByRole('link')).toHaveText(shown);
  await expect.poll(() => addressSettings(page)).toEqual({ q: 's', sort: '-name', status: 'active' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^groups-\d{4}-\d\d-\d\d\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  const server = await mock.list(account);
  const id = (name: string) => String(server.find((g) => g.name === name)?.id);
  expect(lines[0]).toBe('id,name,status,agents,created (DeepCall server time)');
  expect(lines.slice(1).map((line) => line.split(',').slice(0, 3))).toEqual(
    shown.map((name) => [id(name), name === '=SUM(A1)' ? `"'=SUM(A1)"` : name, 'active']),
  );
  for (const line of lines.slice(1)) expect(line).toMatch(/,\d+,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

  await page.reload();
  await expect(groupRows(page).getByRole('link')).toHaveText(shown);
  await expect(page.getByLabel('Search groups')).toHaveValue('s');
  await expect(statusOption(page, 'Active')).toBeChecked();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
});
