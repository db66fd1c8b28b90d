/**
 * The change path end to end. Two supervisors on one account, each in a browser of their own: a change by one is
 * never silently undone by the other. Both browsers talk to the same mock server over
 * real HTTP, so these run against the production build only (in the dev build each
 * browser has its own in-page mock).
 */
import type { Page } from '@playwright/test';
import { ApiTraffic, colleague, confirmRowDeactivation, expect, expectListMatchesServer, groupRow, test } from './fixtures';

async function renameOnEditPage(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('link', { name: from, exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue(from);
  await name.fill(to);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Group saved' })).toBeVisible();
}

test.describe('a colleague changes the same group', () => {
  test('a status switch keeps the name a colleague gave the group meanwhile', async ({ page, browser, mock, account, signIn, apiServer }, testInfo) => {
    await signIn(account);
    await expect(groupRow(page, 'Billing').getByRole('switch', { name: 'Billing active' })).toBeChecked();

    const other = await colleague(browser, testInfo, account, apiServer);
    await renameOnEditPage(other, 'Billing', 'Billing EU');
    expect((await mock.get(account, 'Billing EU')).status).toBe(1);

    // The first supervisor's list still shows the old name when they switch it off.
    await expect(groupRow(page, 'Billing')).toBeVisible();
    await groupRow(page, 'Billing').getByRole('switch', { name: 'Billing active' }).click();
    await confirmRowDeactivation(page, 'Billing', { renamedTo: 'Billing EU' });

    await expect(page.getByRole('alert').filter({ hasText: 'Billing was renamed to Billing EU elsewhere; the new name was kept.' })).toBeVisible();
    const stored = await mock.get(account, 'Billing EU');
    expect(Number(stored.status), 'the intended status').toBe(0);
    expect(await mock.find(account, 'Billing'), 'the rename was not undone').toBeUndefined();
    // And the screen ends equal to the server.
    await expect(groupRow(page, 'Billing EU').getByRole('switch', { name: 'Billing EU active' })).not.toBeChecked();
    await other.context().close();
  });

  test('Save on the edit page does not overwrite a colleague’s rename: it shows both and lets the supervisor choose', async ({ page, browser, mock, account, signIn, apiServer }, testInfo) => {
    await signIn(account);
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('Billing');
    await name.fill('Billing North');

    const other = await colleague(browser, testInfo, account, apiServer);
    await renameOnEditPage(other, 'Billing', 'Billing EU');

    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Changed elsewhere since you opened it' });
    await expect(conflict).toContainText('Theirs (on the server now)“Billing EU”, active');
    await expect(conflict).toContainText('Yours (your changes on theirs)“Billing North”, active');
    await expect(name, 'the typed name stays').toHaveValue('Billing North');
    expect(await mock.names(account)).toContain('Billing EU');

    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Group saved' })).toBeVisible();
    expect(await mock.names(account)).toContain('Billing North');
    expect(await mock.names(account)).not.toContain('Billing EU');
    await other.context().close();
  });
});

test.describe('a bulk run on the change path', () => {
  test('a session ending mid-run stops it at once; after signing in again the rest can be retried', async ({ page, mock, signIn }) => {
    const account = await mock.createAccount(8);
    await signIn(account);
    const traffic = new ApiTraffic(page);
    await page.getByRole('checkbox', { name: 'Select all groups shown' }).click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await expect(bar).toContainText('8 groups selected');
    const before = await mock.list(account);

    // From now on DeepCall refuses every update: the session has ended.
    await mock.fault(account, { kind: 'code', code: 1014, actions: ['update'] });
    await bar.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await page.getByRole('dialog', { name: 'Deactivate 8 groups?' }).getByRole('button', { name: 'Deactivate 8 groups' }).click();

    const signInAgain = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(signInAgain).toBeVisible();
    await expect(bar.getByRole('status')).toContainText('0 groups deactivated, 8 not done (your session ended)');
    // Only the requests already on their way (three at a time) were sent; nothing after the first refusal.
    expect(traffic.count('update')).toBeLessThanOrEqual(3);
    expect(await mock.list(account)).toEqual(before);

    await mock.clearFaults(account);
    await signInAgain.getByLabel('Session ID', { exact: true }).fill(account.ssid);
    await signInAgain.getByRole('button', { name: 'Sign in' }).click();
    await expect(signInAgain).toBeHidden();
    await expect(bar).toContainText('8 groups selected');
    await bar.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await page.getByRole('dialog', { name: 'Deactivate 8 groups?' }).getByRole('button', { name: 'Deactivate 8 groups' }).click();
    await expect(bar.getByRole('status')).toContainText('8 groups deactivated');
    expect((await mock.list(account)).every((g) => Number(g.status) === 0)).toBe(true);
    await expectListMatchesServer(page, mock, account);
  });
});
