/**
 * Issue 19, the membership import on the production build: a preview before anything is sent, errors
 * that hold Import back until skipped, a run that changes the server exactly, a colleague's change
 * between the preview and the run kept and named, Undo this import, and the round trip with
 * Export memberships.
 */
import { readFile } from 'node:fs/promises';
import { at, expect, test, type Account, type MockApi, type ServerAgent, type ServerGroup } from './fixtures';
import {
  AGENT_SEED,
  addToGroups,
  agentsViewReady,
  allRelations,
  arrange,
  colleagueOnAgent,
  csvFile,
  importReport,
  previewImport,
  previewRows,
  relations,
  relationsOf,
  saveGroups,
} from './agents-fixtures';

interface Setup {
  account: Account;
  roster: ServerAgent[];
  billing: ServerGroup;
  support: ServerGroup;
}

/** A fresh account whose Billing and Support hold known members. */
async function arranged(mock: MockApi): Promise<Setup> {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const roster = await mock.agents(account);
  const billing = await mock.get(account, 'Billing');
  const support = await mock.get(account, 'Support');
  await arrange(mock, account, billing, [
    [at(roster, 0), true],
    [at(roster, 1), true],
  ]);
  await arrange(mock, account, support, [[at(roster, 2), true]]);
  return { account, roster, billing, support };
}

async function openImport(page: Parameters<typeof previewImport>[0]): Promise<void> {
  await page.getByRole('link', { name: 'Agents', exact: true }).click();
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page).toHaveURL('/agents/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import memberships' })).toBeVisible();
}

test('rows in error hold Import back until skipped; the run changes the server exactly as previewed', async ({ page, mock, signIn }) => {
  const { account, roster, billing, support } = await arranged(mock);
  const [rohan, ananya] = [at(roster, 2), at(roster, 3)];
  const before = await allRelations(mock, account);
  await signIn(account);
  await openImport(page);

  const preview = await previewImport(
    page,
    csvFile([
      'group,agent_email,takes_calls',
      `Billing,${rohan.email},yes`,
      `Support,${ananya.email},no`,
      `Sales Moon,${ananya.email},yes`,
      'Billing,nobody@example.com,yes',
    ]),
    'Add',
  );
  expect(await previewRows(page)).toEqual([
    ['2', 'Billing', rohan.name, 'will join'],
    ['3', 'Support', ananya.name, 'will join'],
    ['4', 'Sales Moon', ananya.email, 'error: unknown group “Sales Moon”'],
    ['5', 'Billing', 'nobody@example.com', 'error: unknown agent: no agent has the email nobody@example.com'],
  ]);
  await expect(preview.getByRole('status')).toContainText('4 rows, 2 in error; 2 groups change.');
  await expect(preview.getByRole('list', { name: 'Changes by group' })).toContainText('Billing: +1 agent');
  const importButton = preview.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(preview).toContainText('2 rows are in error: fix the file, or tick Skip rows with errors.');
  // Nothing is sent by a preview, and no group named "Sales Moon" is made.
  expect(await allRelations(mock, account)).toEqual(before);
  expect(await mock.find(account, 'Sales Moon')).toBeUndefined();

  await preview.getByRole('checkbox', { name: 'Skip rows with errors' }).check();
  await expect(importButton).toBeEnabled();
  await importButton.click();

  const report = importReport(page);
  await expect(report.getByRole('status')).toContainText('Import of team.csv (Add): 2 of 2 groups changed.');
  await expect(report.getByRole('list', { name: 'Outcome by group' })).toContainText('Billing: done (+1 agent).');
  await expect(report).toContainText('2 rows not applied, each with the reason.');
  await expect(report.getByRole('button', { name: 'Download failed rows' })).toBeEnabled();

  const after = await allRelations(mock, account);
  const expected = new Map(before);
  expected.set(String(billing.id), relationsOf([at(roster, 0), true], [at(roster, 1), true], [rohan, true]));
  expected.set(String(support.id), relationsOf([at(roster, 2), true], [ananya, false]));
  expect(after).toEqual(expected);
  expect(await mock.find(account, 'Sales Moon')).toBeUndefined();
});

test('Replace: a colleague’s change between the preview and the run is kept and named; Undo this import puts the memberships back', async ({
  page,
  mock,
  signIn,
  browser,
  apiServer,
}, testInfo) => {
  const { account, roster, billing } = await arranged(mock);
  const [aarav, priya, rohan, lena] = [at(roster, 0), at(roster, 1), at(roster, 2), at(roster, 6)];
  await signIn(account);
  await openImport(page);

  // The file: Billing is Aarav and Rohan, so Priya leaves and Rohan joins.
  const preview = await previewImport(page, csvFile(['group,agent_email', `Billing,${aarav.email}`, `Billing,${rohan.email}`]), 'Replace');
  await expect(preview.getByRole('list', { name: 'Changes by group' })).toContainText('Billing: +1 agent, −1 agent');
  expect(await previewRows(page)).toEqual([
    ['2', 'Billing', aarav.name, 'already so'],
    ['3', 'Billing', rohan.name, 'will join'],
  ]);

  // Meanwhile a colleague, in a browser of their own, adds Lena to Billing.
  const theirs = await colleagueOnAgent(browser, testInfo, account, apiServer, lena);
  await addToGroups(theirs, ['Billing']);
  await saveGroups(theirs, lena.name);
  await theirs.context().close();
  const beforeRun = await allRelations(mock, account);
  expect(beforeRun.get(String(billing.id))).toEqual(relationsOf([aarav, true], [priya, true], [lena, true]));

  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const report = importReport(page);
  const billingLine = report.getByRole('list', { name: 'Outcome by group' }).getByRole('listitem');
  await expect(billingLine).toContainText('Billing: done (+1 agent, −1 agent).');
  await expect(billingLine).toContainText(`The members had changed elsewhere since the page was loaded (joined: ${lena.name}); your changes were applied on top.`);
  // The file's difference on top of the fresh membership: Lena, added after the preview, stays.
  expect(await relations(mock, account, billing.id)).toEqual(relationsOf([aarav, true], [lena, true], [rohan, true]));

  await report.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByRole('region', { name: 'Import undone' }).getByRole('status')).toHaveText(
    'Every group is back to its members before the import (1 group).',
  );
  // Back to what it held just before the run, the colleague's Lena included.
  expect(await allRelations(mock, account)).toEqual(beforeRun);
});

test('the round trip: Export memberships, then import that file in Replace mode previews no change at all', async ({ page, mock, signIn }) => {
  const account = await mock.createSeededAccount(AGENT_SEED);
  const before = await allRelations(mock, account);
  await signIn(account);
  await page.getByRole('link', { name: 'Agents', exact: true }).click();
  await agentsViewReady(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export memberships' }).click();
  const download = await downloading;
  const bytes = await readFile(await download.path());
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark').toBe(true);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe('group_id,group,agent_id,agent_email,agent,takes_calls');
  // One line per membership the server holds.
  const memberships = [...before.values()].reduce((n, members) => n + members.length, 0);
  expect(lines).toHaveLength(memberships + 1);

  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import memberships' })).toBeVisible();
  const preview = await previewImport(page, { name: download.suggestedFilename(), mimeType: 'text/csv', buffer: bytes }, 'Replace');
  await expect(preview.getByRole('status')).toContainText(`${memberships} rows, none in error; 0 groups change.`);
  await expect(preview.getByRole('status')).toContainText(`Rows: ${memberships} already so.`);
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expect(preview).toContainText('Nothing to change: every group already is as the file says.');
  expect(await allRelations(mock, account)).toEqual(before);
});
