/**
 * Issue 13: a reply the console cannot read offers `Copy details for support`, and what lands on
 * the clipboard names the action and holds no value from the reply and no credential. The real
 * clipboard of the production build in Chromium, read back through the page.
 */
import { PROD_ONLY, expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a list reply that cannot be read: Copy details for support puts the action, and no value, on the clipboard', { tag: PROD_ONLY }, async ({
  page,
  mock,
  account,
  signIn,
}) => {
  await signIn(account);
  await mock.fault(account, { kind: 'shape', actions: ['list'] });
  await page.reload();

  const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
  await expect(failed).toContainText('does not understand (the list of groups is missing) while reading the groups', { timeout: 20_000 });
  await failed.getByRole('button', { name: 'Copy details for support' }).click();
  await expect(failed.getByRole('status')).toHaveText('Copied');

  const copied = await page.evaluate(() => navigator.clipboard.readText());
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

test('a reply that is not JSON: the copied details give its length and content type, not its text', { tag: PROD_ONLY }, async ({
  page,
  mock,
  account,
  signIn,
}) => {
  await signIn(account);
  await mock.fault(account, { kind: 'malformed', actions: ['list'] });
  await page.reload();

  const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
  await expect(failed).toContainText('does not understand (not JSON)', { timeout: 20_000 });
  await failed.getByRole('button', { name: 'Copy details for support' }).click();
  await expect(failed.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Problem: the reply is not JSON');
  // The mock sends the 15 characters {"status":"succ as application/json.
  expect(copied).toContain('a body of 15 characters that is not JSON (content type: application/json)');
  expect(copied).not.toContain('succ');
});
