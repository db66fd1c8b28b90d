import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, recordRequests, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';
import type { MockGroup } from '../../../../mocks/types';

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account in the mock');
  return account;
}
const relationsOf = (group: MockGroup) => mockStore.relationsOf(demo(), group.id);
const agentName = (id: string) => demo().agents.find((a) => a.agent_unique_id === id)?.name ?? id;
/** Agents (by name) not in `group` on the server, in the account's order. */
const notIn = (group: MockGroup) => demo().agents.filter((a) => !relationsOf(group).some((r) => r.agent_unique_id === a.agent_unique_id));

async function openAgents() {
  const view = renderApp({ route: '/agents' });
  await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /^Select (?!all)/ })).toHaveLength(20));
  return view;
}

async function tick(user: UserEvent, names: string[]) {
  for (const name of names) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
}

/** Opens a bulk action from the bar and picks the groups in its Group field. */
async function openAction(user: UserEvent, action: string, groups: MockGroup[]) {
  await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: action }));
  const dialog = await screen.findByRole('dialog');
  for (const group of groups) {
    await user.click(within(dialog).getByRole('combobox', { name: 'Group' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Group' }), group.name);
    await user.click(await screen.findByRole('option', { name: group.name }));
  }
  return dialog;
}

describe('bulk membership changes from the Agents view', () => {
  test('Add to group with Takes calls on: the impact first, one request however often Add is pressed, then the server and the table agree', async () => {
    const target = demo().groups.find((g) => g.status === 1 && relationsOf(g).length > 0) as MockGroup;
    const member = relationsOf(target)[0]?.agent_unique_id ?? '';
    const before = relationsOf(target).find((r) => r.agent_unique_id === member)?.receive_call;
    const joining = notIn(target).slice(0, 2);
    const requests = recordRequests();
    const { user } = await openAgents();
    await tick(user, [...joining.map((a) => a.name), agentName(member)]);

    const dialog = await openAction(user, 'Add to group…', [target]);
    expect(dialog).toHaveAccessibleName('Add 3 agents to groups');
    expect(within(dialog).getByRole('switch', { name: 'Takes calls' })).toBeChecked();
    expect(within(dialog).getByText(/2 agents join \(taking its calls\); 1 agent is already in it \(no change, their call setting stays\)/)).toBeInTheDocument();
    expect(within(dialog).getByText('1 group changes.')).toBeInTheDocument();

    await user.dblClick(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('1 group changed')).toBeInTheDocument();
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);

    for (const agent of joining) {
      expect(relationsOf(target)).toContainEqual({ agent_unique_id: agent.agent_unique_id, group_id: target.id, receive_call: 1 });
    }
    // Already a member: left as they were.
    expect(relationsOf(target).find((r) => r.agent_unique_id === member)?.receive_call).toBe(before);
    // The form the focus was in is gone: a keyboard user lands on the report's Done, not on the page.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    const row = screen.getByRole('link', { name: joining[0]?.name ?? '' }).closest('tr') as HTMLElement;
    // The group's tag in the row (its own text is the name, then a comma unless it is the last).
    const tag = within(row).getByText((text, element) => element?.tagName === 'SPAN' && text.replace(/,$/, '') === target.name);
    expect(within(tag).getByRole('img', { name: 'takes calls' })).toBeInTheDocument();
  });

  test('pressing Add with no group picked says so at the Group field, with the focus there, and sends nothing', async () => {
    const requests = recordRequests();
    const { user } = await openAgents();
    await tick(user, [demo().agents[0]?.name ?? '']);
    const dialog = await openAction(user, 'Add to group…', []);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(await within(dialog).findByText('Pick at least one group.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Group' })).toHaveFocus();
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);
  });

  test('a group a colleague already changed as asked, between the dialog and Add, is reported as already so, not changed', async () => {
    const target = demo().groups.find((g) => g.status === 1 && relationsOf(g).length > 0) as MockGroup;
    const joining = notIn(target).slice(0, 2);
    const { user } = await openAgents();
    await tick(user, joining.map((a) => a.name));
    const dialog = await openAction(user, 'Add to group…', [target]);
    expect(within(dialog).getByText('1 group changes.')).toBeInTheDocument();

    // A colleague adds both in DeepCall's own panel before Add is pressed.
    const members = [...relationsOf(target).map((r) => r.agent_unique_id), ...joining.map((a) => a.agent_unique_id)];
    const taking = [...relationsOf(target).filter((r) => r.receive_call === 1).map((r) => r.agent_unique_id), ...joining.map((a) => a.agent_unique_id)];
    mockStore.assign(demo(), target.id, members, taking);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('0 groups changed, 1 already so')).toBeInTheDocument();
  });

  test('Stop taking calls for the last agents who take a group’s calls names the group in the confirmation', async () => {
    const target = demo().groups.find((g) => g.status === 1 && relationsOf(g).some((r) => r.receive_call === 1)) as MockGroup;
    const takers = relationsOf(target).filter((r) => r.receive_call === 1).map((r) => agentName(r.agent_unique_id));
    const { user } = await openAgents();
    const coverage = screen.getByRole('region', { name: 'Coverage' });
    const uncoveredBefore = Number.parseInt(within(coverage).getByRole('link', { name: /Active groups where nobody/ }).textContent ?? '', 10);
    await tick(user, takers);

    const dialog = await openAction(user, 'Stop taking calls for…', [target]);
    const warning = within(dialog).getByText('Left with nobody taking calls').closest('[role="alert"], .mantine-Alert-root') as HTMLElement;
    expect(warning).toHaveTextContent(`${target.name} is an active group: after this, nobody would take its calls.`);
    await user.click(within(dialog).getByRole('button', { name: 'Stop taking calls' }));

    expect(await within(dialog).findByText('1 group changed')).toBeInTheDocument();
    expect(relationsOf(target).every((r) => r.receive_call === 0)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(within(coverage).getByRole('link', { name: /Active groups where nobody/ })).toHaveTextContent(`${uncoveredBefore + 1} Active groups`),
    );
    await user.click(within(coverage).getByText('Which groups'));
    expect(within(coverage).getByRole('link', { name: target.name })).toBeInTheDocument();
  });

  test('a group that fails is named with DeepCall’s reason; Retry sends only that one', async () => {
    const agent = demo().agents[0];
    if (!agent) throw new Error('seed too small');
    const targets = demo()
      .groups.filter((g) => !relationsOf(g).some((r) => r.agent_unique_id === agent.agent_unique_id))
      .slice(0, 2);
    const requests = recordRequests();
    const { user } = await openAgents();
    await tick(user, [agent.name]);
    const dialog = await openAction(user, 'Add to group…', targets);
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['submitAssignGroupToAgent'], times: 1 });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(await within(dialog).findByText('1 group changed, 1 failed')).toBeInTheDocument();
    const failed = targets.find((g) => !relationsOf(g).some((r) => r.agent_unique_id === agent.agent_unique_id)) as MockGroup;
    expect(within(dialog).getByText(`${failed.name}: Your DeepCall account is not allowed to do this. Ask an administrator for the permission.`)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByText('2 groups changed')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(3);
    for (const g of targets) expect(relationsOf(g).some((r) => r.agent_unique_id === agent.agent_unique_id)).toBe(true);
  });

  test('Cancel stops between requests; what was not sent is reported and can be retried', async () => {
    const agent = demo().agents[1];
    if (!agent) throw new Error('seed too small');
    const targets = demo()
      .groups.filter((g) => !relationsOf(g).some((r) => r.agent_unique_id === agent.agent_unique_id))
      .slice(0, 5);
    expect(targets).toHaveLength(5);
    const { user } = await openAgents();
    await tick(user, [agent.name]);
    const dialog = await openAction(user, 'Add to group…', targets);
    // The first three requests are held long enough for Cancel to land while they are in flight.
    mockStore.addFault('demo', { kind: 'latency', ms: 1000, actions: ['submitAssignGroupToAgent'], times: 3 });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('0 of 5 groups')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(await within(dialog).findByText('3 groups changed, 2 not done (cancelled)', {}, { timeout: 4000 })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByText('5 groups changed')).toBeInTheDocument();
  });

  test('an ended session stops the run: the sign-in dialog, and the rest reported as not done', async () => {
    const agent = demo().agents[2];
    if (!agent) throw new Error('seed too small');
    const targets = demo()
      .groups.filter((g) => !relationsOf(g).some((r) => r.agent_unique_id === agent.agent_unique_id))
      .slice(0, 5);
    const { user } = await openAgents();
    await tick(user, [agent.name]);
    const dialog = await openAction(user, 'Add to group…', targets);
    mockStore.addFault('demo', { kind: 'code', code: 1014, actions: ['submitAssignGroupToAgent'], times: 1 });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(await screen.findByRole('dialog', { name: 'Your session has ended' })).toBeInTheDocument();
    expect(await within(dialog).findByText(/not done \(your session ended\)$/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Your session ended during the run, so the rest was not sent/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
