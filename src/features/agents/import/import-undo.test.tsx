/**
 * After the run: Undo this import (under the lost-update rule), and runs that stop early — cancelled,
 * or cut short by an ended session — reporting what was not sent and offering its rows back.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, expect, test } from 'vitest';
import { countOf, recordRequests, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';
import { BILLING, RETENTION, SUPPORT, clickImport, csvFile, finished, openImport, preview, serverKit } from './import-test-kit';

const ONBOARDING = 1005;
const SESSION_ENDED = 'Your session has ended';

const { agent, arrange, demo, serverMembers, ids } = serverKit(mockStore);

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));


/** Billing and Support with one member each, and an Add import of one agent to each, run. */
async function importedTwoGroups() {
  arrange(BILLING, [[0, true]]);
  arrange(SUPPORT, [[1, true]]);
  const view = await openImport();
  await preview(view.user, csvFile(['group,agent_email,takes_calls', `Billing,${agent(2).email},yes`, `Support,${agent(3).email},no`]), 'Add');
  await clickImport(view.user);
  const report = await finished();
  expect(serverMembers(SUPPORT)).toEqual(ids([1, true], [3, false]));
  return { ...view, report };
}

test('Undo this import puts every group back to its members before the run', async () => {
  const { user, report } = await importedTwoGroups();
  const requests = recordRequests();
  await user.dblClick(report.getByRole('button', { name: 'Undo this import' }));

  const undone = within((await screen.findByRole('heading', { name: 'Import undone' })).closest('section') as HTMLElement);
  expect(undone.getByRole('status')).toHaveTextContent('Every group is back to its members before the import (2 groups).');
  expect(undone.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Billing: put back', 'Support: put back']);
  expect(serverMembers(BILLING)).toEqual(ids([0, true]));
  expect(serverMembers(SUPPORT)).toEqual(ids([1, true]));
  expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(2);
  expect(screen.queryByRole('button', { name: 'Undo this import' })).not.toBeInTheDocument();
});

test('a group changed again since the import is not put back, and the undo names the change it would overwrite', async () => {
  const { user, report } = await importedTwoGroups();
  mockStore.assign(demo(), SUPPORT, [agent(1).id, agent(3).id, agent(7).id], [agent(1).id, agent(7).id]);
  await user.click(report.getByRole('button', { name: 'Undo this import' }));

  const undone = within((await screen.findByRole('heading', { name: 'Import undone' })).closest('section') as HTMLElement);
  expect(undone.getByRole('status')).toHaveTextContent('1 of 2 groups put back.');
  const [billing, support] = undone.getAllByRole('listitem');
  expect(billing).toHaveTextContent('Billing: put back');
  expect(support).toHaveTextContent(
    `Support: not put back — The members changed again since (joined: ${agent(7).name}); undoing would overwrite that change. Nothing was sent.`,
  );
  expect(serverMembers(BILLING)).toEqual(ids([0, true]));
  expect(serverMembers(SUPPORT)).toEqual(ids([1, true], [3, false], [7, true]));
});

/** Four groups, each gaining one agent: Support, Billing, Retention, Onboarding, in the file's order. */
const fourGroups = () =>
  csvFile(['group,agent_email', `Support,${agent(10).email}`, `Billing,${agent(11).email}`, `Retention,${agent(12).email}`, `Onboarding,${agent(13).email}`]);

test('Cancel stops between groups: the groups under way finish, the rest are reported not done and their rows are the failed rows', async () => {
  for (const group of [SUPPORT, BILLING, RETENTION, ONBOARDING]) arrange(group, [[0, true]]);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, async () => {
      await held;
      return undefined;
    }),
  );
  const { user } = await openImport();
  await preview(user, fourGroups(), 'Add');
  await clickImport(user);
  expect(await screen.findByText('Import of team.csv (Add): 0 of 4 groups…')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  release();

  const report = await finished();
  expect(report.getByRole('status')).toHaveTextContent('3 of 4 groups changed, 1 not done.');
  expect(report.getByText('You cancelled the import: 1 group was not sent.')).toBeInTheDocument();
  expect(report.getAllByRole('listitem')[3]).toHaveTextContent('Onboarding: not done (nothing was sent).');
  expect(serverMembers(ONBOARDING)).toEqual(ids([0, true]));
  expect(serverMembers(RETENTION)).toEqual(ids([0, true], [12, true]));
  expect(report.getByText('1 row not applied, each with the reason.')).toBeInTheDocument();
});

test('a session ending mid-run shows the sign-in dialog once; the groups not sent are reported not done', async () => {
  for (const group of [SUPPORT, BILLING, RETENTION, ONBOARDING]) arrange(group, [[0, true]]);
  const { user } = await openImport();
  await preview(user, fourGroups(), 'Add');
  mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['submitAssignGroupToAgent'], times: 1 });
  await clickImport(user);

  const dialog = within(await screen.findByRole('dialog', { name: SESSION_ENDED }));
  await user.type(dialog.getByLabelText('Session ID'), 'demo-ssid');
  await user.click(dialog.getByRole('button', { name: 'Sign in' }));

  const report = await finished();
  // The three under way when it ended: one refused, two finished; the fourth never started.
  expect(report.getByRole('status')).toHaveTextContent('2 of 4 groups changed, 2 not done.');
  expect(report.getByText('Your session ended during the import')).toBeInTheDocument();
  expect(report.getAllByRole('listitem').filter((li) => li.textContent?.includes('not done (nothing was sent)'))).toHaveLength(2);
  expect(serverMembers(ONBOARDING)).toEqual(ids([0, true]));
  expect(report.getByText('2 rows not applied, each with the reason.')).toBeInTheDocument();
  // Signed in again, the dialog goes.
  await waitFor(() => expect(screen.queryAllByRole('dialog', { name: SESSION_ENDED })).toHaveLength(0));
});
