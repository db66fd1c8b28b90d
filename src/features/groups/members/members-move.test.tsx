/**
 * Moving agents into a group some of them are in already: nothing about them changes there (their
 * calls above all), the dialog says beforehand who is there, and the report names only who joined.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { countOf, recordRequests, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// Demo account: 1002 Support, 1003 Billing.
const SUPPORT = 1002;
const BILLING = 1003;
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

function nameOf(agentId: string): string {
  const agent = demo().agents.find((a) => a.agent_unique_id === agentId);
  if (!agent) throw new Error(`no agent ${agentId}`);
  return agent.name;
}

/** The group's members on the server, by name, with their call flag. */
function serverMembers(groupId: number): Map<string, boolean> {
  return new Map(mockStore.relationsOf(demo(), groupId).map((r) => [nameOf(r.agent_unique_id), r.receive_call === 1]));
}

/**
 * Billing holds `settled` (not taking Billing's calls), `newcomer` and a keeper who stays (both taking
 * Billing's calls); Support holds `settled`, taking Support's calls, and not `newcomer`.
 */
function arrange() {
  const [settled, newcomer, keeper] = demo().agents.map((a) => a.agent_unique_id);
  if (!settled || !newcomer || !keeper) throw new Error('the seed needs three agents');
  mockStore.assign(demo(), BILLING, [settled, newcomer, keeper], [newcomer, keeper]);
  const support = mockStore.relationsOf(demo(), SUPPORT).filter((r) => r.agent_unique_id !== newcomer && r.agent_unique_id !== settled);
  mockStore.assign(
    demo(),
    SUPPORT,
    [...support.map((r) => r.agent_unique_id), settled],
    [...support.filter((r) => r.receive_call === 1).map((r) => r.agent_unique_id), settled],
  );
  return { settled: nameOf(settled), newcomer: nameOf(newcomer) };
}

test('an agent already in the target keeps taking its calls; the dialog says so first, the report names only who joined', async () => {
  const { settled, newcomer } = arrange();
  const supportBefore = serverMembers(SUPPORT);
  expect(supportBefore.get(settled)).toBe(true);
  const { user } = renderApp({ route: `/groups/${BILLING}` });
  await screen.findByRole('table', { name: 'Agents in this group' });

  for (const name of [settled, newcomer]) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
  await user.click(screen.getByRole('button', { name: 'Move to group…' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Move 2 agents to another group' }));
  expect(dialog.getByText(/Anyone already in that group stays there exactly as they are\./)).toBeInTheDocument();
  await user.type(dialog.getByRole('textbox', { name: 'Find a group' }), 'supp');
  await user.click(dialog.getByRole('radio', { name: 'Support' }));
  // Before anything is sent: who is there already, and how they stand there.
  expect(await dialog.findByText(`Already in Support: ${settled} (takes its calls). Nothing changes for them there; they only leave Billing.`)).toBeInTheDocument();

  const requests = recordRequests();
  await user.click(dialog.getByRole('button', { name: 'Move to Support' }));
  const report = await screen.findByRole('status', { name: /Moved to Support/ });
  expect(report).toHaveTextContent(`${newcomer} joined Support and left Billing.`);
  expect(report).toHaveTextContent(`${settled} was already in Support (unchanged there) and left Billing.`);
  expect(report).not.toHaveTextContent(`${settled} joined`);

  const support = serverMembers(SUPPORT);
  expect(support.get(settled), 'still takes Support’s calls').toBe(true);
  expect(support.get(newcomer), 'joined keeping Billing’s setting').toBe(true);
  for (const [name, calls] of supportBefore) expect(support.get(name), name).toBe(calls);
  expect(serverMembers(BILLING).has(settled)).toBe(false);
  expect(serverMembers(BILLING).has(newcomer)).toBe(false);
  expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(2);
});

test('the move dialog shows each target’s agent count, and who of the moving agents is not there yet', async () => {
  const { newcomer } = arrange();
  const { user } = renderApp({ route: `/groups/${BILLING}` });
  await screen.findByRole('table', { name: 'Agents in this group' });
  await user.click(screen.getByRole('checkbox', { name: `Select ${newcomer}` }));
  await user.click(screen.getByRole('button', { name: 'Move to group…' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Move 1 agent to another group' }));

  const support = dialog.getByRole('radio', { name: 'Support' });
  const count = mockStore.agentCount(demo(), SUPPORT);
  expect(support).toHaveAccessibleDescription(`${count} agents`);
  await user.click(support);
  expect(await dialog.findByText(`${newcomer} is not in Support yet.`)).toBeInTheDocument();
});
