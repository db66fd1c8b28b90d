import { SEEDED, SMOKE, confirmRowDeactivation, expect, expectSameDocument, groupRow, groupRows, markDocument, tabTo, test } from './fixtures';

test.describe('finding groups', () => {
  test('search filters as you type, lives in the URL and survives a reload', async ({ page, account, signIn }) => {
    await signIn(account);
    const search = page.getByLabel('Search groups');
    await expect(groupRows(page)).toHaveCount(SEEDED.length);

    await search.pressSequentially('BILL');
    await expect(page).toHaveURL(/\/groups\?q=BILL$/);
    await expect(groupRows(page)).toHaveCount(1);
    await expect(groupRow(page, 'Billing')).toBeVisible();

    await page.reload();
    await expect(search).toHaveValue('BILL');
    await expect(groupRow(page, 'Billing')).toBeVisible();
    await expect(groupRows(page)).toHaveCount(1);

    await search.fill('no such team');
    await expect(page.getByText('No groups match')).toBeVisible();
    await expect(groupRows(page)).toHaveCount(0);

    // The empty state's own button (the search box has a clear button of the same name too).
    await page.getByRole('button', { name: 'Clear search' }).last().click();
    await expect(search).toHaveValue('');
    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRows(page)).toHaveCount(SEEDED.length);
  });
});

test.describe('creating groups', () => {
  test('creates a group, and says so when the server stored a different name', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await markDocument(page);

    await page.getByRole('button', { name: 'New group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New group' });
    await dialog.getByLabel('Name').fill('Night Desk');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    // The new group's page opens, where its agents are added.
    await expect(page.getByRole('heading', { level: 1, name: 'Night Desk' })).toBeVisible();
    await expect(page).toHaveURL(/\/groups\/[^/]+$/);
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, 'Night Desk')).toBeVisible();
    await expect.poll(() => mock.names(account)).toEqual([...SEEDED, 'Night Desk'].sort());

    // DeepCall does not refuse a taken name: it appends a number.
    await page.getByRole('button', { name: 'New group' }).click();
    await dialog.getByLabel('Name').fill('Billing');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText('Saved as Billing1 — Billing was taken.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing1' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, 'Billing1')).toBeVisible();
    await expect(groupRow(page, 'Billing')).toBeVisible();
    await expect.poll(() => mock.names(account)).toEqual([...SEEDED, 'Night Desk', 'Billing1'].sort());
    await expectSameDocument(page);
  });

  test('creates a group with the keyboard alone', async ({ page, mock, account, apiServer }) => {
    await page.goto('/login');
    // Sign in without the mouse, too.
    await tabTo(page, page.getByLabel('Session ID', { exact: true }));
    await page.keyboard.type(account.ssid);
    await tabTo(page, page.getByLabel('API server'));
    await page.keyboard.press('ControlOrMeta+a');
    if (apiServer) await page.keyboard.type(apiServer);
    else await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRow(page, 'Billing')).toBeVisible();

    await tabTo(page, page.getByRole('button', { name: 'New group' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New group' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await page.keyboard.type('Keyboard Crew');
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Crew' })).toBeVisible();
    await page.getByRole('link', { name: '← All groups' }).click();
    await expect(groupRow(page, 'Keyboard Crew')).toBeVisible();
    await expect.poll(() => mock.find(account, 'Keyboard Crew')).toMatchObject({ name: 'Keyboard Crew', status: 1 });
  });
});

