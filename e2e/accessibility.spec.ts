import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { SMOKE, at, confirmRowDeactivation, expect, groupRow, groupRows, tabTo, test, type Account, type MockApi } from './fixtures';

async function openDialog(page: Page, name: string, open: () => Promise<void>): Promise<Locator> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('sign-in, groups and edit pages pass axe (WCAG 2.1 AA)', { tag: SMOKE }, async ({ page, account, signIn }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoViolations(page, '/login');

  await signIn(account);
  await expect(groupRow(page, 'Billing')).toBeVisible();
  await expectNoViolations(page, '/groups');

  await page.getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Billing');
  await expectNoViolations(page, '/groups/:id');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen and dialog passes axe in the ${scheme} scheme`, async ({ page, account, signIn }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await expectNoViolations(page, `/login (${scheme})`);

    await signIn(account);
    await expect(groupRows(page)).toHaveCount(3);
    await expectNoViolations(page, `/groups (${scheme})`);
    // Hover tints change colours under text: a hovered row, and its Delete button hovered.
    await expectNoViolations(page, `/groups, a row hovered (${scheme})`, { hover: groupRow(page, 'Billing').getByRole('link') });
    await expectNoViolations(page, `/groups, Delete hovered (${scheme})`, { hover: page.getByRole('button', { name: 'Delete Billing' }) });

    let dialog = await openDialog(page, 'New group', () => page.getByRole('button', { name: 'New group' }).click());
    await expectNoViolations(page, `the new-group dialog (${scheme})`);
    await closeDialog(page, dialog);

    dialog = await openDialog(page, 'Delete Billing?', () => page.getByRole('button', { name: 'Delete Billing' }).click());
    await expect(dialog).not.toContainText('Counting the agents');
    await expectNoViolations(page, `the delete dialog (${scheme})`);
    await closeDialog(page, dialog);

    await page.getByRole('checkbox', { name: 'Select Billing' }).click();
    await page.getByRole('checkbox', { name: 'Select Support' }).click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    dialog = await openDialog(page, 'Deactivate 2 groups?', () => bar.getByRole('button', { name: 'Deactivate', exact: true }).click());
    await expect(dialog).toContainText('take calls');
    await expectNoViolations(page, `the bulk confirmation (${scheme})`);
    await closeDialog(page, dialog);

    // A bulk run: its report, and entries for Recent changes.
    dialog = await openDialog(page, 'Activate 2 groups?', () => bar.getByRole('button', { name: 'Activate', exact: true }).click());
    await dialog.getByRole('button', { name: 'Activate 2 groups' }).click();
    await expect(bar.getByRole('status')).toContainText('2 groups activated');
    await expectNoViolations(page, `the bulk report (${scheme})`);

    dialog = await openDialog(page, 'Recent changes', () => page.getByRole('button', { name: 'Recent changes (2)' }).click());
    await expectNoViolations(page, `the Recent changes drawer (${scheme})`);
    await closeDialog(page, dialog);

    dialog = await openDialog(page, 'Keyboard shortcuts', () => page.keyboard.press('Shift+Slash'));
    await expectNoViolations(page, `the shortcuts dialog (${scheme})`);
    await closeDialog(page, dialog);

    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Billing');
    await expect(page.getByText('Loading agents…')).toHaveCount(0);
    await expectNoViolations(page, `/groups/:id (${scheme})`);

    await page.getByRole('switch', { name: 'Active', exact: true }).click();
    dialog = await openDialog(page, 'Deactivate Billing?', () => page.getByRole('button', { name: 'Save' }).click());
    await expect(dialog).not.toContainText('Counting the agents');
    await expectNoViolations(page, `the deactivate confirmation (${scheme})`);
    await closeDialog(page, dialog);
  });
}

test('the groups table has row and column semantics', async ({ page, account, signIn }) => {
  await signIn(account);
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Name' }) });
  const headers = table.getByRole('columnheader');
  const names = ['Select all groups shown', 'Name', 'Status', 'Agents', 'Created', 'Actions'];
  await expect(headers).toHaveCount(names.length);
  for (const [i, name] of names.entries()) await expect(headers.nth(i)).toHaveAccessibleName(name);
  await expect(table).toHaveAttribute('aria-rowcount', '4');
  await expect(groupRows(page)).toHaveCount(3);
  for (const row of await groupRows(page).all()) await expect(row.getByRole('cell')).toHaveCount(names.length);
});

/**
 * Whether the focused control looks focused. Buttons, links, checkboxes and switches need a ring (outline or
 * box-shadow) on what is drawn for them — a visually hidden input's drawn element is its next sibling (Mantine's
 * Switch track). A text field may instead change its border colour, by at least 3:1 against the unfocused colour.
 */
async function focusIndicator(page: Page): Promise<{ what: string; visible: boolean; how: string }> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: true, how: 'nothing focused' };
    const what = `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)}"${el.id ? `#${el.id}` : ''}`;
    // Focus styles may transition (Mantine fades border colours): read them once every transition has ended.
    const settle = async () => {
      await new Promise(requestAnimationFrame);
      const running = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity && a.playState === 'running');
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    };
    await settle();
    const ring = (node: Element | null) => {
      if (!node) return '';
      const style = getComputedStyle(node);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
      return style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    };
    const isText = el.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea');
    // What is drawn for the control: itself, the track of a hidden switch input, the box around a text field.
    const drawn = parseFloat(getComputedStyle(el).opacity) === 0 ? el.nextElementSibling : el;
    const box = isText ? (el.closest('.mantine-Input-input') ?? el) : drawn;
    const found = ring(drawn) || ring(box);
    if (found) return { what, visible: true, how: found };
    if (!isText || !box) return { what, visible: false, how: 'no outline or box-shadow' };
    const focused = getComputedStyle(box).borderTopColor;
    el.blur();
    await settle();
    const unfocused = getComputedStyle(box).borderTopColor;
    el.focus();
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      // Runs in the page, so no helper from the fixtures: a colour without three channels is a failure, not black.
      if (r === undefined || g === undefined || b === undefined) throw new Error(`expected an rgb() colour, got "${color}"`);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [focusedLuminance, unfocusedLuminance] = [luminance(focused), luminance(unfocused)];
    const hi = Math.max(focusedLuminance, unfocusedLuminance);
    const lo = Math.min(focusedLuminance, unfocusedLuminance);
    const contrast = (hi + 0.05) / (lo + 0.05);
    return { what, visible: contrast >= 3, how: `border ${unfocused} → ${focused} (${contrast.toFixed(2)}:1)` };
  });
}

