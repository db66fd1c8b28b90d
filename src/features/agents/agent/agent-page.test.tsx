/**
 * The agent's page against the mock API: their groups as the server holds them, edits collected and
 * saved group by group, a colleague's change kept and named, and nothing lost when a save fails.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';

// The seed (8 groups × 20 agents) puts Sara Garcia in Inside Sales, Billing, Onboarding and Technical
// Support (inactive), taking calls for each; Arjun Khan's flags are mixed; Mia Müller alone answers Retention.
const SARA = 'ag-demo-6';
const ARJUN = 'ag-demo-18';
const MIA = 'ag-demo-13';
const LENA = 'ag-demo-7';
const INSIDE_SALES = 1001;
const BILLING = 1003;
const RETENTION = 1004;
const CUSTOMER_CARE = 1008;
beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

/** The agent's groups on the server: group name → takes calls. */
function serverGroupsOf(agentId: string): Map<string, boolean> {
  const names = new Map(demo().groups.map((g) => [g.id, g.name]));
  return new Map((mockStore.relationsByAgent(demo()).get(agentId) ?? []).map((r) => [names.get(r.group_id) ?? '', r.receive_call === 1]));
}

async function openAgent(agentId: string) {
  const app = renderApp({ route: `/agents/${agentId}` });
  await screen.findByRole('table', { name: 'Their groups' });
  return app;
}

function pendingBar() {
  return within(screen.getByRole('region', { name: 'Pending group changes' }));
}

async function saveGroups(user: UserEvent) {
  await user.click(pendingBar().getByRole('button', { name: 'Save groups' }));
}

async function addToGroup(user: UserEvent, search: string, name: string) {
  await user.click(screen.getByRole('button', { name: 'Add to groups' }));
  const picker = within(await screen.findByRole('dialog', { name: 'Add to groups' }));
  await user.type(picker.getByRole('textbox', { name: 'Search groups' }), search);
  await user.click(await picker.findByRole('checkbox', { name: `Add to ${name}` }));
  await user.click(picker.getByRole('button', { name: 'Add to 1 group' }));
}

