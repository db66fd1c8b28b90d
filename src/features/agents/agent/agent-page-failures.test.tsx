/**
 * The agent's page when things go wrong or the server says less: a refused group keeps its edit with
 * DeepCall's reason and a retry, an ended session keeps everything, and the memberships read group by
 * group (or without call flags) still give the right groups and never a guessed flag.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';

// Seed of 8 groups × 20 agents: see agent-page.test.tsx.
const SARA = 'ag-demo-6';
const ARJUN = 'ag-demo-18';
const INSIDE_SALES = 1001;
const BILLING = 1003;
const SUBMIT = `${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`;
beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

function flagOf(agentId: string, groupId: number): number | undefined {
  return mockStore.relationsOf(demo(), groupId).find((r) => r.agent_unique_id === agentId)?.receive_call;
}

async function openAgent(agentId: string) {
  const app = renderApp({ route: `/agents/${agentId}` });
  await screen.findByRole('table', { name: 'Their groups' });
  return app;
}

function pendingBar() {
  return within(screen.getByRole('region', { name: 'Pending group changes' }));
}

describe('a save that fails', () => {
  test('a refused group keeps its edit pending with DeepCall’s reason; the others are saved; Retry sends the rest', async () => {
    server.use(
      http.post(SUBMIT, async ({ request }) => {
        const body = (await request.clone().json()) as { groupId: string };
        if (body.groupId === String(BILLING)) return HttpResponse.json({ status: 'error', code: 1015, message: 'Permission denied' });
        return undefined;
      }),
    );
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Inside Sales' }));
    await user.click(screen.getByRole('button', { name: 'Remove from Billing' }));
    await user.click(pendingBar().getByRole('button', { name: 'Save groups' }));

    const report = await screen.findByRole('alert', { name: 'Not saved for 1 group' });
    expect(report).toHaveTextContent(/Saved for Inside Sales\./);
    expect(report).toHaveTextContent(/Billing: Your DeepCall account is not allowed to do this/);
    expect(flagOf(SARA, INSIDE_SALES)).toBe(0);
    expect(flagOf(SARA, BILLING), 'still in Billing on the server').toBe(1);
    expect(pendingBar().getByText('−1 group')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove from Billing' })).not.toBeInTheDocument();

    server.resetHandlers();
    const requests = recordRequests();
    await user.click(within(report).getByRole('button', { name: 'Retry' }));
    await findNotification('Groups of Sara Garcia saved');
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);
    expect(flagOf(SARA, BILLING)).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Pending group changes' })).not.toBeInTheDocument();
  });

  test('a double click on Save groups sends once', async () => {
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('switch', { name: 'Takes calls for Inside Sales' }));
    const requests = recordRequests();
    await user.dblClick(pendingBar().getByRole('button', { name: 'Save groups' }));
    await findNotification('Groups of Sara Garcia saved');
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);
  });

  test('the session ends: one sign-in dialog, the edits stay, and are saved after signing in again', async () => {
    const { user } = await openAgent(SARA);
    await user.click(screen.getByRole('button', { name: 'Remove from Billing' }));
    server.use(http.post(SUBMIT, () => HttpResponse.json({ status: 'error', code: 1014, message: 'Invalid or expired token' })));
    await user.click(pendingBar().getByRole('button', { name: 'Save groups' }));

    const signIn = within(await screen.findByRole('dialog', { name: 'Your session has ended' }));
    expect(flagOf(SARA, BILLING)).toBe(1);
    server.resetHandlers();
    await user.type(signIn.getByLabelText('Session ID'), 'demo-ssid');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has ended' })).not.toBeInTheDocument());

    expect(screen.getByRole('alert', { name: 'Not saved for 1 group' })).toHaveTextContent(/Billing: not sent, the session ended first/);
    expect(pendingBar().getByText('−1 group')).toBeInTheDocument();
    await user.click(pendingBar().getByRole('button', { name: 'Save groups' }));
    await findNotification('Groups of Sara Garcia saved');
    expect(flagOf(SARA, BILLING)).toBeUndefined();
  });
});

describe('when Agent/list does not carry the groups', () => {
  test('the groups are read group by group and shown as the server holds them; a save works', async () => {
    mockStore.configure('demo', { agentListWithoutGroups: true });
    const { user } = await openAgent(ARJUN);
    await waitFor(() => expect(screen.queryByText(/the list below may be incomplete/)).not.toBeInTheDocument());
    const table = within(screen.getByRole('table', { name: 'Their groups' }));
    const relations = mockStore.relationsByAgent(demo()).get(ARJUN) ?? [];
    expect(table.getAllByRole('switch')).toHaveLength(relations.length);
    for (const r of relations) {
      const name = demo().groups.find((g) => g.id === r.group_id)?.name ?? '';
      expect(table.getByRole('switch', { name: `Takes calls for ${name}` }), name).toHaveProperty('checked', r.receive_call === 1);
    }

    await user.click(table.getByRole('switch', { name: 'Takes calls for Inside Sales' }));
    await user.click(pendingBar().getByRole('button', { name: 'Save groups' }));
    await findNotification('Groups of Arjun Khan saved');
    expect(flagOf(ARJUN, INSIDE_SALES)).toBe(1);
  });

  test('while the groups are still being read, the page says its list may be incomplete', async () => {
    mockStore.configure('demo', { agentListWithoutGroups: true });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/getGroupAgentRelation`, async ({ request }) => {
        const body = (await request.clone().json()) as { groupId?: unknown };
        if (String(body.groupId) === '1008') await held;
        return undefined;
      }),
    );
    renderApp({ route: `/agents/${ARJUN}` });
    expect(await screen.findByText(/Reading the groups’ members \(\d of 8 groups\): the list below may be incomplete/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Customer Care' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('link', { name: 'Customer Care' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/the list below may be incomplete/)).not.toBeInTheDocument());
  });

  test('when Agent/list names the groups without call flags, each flag is read from its group, never guessed', async () => {
    // Agent/list carries the groups but not whether the agent takes their calls.
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Agent/list`, () => {
        const byAgent = mockStore.relationsByAgent(demo());
        const agents = demo().agents.map(({ agent_unique_id, name, email, status }) => ({
          agent_unique_id,
          name,
          email,
          status,
          groups: (byAgent.get(agent_unique_id) ?? []).map((r) => ({ group_id: r.group_id })),
        }));
        return HttpResponse.json({ status: 'success', code: 200, response: agents });
      }),
    );
    const { user } = await openAgent(ARJUN);
    const table = within(screen.getByRole('table', { name: 'Their groups' }));
    expect(await table.findByRole('switch', { name: 'Takes calls for Inside Sales' })).not.toBeChecked();
    expect(await table.findByRole('switch', { name: 'Takes calls for Onboarding' })).toBeChecked();

    await user.click(table.getByRole('switch', { name: 'Takes calls for Inside Sales' }));
    await user.click(pendingBar().getByRole('button', { name: 'Save groups' }));
    await findNotification('Groups of Arjun Khan saved');
    expect(flagOf(ARJUN, INSIDE_SALES)).toBe(1);
  });
});