async function expectFocusVisibleOnEachTab(page: Page, where: string, stops: number): Promise<void> {
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusIndicator(page);
    expect.soft(focus.visible, `${where}: ${focus.what} shows no visible focus (${focus.how})`).toBe(true);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`keyboard focus is always visible (${scheme})`, async ({ page, account, signIn }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expectFocusVisibleOnEachTab(page, '/login', 5);

    await signIn(account);
    await expect(groupRows(page)).toHaveCount(3);
    await tabTo(page, page.getByRole('link', { name: 'Group Console' }));
    await expectFocusVisibleOnEachTab(page, '/groups', 12);

    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Billing');
    await tabTo(page, page.getByRole('link', { name: '← All groups' }));
    await expectFocusVisibleOnEachTab(page, '/groups/:id', 4);
  });
}

/**
 * The members editor (issue 11): a fresh account whose Billing holds four known agents, three of them taking calls.
 * Returns the roster's names in seed order.
 */
async function billingWithMembers(mock: MockApi): Promise<{ account: Account; names: string[] }> {
  const account = await mock.createSeededAccount({ seedGroups: 3, seedAgents: 12 });
  const billing = await mock.get(account, 'Billing');
  const roster = await mock.agents(account);
  await mock.setMembers(
    account,
    billing.id,
    roster.slice(0, 4).map((agent, i) => ({ agentId: agent.agentId, receivesCalls: i !== 2 })),
  );
  return { account, names: roster.map((agent) => agent.name) };
}