describe('the agent’s page', () => {
  test('shows the agent and their groups as the server holds them', async () => {
    await openAgent(ARJUN);
    expect(screen.getByRole('heading', { level: 1, name: 'Arjun Khan' })).toBeInTheDocument();
    expect(screen.getByText('arjun.khan@example.com')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All agents' })).toHaveAttribute('href', '/agents');
    const table = within(screen.getByRole('table', { name: 'Their groups' }));
    const held = serverGroupsOf(ARJUN);
    expect(table.getAllByRole('link').map((l) => l.textContent)).toEqual([...held.keys()].sort());
    for (const [name, takes] of held) {
      expect(table.getByRole('switch', { name: `Takes calls for ${name}` }), name).toHaveProperty('checked', takes);
      expect(table.getByRole('button', { name: `Remove from ${name}` })).toBeInTheDocument();
    }
    expect(table.getByRole('link', { name: 'Customer Care' })).toHaveAttribute('href', `/groups/${CUSTOMER_CARE}`);
    expect(within(table.getByRole('link', { name: 'Technical Support' }).closest('tr') as HTMLElement).getByText('Inactive')).toBeInTheDocument();
  });

  test('an ID the account does not have says so, with a way back', async () => {
    renderApp({ route: '/agents/ag-demo-999' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No agent with this ID' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all agents' })).toHaveAttribute('href', '/agents');
  });

  test('when the agents cannot be read, it says why, and Retry reads again', async () => {
    let refused = true;
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Agent/list`, () =>
        refused ? HttpResponse.json({ status: 'error', code: 1015, message: 'Permission denied' }) : undefined,
      ),
    );
    const { user } = renderApp({ route: `/agents/${SARA}` });
    const alert = await screen.findByRole('alert', { name: 'Could not load the agent and their groups' });
    expect(alert).toHaveTextContent(/not allowed to do this/);
    refused = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sara Garcia' })).toBeInTheDocument();
  });
});

describe('changing their groups', () => {
  test('switching calls off for one group and saving changes that relation only', async () => {
    const { user } = await openAgent(SARA);
    const before = mockStore.allRelations(demo());
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Inside Sales' }));
    expect(pendingBar().getByText('1 call setting')).toBeInTheDocument();
    const requests = recordRequests();
    await saveGroups(user);

    await findNotification('Groups of Sara Garcia saved');
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);
    const changed = (r: { agent_unique_id: string; group_id: number }) => r.agent_unique_id === SARA && r.group_id === INSIDE_SALES;
    const after = mockStore.allRelations(demo());
    expect(after.find(changed)?.receive_call).toBe(0);
    expect(after.filter((r) => !changed(r))).toEqual(before.filter((r) => !changed(r)));
    expect(screen.queryByRole('region', { name: 'Pending group changes' })).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Takes calls for Inside Sales' })).not.toBeChecked();
    // The bar and its button are gone: focus goes on from Add to groups.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add to groups' })).toHaveFocus());
  });

  test('with the keyboard, Remove hands focus to the next row’s Remove, and the last to the one before', async () => {
    const { user } = await openAgent(SARA);
    screen.getByRole('button', { name: 'Remove from Billing' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove from Inside Sales' })).toHaveFocus();
    screen.getByRole('button', { name: 'Remove from Technical Support' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove from Onboarding' })).toHaveFocus();
    expect(pendingBar().getByText('−2 groups')).toBeInTheDocument();
  });

  test('remove from one group and add to another: one change per group, as the server then holds it', async () => {
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('button', { name: 'Remove from Billing' }));
    await user.click(screen.getByRole('button', { name: 'Add to groups' }));
    const picker = within(await screen.findByRole('dialog', { name: 'Add to groups' }));
    // The groups she is in are not offered; Billing, removed here, is again.
    expect(picker.queryByRole('checkbox', { name: 'Add to Inside Sales' })).not.toBeInTheDocument();
    expect(picker.getByRole('checkbox', { name: 'Add to Billing' })).toBeInTheDocument();
    await user.type(picker.getByRole('textbox', { name: 'Search groups' }), 'CARE');
    expect(picker.getByText('1 of 5 groups match')).toBeInTheDocument();
    await user.click(picker.getByRole('checkbox', { name: 'Add to Customer Care' }));
    await user.click(picker.getByRole('button', { name: 'Add to 1 group' }));

    expect(pendingBar().getByText('+1 group, −1 group')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Takes calls for Customer Care' })).toBeChecked();
    const requests = recordRequests();
    await saveGroups(user);

    await findNotification('Groups of Sara Garcia saved');
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(2);
    const held = serverGroupsOf(SARA);
    expect(held.has('Billing')).toBe(false);
    expect(held.get('Customer Care')).toBe(true);
    expect(held.size).toBe(4);
  });

  test('Discard puts everything back as it was, and sends nothing', async () => {
    const { user } = await openAgent(SARA);
    const requests = recordRequests();
    await user.click(screen.getByRole('button', { name: 'Remove from Billing' }));
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Onboarding' }));
    await addToGroup(user, 'care', 'Customer Care');
    expect(pendingBar().getByText('+1 group, −1 group, 1 call setting')).toBeInTheDocument();

    await user.click(pendingBar().getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('button', { name: 'Remove from Billing' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Takes calls for Onboarding' })).toBeChecked();
    expect(screen.queryByRole('link', { name: 'Customer Care' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Pending group changes' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to groups' })).toHaveFocus();
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);
  });

  test('switching a setting back is no longer a pending change', async () => {
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Billing' }));
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Billing' }));
    expect(screen.queryByRole('region', { name: 'Pending group changes' })).not.toBeInTheDocument();
  });

  test('leaving with pending changes asks first, naming them', async () => {
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('button', { name: 'Remove from Billing' }));
    await user.click(screen.getByRole('link', { name: '← All agents' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Leave without saving?' }));
    expect(dialog.getByText(/1 group change is not saved\./)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Stay on this page' }));
    expect(pendingBar().getByText('−1 group')).toBeInTheDocument();
  });

  test('leaving an active group with nobody taking calls asks first, naming it; Cancel sends nothing', async () => {
    const { user } = await openAgent(MIA);
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Retention' }));
    const requests = recordRequests();
    await saveGroups(user);
    const confirm = within(await screen.findByRole('dialog', { name: 'Nobody will take Retention’s calls' }));
    await user.click(confirm.getByRole('button', { name: 'Cancel' }));
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);

    await saveGroups(user);
    await user.click(within(await screen.findByRole('dialog', { name: 'Nobody will take Retention’s calls' })).getByRole('button', { name: 'Save anyway' }));
    await findNotification('Groups of Mia Müller saved');
    expect(mockStore.relationsOf(demo(), RETENTION).map((r) => r.receive_call)).toEqual([0]);
  });
});

describe('a colleague changes the same group meanwhile', () => {
  test('their change is kept and named; only this supervisor’s difference is applied', async () => {
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Billing' }));
    // Elsewhere, a colleague adds Lena Martin to Billing.
    const members = mockStore.relationsOf(demo(), BILLING);
    mockStore.assign(
      demo(),
      BILLING,
      [...members.map((r) => r.agent_unique_id), LENA],
      [...members.filter((r) => r.receive_call === 1).map((r) => r.agent_unique_id), LENA],
    );
    await saveGroups(user);

    const kept = await screen.findByRole('status', { name: 'Saved, keeping a colleague’s change' });
    expect(kept).toHaveTextContent(/Billing: The members had changed elsewhere since the page was loaded \(joined: Lena Martin\)/);
    const billing = new Map(mockStore.relationsOf(demo(), BILLING).map((r) => [r.agent_unique_id, r.receive_call]));
    expect(billing.get(LENA), 'the colleague’s addition is kept').toBe(1);
    expect(billing.get(SARA), 'the supervisor’s change is applied').toBe(0);
  });
});
