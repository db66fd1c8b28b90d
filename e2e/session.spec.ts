import { SEEDED, SMOKE, expect, fillSignIn, groupRow, groupRows, test } from './fixtures';

test.describe('signing in and out', () => {
  test('signs in with a session ID and sees the account’s groups', { tag: SMOKE }, async ({ page, account, signIn }) => {
    await signIn(account, { method: 'ssid' });
    await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
    await expect(groupRows(page)).toHaveCount(SEEDED.length);
    for (const name of SEEDED) await expect(groupRow(page, name)).toBeVisible();
  });

  test('signs in with a user ID and token', async ({ page, account, signIn }) => {
    await signIn(account, { method: 'token' });
    await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
    await expect(groupRow(page, 'Billing')).toBeVisible();
  });

  test('a wrong token shows the API’s reason and stays on the sign-in page', async ({ page, account, apiServer }) => {
    await page.goto('/login');
    await fillSignIn(page, { ...account, token: `${account.token}-wrong` }, 'token', apiServer);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
    await expect(alert).toBeVisible();
    // The mock's own wording for code 1014.
    await expect(alert).toContainText('Invalid or expired token');
    await expect(page).toHaveURL(/\/login$/);
    // What was typed stays, so the supervisor can correct it.
    await expect(page.getByLabel('User ID', { exact: true })).toHaveValue(account.userId);

    await page.goto('/groups');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a signed-out visitor is sent to sign in, then on to the page they wanted', async ({ page, mock, account, signIn }) => {
    const billing = await mock.get(account, 'Billing');
    await page.goto(`/groups/${billing.id}`);
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

    await signIn(account, { method: 'token', expectUrl: new RegExp(`/groups/${billing.id}$`) });
    await expect(page.getByLabel('Name')).toHaveValue('Billing');
  });

  test('a search link survives the detour through sign-in', async ({ page, account, signIn }) => {
    await page.goto('/groups?q=bill');
    await expect(page).toHaveURL(/\/login$/);
    await signIn(account, { expectUrl: /\/groups\?q=bill$/ });
    await expect(page.getByLabel('Search groups')).toHaveValue('bill');
    await expect(groupRows(page)).toHaveCount(1);
    await expect(groupRow(page, 'Billing')).toBeVisible();
  });

  test('signing out forgets the session', async ({ page, account, signIn }) => {
    await signIn(account, { method: 'token' });
    await expect(groupRow(page, 'Billing')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

    const stored = await page.evaluate(() => {
      const dump = (storage: Storage, skip: string[]) =>
        Object.keys(storage)
          .filter((key) => !skip.includes(key))
          .map((key) => `${key}=${storage.getItem(key)}`)
          .join('\n');
      // The dev build's in-browser mock keeps its own accounts in localStorage; that is the server's data, not the console's.
      return { session: dump(sessionStorage, []), local: dump(localStorage, ['group-console.mock-store']) };
    });
    for (const secret of [account.token, account.ssid, account.userId]) {
      expect(stored.session).not.toContain(secret);
      expect(stored.local).not.toContain(secret);
    }

    await page.goto('/groups');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Groups' })).toHaveCount(0);
  });
});

test.describe('the sign-in check, fetched when the form is touched', () => {
  // The refused fetch is what this test is about.
  test.use({ expectedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED/] });

  test('the page shows without it; when it cannot be fetched, Sign in says so and sends nothing', async ({ page, account, apiServer }) => {
    const fetches: string[] = [];
    await page.route(/\/sign-in-check[^/]*\.(js|tsx)(\?.*)?$/, (route) => {
      fetches.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(apiServer)) apiCalls.push(request.url());
    });
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(fetches).toEqual([]);

    await fillSignIn(page, account, 'ssid', apiServer);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
    await expect(alert).toContainText('This page could not download what signing in needs. Check the connection, then reload the page.');
    expect(fetches.length).toBeGreaterThan(0);
    expect(apiCalls).toEqual([]);
    await expect(page.getByLabel('Session ID', { exact: true })).toHaveValue(account.ssid);
  });
});
