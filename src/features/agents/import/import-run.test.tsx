/**
 * Running an import: exactly the file's change reaches the server, once; a colleague's change made
 * between the preview and the run is kept and named; a group DeepCall refuses is reported with its
 * reason and its rows are offered back; an import leaving a group with nobody on its calls asks first.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, expect, test, vi } from 'vitest';
import { countOf, recordRequests, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';
import { BILLING, RETENTION, SUPPORT, clickImport, csvFile, finished, openImport, preview, serverKit } from './import-test-kit';

const { agent, arrange, demo, serverMembers, ids } = serverKit(mockStore);

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));


test('Replace sends exactly the file’s memberships, once however often Import is clicked, and reports each group', async () => {
  arrange(BILLING, [
    [0, true],
    [1, true],
  ]);
  arrange(SUPPORT, [[2, true]]);
  arrange(RETENTION, [[3, true]]);
  const { user } = await openImport();
  await preview(
    user,
    csvFile([
      'group,agent_email,takes_calls',
      `Billing,${agent(0).email},yes`,
      `Billing,${agent(4).email},no`,
      `Support,${agent(2).email},no`,
      `Support,${agent(5).email},yes`,
    ]),
    'Replace',
  );
  const requests = recordRequests();
  await user.dblClick(screen.getByRole('button', { name: 'Import' }));

  const report = await finished();
  // The Import button is gone: the keyboard goes on from the outcome.
  expect(report.getByRole('heading', { name: 'Import finished' })).toHaveFocus();
  expect(report.getByRole('status')).toHaveTextContent('Import of team.csv (Replace): 2 of 2 groups changed.');
  expect(report.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'Billing: done (+1 agent, −1 agent).',
    'Support: done (+1 agent, 1 stops taking calls).',
  ]);
  expect(serverMembers(BILLING)).toEqual(ids([0, true], [4, false]));
  expect(serverMembers(SUPPORT)).toEqual(ids([2, false], [5, true]));
  expect(serverMembers(RETENTION)).toEqual(ids([3, true]));
  expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(2);
  expect(report.getByRole('button', { name: 'Download failed rows' })).toBeDisabled();
  expect(report.getByText('Every row was applied.')).toBeInTheDocument();
});

test('a member a colleague added between the preview and the run stays, and the report names the change', async () => {
  arrange(BILLING, [
    [0, true],
    [1, true],
  ]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(0).email}`, `Billing,${agent(2).email}`]), 'Replace');
  expect(within(screen.getByRole('list', { name: 'Changes by group' })).getByRole('listitem')).toHaveTextContent('Billing: +1 agent, −1 agent');

  // A colleague adds agent 6 in DeepCall's own panel while the preview is on screen.
  mockStore.assign(demo(), BILLING, [agent(0).id, agent(1).id, agent(6).id], [agent(0).id, agent(1).id, agent(6).id]);
  await clickImport(user);

  const report = await finished();
  const billing = report.getByRole('listitem');
  expect(billing).toHaveTextContent('Billing: done (+1 agent, −1 agent).');
  expect(billing).toHaveTextContent(`The members had changed elsewhere since the page was loaded (joined: ${agent(6).name}); your changes were applied on top.`);
  expect(serverMembers(BILLING)).toEqual(ids([0, true], [6, true], [2, true]));
});

test('an agent a colleague added between the preview and the run is not reported as joining by the import', async () => {
  arrange(BILLING, [
    [0, true],
    [1, true],
  ]);
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(0).email}`, `Billing,${agent(2).email}`]), 'Replace');
  expect(within(screen.getByRole('list', { name: 'Changes by group' })).getByRole('listitem')).toHaveTextContent('Billing: +1 agent, −1 agent');

  // A colleague adds agent 2, the one the file adds, while the preview is on screen.
  mockStore.assign(demo(), BILLING, [agent(0).id, agent(1).id, agent(2).id], [agent(0).id, agent(1).id, agent(2).id]);
  await clickImport(user);

  const billing = (await finished()).getByRole('listitem');
  expect(billing).toHaveTextContent('Billing: done (−1 agent).');
  expect(serverMembers(BILLING)).toEqual(ids([0, true], [2, true]));
});

test('a group DeepCall refuses is reported with its reason, the others are done, and its rows are the failed rows', async () => {
  arrange(BILLING, [[0, true]]);
  arrange(SUPPORT, [[1, true]]);
  server.use(
    http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, async ({ request }) => {
      const body = (await request.clone().json()) as { groupId?: unknown };
      if (String(body.groupId) !== String(SUPPORT)) return undefined;
      return HttpResponse.json({ status: 'error', code: 1099, message: 'Group is locked while a campaign runs' });
    }),
  );
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:failed-rows';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

  const { user } = await openImport();
  await preview(
    user,
    csvFile([
      'group,agent_email,takes_calls',
      `Billing,${agent(2).email},yes`,
      `Support,${agent(3).email},no`,
      `Support,${agent(1).email},yes`,
      `Sales Moon,${agent(4).email},yes`,
    ]),
    'Add',
  );
  await user.click(screen.getByRole('checkbox', { name: 'Skip rows with errors' }));
  await clickImport(user);

  const report = await finished();
  expect(report.getByRole('status')).toHaveTextContent('1 of 2 groups changed, 1 failed.');
  const [billing, support] = report.getAllByRole('listitem');
  expect(billing).toHaveTextContent('Billing: done (+1 agent).');
  expect(support).toHaveTextContent('Support: failed — DeepCall refused the request: Group is locked while a campaign runs (code 1099)');
  expect(serverMembers(BILLING)).toEqual(ids([0, true], [2, true]));
  expect(serverMembers(SUPPORT)).toEqual(ids([1, true]));

  expect(report.getByText('3 rows not applied, each with the reason.')).toBeInTheDocument();
  await user.click(report.getByRole('button', { name: 'Download failed rows' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  expect(click.mock.contexts[0]).toHaveProperty('download', expect.stringMatching(/^import-failed-rows-\d{4}-\d\d-\d\d\.csv$/));
  const lines = (await blobs[0]!.text()).replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const refused = 'failed: DeepCall refused the request: Group is locked while a campaign runs (code 1099)';
  expect(lines).toEqual([
    'group,agent_email,takes_calls,reason',
    `Support,${agent(3).email},no,row 3: ${refused}`,
    `Support,${agent(1).email},yes,row 4: ${refused}`,
    `Sales Moon,${agent(4).email},yes,row 5: unknown group “Sales Moon”`,
  ]);
});

test('an import leaving an active group with nobody taking its calls asks once, naming it; Cancel sends nothing', async () => {
  arrange(BILLING, [
    [0, true],
    [1, false],
  ]);
  const requests = recordRequests();
  const { user } = await openImport();
  await preview(user, csvFile(['group,agent_email', `Billing,${agent(0).email}`]), 'Remove');

  await clickImport(user);
  let dialog = within(await screen.findByRole('dialog', { name: 'Leave a group with nobody taking its calls?' }));
  expect(dialog.getByText(/nobody would take the calls of the active group: Billing\./)).toBeInTheDocument();
  await user.click(dialog.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);

  await clickImport(user);
  dialog = within(await screen.findByRole('dialog', { name: 'Leave a group with nobody taking its calls?' }));
  await user.dblClick(dialog.getByRole('button', { name: 'Import anyway' }));
  const report = await finished();
  expect(report.getByRole('listitem')).toHaveTextContent('Billing: done (−1 agent).');
  expect(serverMembers(BILLING)).toEqual(ids([1, false]));
  expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);
});
