/**
 * The import page before anything is sent: each row's outcome against what the server holds, each
 * group's change, Import held back by rows in error, and bad files said plainly without losing anything.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { countOf, currentUrl, recordRequests } from '@/test/render';
import { mockStore } from '../../../../mocks/node';
import { BILLING, SUPPORT, csvFile, openImport, preview, previewRows, serverKit } from './import-test-kit';

const { agent, arrange } = serverKit(mockStore);

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

test('each row gets its outcome against the server, each group its change, and nothing is sent', async () => {
  arrange(BILLING, [
    [0, true],
    [1, true],
  ]);
  arrange(SUPPORT, [[2, true]]);
  const requests = recordRequests();
  const { user } = await openImport();
  await preview(
    user,
    csvFile([
      'group,agent_email,takes_calls',
      `Billing,${agent(3).email},yes`,
      `billing,${agent(1).email.toUpperCase()},no`,
      `Support,${agent(2).email},`,
      `Nowhere,${agent(4).email},`,
      `Billing,${agent(3).email},yes`,
      `Support,nobody@example.com,`,
    ]),
    'Add',
  );

  expect(previewRows()).toEqual([
    ['2', 'Billing', agent(3).name, 'will join'],
    ['3', 'Billing', agent(1).name, 'will stop taking calls'],
    ['4', 'Support', agent(2).name, 'already so'],
    ['5', 'Nowhere', agent(4).email, 'error: unknown group “Nowhere”'],
    ['6', 'Billing', agent(3).name, 'error: duplicate of row 2'],
    ['7', 'Support', 'nobody@example.com', 'error: unknown agent: no agent has the email nobody@example.com'],
  ]);
  expect(screen.getByText(/^6 rows, 3 in error; 1 group changes\./)).toHaveTextContent('Rows: 1 will join, 1 will stop taking calls, 1 already so.');
  const byGroup = screen.getByRole('list', { name: 'Changes by group' });
  expect(within(byGroup).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Billing: +1 agent, 1 stops taking calls']);

  await user.click(screen.getByRole('checkbox', { name: 'Only rows with errors' }));
  expect(previewRows().map(([line]) => line)).toEqual(['5', '6', '7']);
  expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);
});

test('rows in error hold Import back until Skip rows with errors is ticked; in Replace mode the page says what skipping means', async () => {
  arrange(BILLING, [
    [0, true],
    [1, false],
  ]);
  const { user } = await openImport();
  await preview(user, csvFile(['group_id,agent_id', `${BILLING},${agent(0).id}`, `${BILLING},ag-demo-999`]), 'Replace');

  expect(previewRows()[1]).toEqual(['3', 'Billing', 'ag-demo-999', 'error: unknown agent: no agent has id ag-demo-999']);
  const importButton = screen.getByRole('button', { name: 'Import' });
  expect(importButton).toBeDisabled();
  expect(importButton).toHaveAccessibleDescription('1 row is in error: fix the file, or tick Skip rows with errors.');
  expect(screen.queryByText(/Rows in error are skipped/)).not.toBeInTheDocument();

  await user.click(screen.getByRole('checkbox', { name: 'Skip rows with errors' }));
  expect(importButton).toBeEnabled();
  expect(screen.getByText('Rows in error are skipped: in Replace mode an agent named only by a skipped row leaves the group.')).toBeInTheDocument();
  expect(within(screen.getByRole('list', { name: 'Changes by group' })).getByRole('listitem')).toHaveTextContent('Billing: −1 agent');
});

test('a file that changes nothing leaves Import disabled: Nothing to change', async () => {
  arrange(BILLING, [[0, true]]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email,takes_calls', `Billing,${agent(0).email},yes`]), 'Add');
  expect(previewRows()).toEqual([['2', 'Billing', agent(0).name, 'already so']]);
  expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  expect(screen.getByText(/^Nothing to change/)).toBeInTheDocument();
});

test('an active group left with nobody taking its calls is highlighted in the summary', async () => {
  arrange(BILLING, [
    [0, true],
    [1, false],
  ]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(0).email}`]), 'Remove');
  const item = within(screen.getByRole('list', { name: 'Changes by group' })).getByRole('listitem');
  expect(item).toHaveTextContent('Billing: −1 agent; nobody would take its calls');
});

test('a file that is not UTF-8 says so, and the mode and the pasted text stay', async () => {
  const { user } = await openImport();
  await user.click(screen.getByRole('radio', { name: 'Add' }));
  const pasted = `group,agent_email\nBilling,${agent(0).email}`;
  await user.click(screen.getByRole('textbox', { name: 'Or paste the CSV text' }));
  await user.paste(pasted);
  await screen.findByRole('heading', { name: 'Preview' });

  // "Facturación" written by a spreadsheet in Latin-1: 0xF3 alone is not UTF-8.
  const latin1 = new Uint8Array([...new TextEncoder().encode('group,agent_email\r\nFacturaci'), 0xf3, ...new TextEncoder().encode('n,a@example.com')]);
  await user.upload(screen.getByLabelText('CSV file'), new File([latin1], 'latin.csv', { type: 'text/csv' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This file cannot be imported');
  expect(alert).toHaveTextContent('This file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.');
  expect(screen.queryByRole('heading', { name: 'Preview' })).not.toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Add' })).toBeChecked();
  expect(screen.getByRole('textbox', { name: 'Or paste the CSV text' })).toHaveValue(pasted);
});

test('where Agent/list carries no groups, the groups the file names are read first and their call flags are the server’s', async () => {
  mockStore.reset({ seedGroups: 8, seedAgents: 20, agentListWithoutGroups: true });
  arrange(BILLING, [
    [0, false],
    [1, true],
  ]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(0).email}`, `Billing,${agent(1).email}`, `Billing,${agent(5).email}`]), 'Add');
  expect(previewRows().map(([, , , outcome]) => outcome)).toEqual(['already so', 'already so', 'will join']);
  expect(within(screen.getByRole('list', { name: 'Changes by group' })).getByRole('listitem')).toHaveTextContent('Billing: +1 agent');
});

test('leaving with a preview not yet imported asks first, and Stay keeps it', async () => {
  arrange(BILLING, [[0, true]]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(1).email}`]), 'Add');
  await user.click(screen.getByRole('link', { name: '← Agents' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Leave without saving?' }));
  expect(dialog.getByText(/^The import you previewed has not been run\./)).toBeInTheDocument();
  await user.click(dialog.getByRole('button', { name: 'Stay on this page' }));
  expect(currentUrl()).toBe('/agents/import');
  expect(previewRows()).toEqual([['2', 'Billing', agent(1).name, 'will join']]);
});

test('choosing another mode previews the same file again in that mode', async () => {
  arrange(BILLING, [[0, true]]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(0).email}`, `Billing,${agent(1).email}`]), 'Add');
  expect(previewRows().map(([, , , outcome]) => outcome)).toEqual(['already so', 'will join']);
  await user.click(screen.getByRole('radio', { name: 'Remove' }));
  await waitFor(() => expect(previewRows().map(([, , , outcome]) => outcome)).toEqual(['will leave', 'already so']));
});
