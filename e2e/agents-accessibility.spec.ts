/**
 * Issue 19's screens under axe (WCAG 2.1 AA, the same check as accessibility.spec.ts) in the light and
 * the dark scheme: the Agents view, the bulk Add to group dialog with its impact and its report, an
 * agent's page with pending changes and its group picker, the import page with a preview. And one
 * supervisor who uses only the keyboard: tick an agent, add them to a group.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { at, expect, tabTo, test } from './fixtures';
import {
  AGENT_SEED,
  TALL_WINDOW,
  accountTruth,
  arrange,
  bulkBar,
  csvFile,
  openAgentsView,
  openBulkAction,
  pendingGroups,
  previewImport,
  relations,
  selectBox,
} from './agents-fixtures';

test.use({ viewport: TALL_WINDOW });

/** Shift+Tab until `target` has focus: the bulk bar sits above the rows a keyboard user ticks. */
async function shiftTabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target, `not reachable with ${maxPresses} Shift+Tab presses`).toBeFocused({ timeout: 1 });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the Agents view, its dialogs, an agent's page and the import preview pass axe in the ${scheme} scheme`, async ({ page, mock, signIn }) => {
    const account = await mock.createSeededAccount(AGENT_SEED);
    // An active group nobody answers, so Coverage has a group to name.
    await arrange(mock, account, await mock.get(account, 'Customer Care'), [[at(await mock.agents(account), 0), false]]);
    const truth = await accountTruth(mock, account);
    const agent = truth.agents.find((a) => a.groups.length >= 2);
    if (!agent) throw new Error('the seed has no agent in two groups');
    const target = truth.groups.find((g) => Number(g.status) === 1 && !agent.groups.some((mine) => mine.id === String(g.id)));
    if (!target) throw new Error('the agent is in every active group');
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(account);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);

    await openAgentsView(page);
    await expectNoViolations(page, `/agents (${scheme})`);
    await expectNoViolations(page, `/agents, a row hovered (${scheme})`, { hover: page.getByRole('link', { name: agent.name, exact: true }) });
    await page.getByRole('region', { name: 'Coverage' }).getByText('Which groups').click();
    await selectBox(page, agent.name).check();
    await expect(bulkBar(page)).toContainText('1 agent selected');
    await expectNoViolations(page, `/agents, an agent ticked, coverage open (${scheme})`);

    const dialog = await openBulkAction(page, 'Add to group…', 'Add 1 agent to groups', [target.name]);
    await expect(dialog).toContainText(`${target.name}: 1 agent joins (taking its calls)`);
    await expectNoViolations(page, `the Add to group dialog with its impact (${scheme})`);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('1 group changed');
    await expectNoViolations(page, `the Add to group report (${scheme})`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('link', { name: agent.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: agent.name })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Their groups' })).toBeVisible();
    await expectNoViolations(page, `an agent's page (${scheme})`);
    const first = at(agent.groups, 0);
    await page.getByRole('button', { name: `Remove from ${first.name}`, exact: true }).click();
    await expect(pendingGroups(page)).toBeVisible();
    await expectNoViolations(page, `an agent's page with pending changes (${scheme})`);
    await page.getByRole('button', { name: 'Add to groups', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Add to groups' });
    await expect(picker).toBeVisible();
    await picker.getByRole('checkbox', { name: `Add to ${first.name}`, exact: true }).check();
    await expectNoViolations(page, `the group picker (${scheme})`);
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await pendingGroups(page).getByRole('button', { name: 'Discard' }).click();
    await expect(pendingGroups(page)).toBeHidden();

    await page.getByRole('link', { name: '← All agents' }).click();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import memberships' })).toBeVisible();
    await expectNoViolations(page, `/agents/import (${scheme})`);
    const other = truth.agents.find((a) => !a.groups.some((g) => g.id === String(target.id)) && a.agentId !== agent.agentId);
    if (!other) throw new Error('everyone is in the target group');
    const preview = await previewImport(
      page,
      csvFile(['group,agent_email,takes_calls', `${target.name},${other.email},yes`, `${target.name},${agent.email},no`, `Sales Moon,${other.email},yes`]),
      'Add',
    );
    await expect(preview.getByRole('table', { name: 'Rows of the file' })).toContainText('error: unknown group “Sales Moon”');
    await expectNoViolations(page, `the import preview with an error (${scheme})`);
  });
}

test('with the keyboard only: tick an agent, Add to group…, choose a group, add', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const truth = await accountTruth(mock, account);
  await signIn(account);
  await openAgentsView(page);
  // The first row in the table's order, and an active group they are not in.
  const firstName = (await page.getByRole('checkbox', { name: /^Select (?!all agents shown)/ }).first().getAttribute('aria-label'))?.slice('Select '.length);
  const agent = truth.agents.find((a) => a.name === firstName);
  if (!agent) throw new Error(`no agent named ${firstName}`);
  const target = truth.groups.find((g) => Number(g.status) === 1 && !agent.groups.some((mine) => mine.id === String(g.id)));
  if (!target) throw new Error('the agent is in every active group');
  const before = await relations(mock, account, target.id);

  const box = selectBox(page, agent.name);
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  const add = bulkBar(page).getByRole('button', { name: 'Add to group…', exact: true });
  await shiftTabTo(page, add);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Add 1 agent to groups' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('combobox', { name: 'Group' });
  await expect(field).toBeFocused();
  await page.keyboard.type(target.name);
  await expect(page.getByRole('option', { name: target.name, exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText(`${target.name}: 1 agent joins (taking its calls)`);
  // Escape closes the option list only; the dialog stays.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Add', exact: true });
  await tabTo(page, confirm, 10);
  await page.keyboard.press('Enter');

  await expect(dialog.getByRole('status')).toContainText('1 group changed');
  expect(await relations(mock, account, target.id)).toContainEqual({ agentId: agent.agentId, receivesCalls: true });
  expect((await relations(mock, account, target.id)).length).toBe(before.length + 1);
  // The report's own button has focus (it asks for it with data-autofocus): Enter closes the dialog.
  await expect(dialog.getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
});
