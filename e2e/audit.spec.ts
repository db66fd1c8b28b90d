/**
 * The audit log end to end: kept in this browser's IndexedDB, per account, through reloads, new
 * pages, sign-out and a browser restart; another tab's change shows without a reload.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { confirmRowDeactivation, expect, expectSameDocument, fillSignIn, groupRow, markDocument, test, type Account } from './fixtures';

function entries(page: Page): Locator {
  return page.getByRole('table', { name: 'Audit log entries' }).getByRole('row').filter({ has: page.getByRole('cell') });
}

async function openAuditLog(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
}

async function switchOff(page: Page, name: string): Promise<void> {
  const toggle = groupRow(page, name).getByRole('switch', { name: `${name} active` });
  await toggle.click();
  await confirmRowDeactivation(page, name);
  await expect(toggle).not.toBeChecked();
}

async function signInOn(page: Page, account: Account, apiServer: string): Promise<void> {
  await page.goto('/login');
  await fillSignIn(page, account, 'token', apiServer);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('the audit log', () => {
  test('changes are listed, and still are after a reload and in a new page', async ({ page, account, signIn, mock, apiServer }) => {
    await signIn(account, { method: 'token' });
    await switchOff(page, 'Billing');
    await expect.poll(async () => Number((await mock.get(account, 'Billing')).status)).toBe(0);
    await switchOff(page, 'Support');
    await expect.poll(async () => Number((await mock.get(account, 'Support')).status)).toBe(0);

    await openAuditLog(page);
    await expect(page).toHaveURL(/\/audit$/);
    await expect(entries(page)).toHaveCount(2);
    await expect(entries(page).first()).toContainText('Support');
    await expect(entries(page).first()).toContainText('active → inactive');
    await expect(entries(page).nth(1)).toContainText('Billing');
    await expect(page.getByText(/are not in it/)).toContainText('DeepCall’s own panel');

    await page.reload();
    await expect(entries(page)).toHaveCount(2);

    const another = await page.context().newPage();
    await another.goto('/audit');
    // A new page has its own session (sessionStorage is per tab): sign in there, then the log is the same.
    await fillSignIn(another, account, 'token', apiServer);
    await another.getByRole('button', { name: 'Sign in' }).click();
    await expect(another).toHaveURL(/\/audit$/);
    await expect(entries(another)).toHaveCount(2);
    await another.close();
  });

  test('a change made in another page of the browser appears without a reload', async ({ page, account, signIn, apiServer }) => {
    await signIn(account, { method: 'token' });
    await switchOff(page, 'Billing');
    await openAuditLog(page);
    await expect(entries(page)).toHaveCount(1);
    await markDocument(page);

    const other = await page.context().newPage();
    await signInOn(other, account, apiServer);
    await switchOff(other, 'Support');

    await expect(entries(page)).toHaveCount(2);
    await expect(entries(page).first()).toContainText('Support');
    await expectSameDocument(page);
    await other.close();
  });

  test('signing out and in again keeps the log', async ({ page, account, signIn }) => {
    await signIn(account, { method: 'token' });
    await switchOff(page, 'Inside Sales');
    await openAuditLog(page);
    await expect(entries(page)).toHaveCount(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await signIn(account, { method: 'token' });
    await openAuditLog(page);
    await expect(entries(page)).toHaveCount(1);
    await expect(entries(page).first()).toContainText('Inside Sales');
  });

  test('Clear this browser’s log asks first', async ({ page, account, signIn }) => {
    await signIn(account, { method: 'token' });
    await switchOff(page, 'Billing');
    await openAuditLog(page);
    await expect(entries(page)).toHaveCount(1);

    await page.getByRole('button', { name: 'Clear this browser’s log' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear this browser’s log?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(entries(page)).toHaveCount(1);

    await page.getByRole('button', { name: 'Clear this browser’s log' }).click();
    await dialog.getByRole('button', { name: 'Clear the log' }).click();
    await expect(page.getByText('No changes have been recorded in this browser for this account yet.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No changes have been recorded in this browser for this account yet.')).toBeVisible();
  });

  test('entries survive a browser restart', async ({ account, apiServer }, testInfo) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'audit-e2e-'));
    const launch = () =>
      chromium.launchPersistentContext(userDataDir, { ...testInfo.project.use.launchOptions, baseURL: testInfo.project.use.baseURL });
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      await signInOn(page, account, apiServer);
      await switchOff(page, 'Billing');
      await openAuditLog(page);
      await expect(entries(page)).toHaveCount(1);
      await first.close();

      const second = await launch();
      const again = second.pages()[0] ?? (await second.newPage());
      await signInOn(again, account, apiServer);
      await openAuditLog(again);
      await expect(entries(again)).toHaveCount(1);
      await expect(entries(again).first()).toContainText('Billing');
      await second.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});
