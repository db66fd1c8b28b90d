/**
 * The groups list's dialogs come with their own code, fetched the first time they are asked for
 * (src/lib/lazy-dialog.tsx). In the real browser: not on the list's first download, and a fetch that
 * failed can be tried again without reloading the page.
 */
import { expect, groupRow, test } from './fixtures';

test.describe('a dialog fetched when first asked for', () => {
  // The refused fetch, and React reporting the failure its boundary caught, are what this test is about.
  test.use({ expectedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/] });

  test('the row switch’s question: not fetched with the list; refused once, Try again brings it without a reload, and the focus comes back to the switch', async ({
    page,
    mock,
    account,
    signIn,
  }) => {
    // Billing gets an agent who takes its calls, so switching it off asks first.
    const billing = await mock.get(account, 'Billing');
    const [agent] = await mock.agents(account);
    await mock.setMembers(account, billing.id, [{ agentId: agent!.agentId, receivesCalls: true }]);
    const fetches: string[] = [];
    let refuse = true;
    await page.route(/\/confirm-row-deactivate[^/]*\.js$/, (route) => {
      fetches.push(route.request().url());
      if (!refuse) return route.continue();
      refuse = false;
      return route.abort('internetdisconnected');
    });

    await signIn(account);
    const toggle = groupRow(page, 'Billing').getByRole('switch', { name: 'Billing active' });
    await expect(toggle).toBeChecked();
    expect(fetches).toEqual([]);

    await toggle.click();
    const notice = page.getByRole('alert').filter({ hasText: 'This dialog could not be loaded' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Try again' }).click();

    const dialog = page.getByRole('dialog', { name: 'Deactivate Billing?' });
    await expect(dialog).toBeVisible();
    expect(fetches.length).toBe(2);
    // Cancel gives the focus back to the switch, though Try again had it in between.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeFocused();

    await toggle.click();
    await expect(dialog).toBeVisible();
    expect(fetches.length).toBe(2);
    await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(toggle).not.toBeChecked();
    await expect.poll(async () => Number((await mock.get(account, 'Billing')).status)).toBe(0);
  });
});