async function openBillingMembers(page: Page, count: number): Promise<Locator> {
  await page.getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Billing');
  await expect(page.getByText('Loading agents…')).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Agents in this group' });
  await expect(table.getByRole('row')).toHaveCount(count + 1);
  return table;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the members editor, its picker and its confirmation pass axe in the ${scheme} scheme`, async ({
    page,
    mock,
    signIn,
  }) => {
    const { account, names } = await billingWithMembers(mock);
    const [aarav, priya, rohan, ananya, vikram] = [at(names, 0), at(names, 1), at(names, 2), at(names, 3), at(names, 4)];
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(account);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    const table = await openBillingMembers(page, 4);
    await expectNoViolations(page, `the members section (${scheme})`);
    await expectNoViolations(page, `the members section, Remove hovered (${scheme})`, { hover: table.getByRole('button', { name: `Remove ${aarav}` }) });

    // The picker: the list, a search, an agent ticked.
    let dialog = await openDialog(page, 'Add agents', () => page.getByRole('button', { name: 'Add agents', exact: true }).click());
    await expect(dialog.getByRole('checkbox', { name: /^Add / })).toHaveCount(8);
    await expectNoViolations(page, `the Add agents dialog (${scheme})`);
    await dialog.getByRole('checkbox', { name: `Add ${vikram}` }).check();
    await dialog.getByLabel('Search agents').fill('a');
    await expect(dialog).toContainText('1 chosen; they will take calls');
    await expectNoViolations(page, `the Add agents dialog, searched and ticked (${scheme})`, { hover: dialog.getByRole('checkbox', { name: `Add ${vikram}` }) });
    await dialog.getByRole('button', { name: 'Add 1 agent' }).click();
    await expect(dialog).toBeHidden();

    // Pending changes: one added, one removed, one stops taking calls; one member ticked.
    await table.getByRole('button', { name: `Remove ${priya}` }).click();
    await table.getByRole('switch', { name: `${ananya} takes calls` }).click();
    await table.getByRole('checkbox', { name: `Select ${rohan}` }).check();
    const bar = page.getByRole('region', { name: 'Pending member changes' });
    await expect(bar).toContainText('+1 agent, −1 agent, 1 stops taking calls');
    await expect(page.getByRole('button', { name: 'Remove 1 ticked' })).toBeVisible();
    await expectNoViolations(page, `the members section with pending changes (${scheme})`);
    await expectNoViolations(page, `pending changes, Save members hovered (${scheme})`, { hover: bar.getByRole('button', { name: 'Save members' }) });

    // Nobody left taking calls: the confirmation.
    await table.getByRole('checkbox', { name: `Select ${rohan}` }).uncheck();
    for (const name of [aarav, vikram]) await table.getByRole('switch', { name: `${name} takes calls` }).click();
    // (Vikram joins not taking calls: still one agent added, not a third who stops.)
    await expect(bar).toContainText('+1 agent, −1 agent, 2 stop taking calls');
    await expect(bar).toContainText('0 taking Billing’s calls');
    dialog = await openDialog(page, 'Nobody will take Billing’s calls', () => bar.getByRole('button', { name: 'Save members' }).click());
    await expectNoViolations(page, `the nobody-takes-calls confirmation (${scheme})`);
    await closeDialog(page, dialog);
  });
}

/** Tabs to `target` and checks that it shows it has focus (focusIndicator's rules). */
async function tabToVisibly(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  await tabTo(page, target, maxPresses);
  const focus = await focusIndicator(page);
  expect.soft(focus.visible, `${focus.what} shows no visible focus (${focus.how})`).toBe(true);
}

test('the members editor works with the keyboard alone: remove, flip, add an agent found by search, Save members', async ({ page, mock, signIn }) => {
  const { account, names } = await billingWithMembers(mock);
  const [aarav, priya, rohan, ananya, vikram] = [at(names, 0), at(names, 1), at(names, 2), at(names, 3), at(names, 4)];
  await signIn(account);
  const table = await openBillingMembers(page, 4);
  await page.getByRole('heading', { level: 1, name: 'Billing' }).click();

  await tabToVisibly(page, table.getByRole('button', { name: `Remove ${priya}` }));
  await page.keyboard.press('Enter');
  await expect(table.getByRole('row')).toHaveCount(4);
  await tabToVisibly(page, table.getByRole('switch', { name: `${rohan} takes calls` }));
  await page.keyboard.press('Space');
  await expect(table.getByRole('switch', { name: `${rohan} takes calls` })).toBeChecked();

  const addAgents = page.getByRole('button', { name: 'Add agents', exact: true });
  await tabToVisibly(page, addAgents);
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Add agents' });
  await expect(picker).toBeVisible();
  const search = picker.getByLabel('Search agents');
  await expect(search, 'the picker opens in its search field').toBeFocused();
  await page.keyboard.type(vikram.split(' ')[0] ?? vikram);
  const offered = picker.getByRole('checkbox', { name: /^Add / });
  await expect(offered).toHaveCount(1);
  await tabToVisibly(page, picker.getByRole('checkbox', { name: `Add ${vikram}` }));
  await page.keyboard.press('Space');
  await expect(picker.getByRole('checkbox', { name: `Add ${vikram}` })).toBeChecked();
  await tabToVisibly(page, picker.getByRole('button', { name: 'Add 1 agent' }));
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect.soft(addAgents, 'focus goes back to Add agents').toBeFocused();

  const bar = page.getByRole('region', { name: 'Pending member changes' });
  await expect(bar).toContainText('+1 agent, −1 agent, 1 starts taking calls');
  await tabToVisibly(page, bar.getByRole('button', { name: 'Save members' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Members of Billing saved' })).toBeVisible();
  await expect(bar).toBeHidden();
  const billing = await mock.get(account, 'Billing');
  expect((await mock.members(account, billing.id)).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
    [
      { name: aarav, receivesCalls: true },
      { name: rohan, receivesCalls: true },
      { name: ananya, receivesCalls: true },
      { name: vikram, receivesCalls: true },
    ].sort((a, b) => a.name.localeCompare(b.name)),
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the list's sort and status controls and the audit log pass axe in the ${scheme} scheme`, async ({
    page,
    account,
    signIn,
    mock,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(account);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await expect(groupRows(page)).toHaveCount(3);

    // A done change and a refused one, so the audit log shows both outcomes.
    const billing = groupRow(page, 'Billing').getByRole('switch', { name: 'Billing active' });
    await billing.click();
    await confirmRowDeactivation(page, 'Billing');
    await expect(billing).not.toBeChecked();
    await expect.poll(async () => Number((await mock.get(account, 'Billing')).status)).toBe(0);
    // Only the change: a list re-read still on its way must not take the fault instead.
    await mock.fault(account, { kind: 'code', code: 1015, times: 1, actions: ['update'] });
    const support = groupRow(page, 'Support').getByRole('switch', { name: 'Support active' });
    await support.click();
    await confirmRowDeactivation(page, 'Support', { refused: true });
    await expect(page.getByRole('alert').filter({ hasText: 'Support' }).first()).toBeVisible();
    await expect(support).toBeChecked();

    // Sorted descending by name, then only the inactive groups: the headers' and the filter's pressed states.
    const nameHeader = page.getByRole('columnheader', { name: 'Name' });
    await nameHeader.getByRole('button').click();
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expectNoViolations(page, `/groups sorted by name, descending (${scheme})`);
    await page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: /^Inactive \d+$/ }).check();
    await expect(groupRows(page)).toHaveCount(1);
    await expectNoViolations(page, `/groups filtered to Inactive (${scheme})`);
    await expectNoViolations(page, `/groups, the Agents header hovered (${scheme})`, {
      hover: page.getByRole('columnheader', { name: 'Agents' }).getByRole('button'),
    });

    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const entries = page.getByRole('table', { name: 'Audit log entries' }).getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(entries).toHaveCount(2);
    await expectNoViolations(page, `/audit (${scheme})`);
    await page.getByLabel('Outcome').selectOption('failed');
    await expect(entries).toHaveCount(1);
    await expectNoViolations(page, `/audit, failed changes only (${scheme})`);

    await page.getByRole('button', { name: 'Clear this browser’s log' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear this browser’s log?' });
    await expect(dialog).toBeVisible();
    await expectNoViolations(page, `the clear-log confirmation (${scheme})`);
    await closeDialog(page, dialog);
    await expect(entries).toHaveCount(1);
  });
}