test.describe('editing groups', () => {
  test('renames a group from its edit page', { tag: SMOKE }, async ({ page, mock, account, signIn }) => {
    const billing = await mock.get(account, 'Billing');
    await signIn(account);
    await groupRow(page, 'Billing').getByRole('link', { name: 'Billing' }).click();
    await expect(page).toHaveURL(new RegExp(`/groups/${billing.id}$`));
    await expect(page.getByRole('switch', { name: 'Active', exact: true })).toBeChecked();

    await page.getByLabel('Name').fill('Billing EMEA');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing EMEA' })).toBeVisible();
    await expect
      .poll(async () => (await mock.list(account)).find((g) => String(g.id) === String(billing.id)))
      .toMatchObject({ name: 'Billing EMEA', status: 1 });

    await page.getByRole('link', { name: 'All groups' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRow(page, 'Billing EMEA')).toBeVisible();
    await expect(groupRow(page, 'Billing')).toHaveCount(0);
  });

  test('renaming an inactive group leaves it inactive', async ({ page, mock, account, signIn }) => {
    const support = await mock.get(account, 'Support');
    await mock.update(account, { groupId: support.id, name: 'Support', status: 0 });
    await signIn(account);
    await expect(groupRow(page, 'Support').getByRole('switch', { name: 'Support active' })).not.toBeChecked();

    await page.getByRole('link', { name: 'Support', exact: true }).click();
    await expect(page.getByRole('switch', { name: 'Active', exact: true })).not.toBeChecked();
    await page.getByLabel('Name').fill('Support Tier 2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Support Tier 2' })).toBeVisible();
    await expect
      .poll(async () => (await mock.list(account)).find((g) => String(g.id) === String(support.id)))
      .toMatchObject({ name: 'Support Tier 2', status: 0 });

    await page.getByRole('link', { name: 'All groups' }).click();
    await expect(page.getByRole('switch', { name: 'Support Tier 2 active' })).not.toBeChecked();
    await expect(groupRow(page, 'Support Tier 2')).toContainText('Inactive');
  });

  test('switches a group off and on from the list', { tag: SMOKE }, async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await markDocument(page);
    const row = groupRow(page, 'Billing');
    const active = page.getByRole('switch', { name: 'Billing active' });
    await expect(active).toBeChecked();

    await active.click();
    await confirmRowDeactivation(page, 'Billing');
    await expect(active).not.toBeChecked();
    await expect(row).toContainText('Inactive');
    await expect.poll(async () => (await mock.get(account, 'Billing')).status).toBe(0);

    await active.click();
    await expect(active).toBeChecked();
    await expect(row).not.toContainText('Inactive');
    await expect.poll(async () => (await mock.get(account, 'Billing')).status).toBe(1);

    // The other groups were not touched.
    for (const name of ['Inside Sales', 'Support']) expect((await mock.get(account, name)).status).toBe(1);
    await expectSameDocument(page);
  });
});

test.describe('when the server refuses', () => {
  test('a refused switch flips back and says why', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await mock.fault(account, { kind: 'code', code: 1015, actions: ['update'], times: 1 });
    const active = page.getByRole('switch', { name: 'Billing active' });

    await active.click();
    await confirmRowDeactivation(page, 'Billing', { refused: true });
    await expect(page.getByText('Billing was not deactivated')).toBeVisible();
    await expect(active).toBeChecked();
    expect((await mock.get(account, 'Billing')).status).toBe(1);
  });

  test('a refused rename keeps what was typed, and saving again works', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await mock.fault(account, { kind: 'code', code: 1015, actions: ['update'], times: 1 });

    await page.getByLabel('Name').fill('Billing Renamed');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('Billing Renamed');
    expect(await mock.find(account, 'Billing')).toBeDefined();

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing Renamed' })).toBeVisible();
    await expect.poll(() => mock.names(account)).toEqual(['Billing Renamed', 'Inside Sales', 'Support']);
  });

  test('an ended session asks to sign in again and keeps the typed name', async ({ page, mock, account, signIn }) => {
    await signIn(account, { method: 'token' });
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await mock.fault(account, { kind: 'code', code: 1014, actions: ['update'], times: 1 });

    await page.getByLabel('Name').fill('Billing After Expiry');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Token', { exact: true }).fill(account.token);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByLabel('Name')).toHaveValue('Billing After Expiry');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing After Expiry' })).toBeVisible();
    await expect.poll(() => mock.names(account)).toEqual(['Billing After Expiry', 'Inside Sales', 'Support']);
  });
});

test.describe('deleting groups', () => {
  test('deletes a group from the list after confirming', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await markDocument(page);

    await page.getByRole('button', { name: 'Delete Billing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Billing?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('agent assignments');
    await expect(dialog).toContainText('permanent');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(groupRow(page, 'Billing')).toHaveCount(0);
    await expect(groupRows(page)).toHaveCount(SEEDED.length - 1);
    await expectSameDocument(page);
    await expect.poll(() => mock.names(account)).toEqual(['Inside Sales', 'Support']);
  });

  test('cancelling the dialog keeps the group', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await page.getByRole('button', { name: 'Delete Support' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Support?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(groupRow(page, 'Support')).toBeVisible();
    expect(await mock.names(account)).toEqual([...SEEDED].sort());
  });

  test('deletes a group from its edit page and returns to the list', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    await page.getByRole('link', { name: 'Inside Sales', exact: true }).click();
    await page.getByRole('button', { name: 'Delete group' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Inside Sales?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

    await expect(page).toHaveURL(/\/groups$/);
    await expect(groupRow(page, 'Support')).toBeVisible();
    await expect(groupRow(page, 'Inside Sales')).toHaveCount(0);
    await expect.poll(() => mock.names(account)).toEqual(['Billing', 'Support']);
  });
});
