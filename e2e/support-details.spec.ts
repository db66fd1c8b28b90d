/**
 * Issue 13: a reply the console cannot read offers `Copy details for support`, and what lands on
 * the clipboard names the action and holds no value from the reply and no credential. The real
 * clipboard of the production build in Chromium, read back through the page.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Account, type Fault, type MockApi } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The list's first load meets `fault`; the alert says `said`, and its Copy details for support fills the clipboard. */
async function copyDetailsOfListFault(page: Page, mock: MockApi, account: Account, fault: Fault, said: string) {
  await mock.fault(account, fault);
  await page.reload();
  const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
  await expect(failed).toContainText(said, { timeout: 20_000 });
  await failed.getByRole('button', { name: 'Copy details for support' }).click();
  await expect(failed.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return { failed, copied };
}

test('a list reply that cannot be read: Copy details for support puts the action, and no value, on the clipboard', async ({
  page,
  mock,
  account,
  signIn,
}) => {
  await signIn(account);
  const { failed, copied } = await copyDetailsOfListFault(
    page,
    mock,
    account,
    { kind: 'shape', actions: ['list'] },
    'does not understand (the list of groups is missing) while reading the groups',
  );
  expect(copied).toContain('Action: Group/list');
  expect(copied).toContain('HTTP status: 200');
  expect(copied).toMatch(/^Time: \d{4}-\d\d-\d\dT[\d:.]+Z$/m);
  expect(copied).toMatch(/^Console version: \d+\.\d+\.\d+/m);
  expect(copied).toContain('Problem: the list of groups is missing');
  // The mock's shape fault answers { status: 'success', code: 200, response: true, groupId: null }: its types only.
  expect(copied).toContain('status: string');
  expect(copied).toContain('response: boolean');
  for (const value of ['success', '"', 'true', account.ssid, account.token, account.userId]) expect(copied).not.toContain(value);

  // Nothing half-read reached the screen; once the server behaves, Retry loads the list.
  await expect(page.getByRole('switch')).toHaveCount(0);
  await mock.clearFaults(account);
  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('switch').first()).toBeVisible();
});

test('a reply that is not JSON: the copied details give its length and content type, not its text', async ({
  page,
  mock,
  account,
  signIn,
}) => {
  await signIn(account);
  const { copied } = await copyDetailsOfListFault(page, mock, account, { kind: 'malformed', actions: ['list'] }, 'does not understand (not JSON)');
  expect(copied).toContain('Problem: the reply is not JSON');
  // The mock sends the 15 characters {"status":"succ as application/json.
  expect(copied).toContain('a body of 15 characters that is not JSON (content type: application/json)');
  expect(copied).not.toContain('succ');
});
