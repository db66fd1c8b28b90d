import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { currentUrl, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// Eight groups and twenty agents keep every row on screen and the suite quick; the seed leaves some
// agents in no group and some active group with nobody taking calls.
beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account in the mock');
  return account;
}

/** Each agent with their groups (by name) and whether they take each group's calls, as the server holds them. */
function agentsTruth() {
  const account = demo();
  const relations = mockStore.allRelations(account);
  const names = new Map(account.groups.map((g) => [g.id, g.name]));
  return account.agents.map((agent) => ({
    id: agent.agent_unique_id,
    name: agent.name,
    email: agent.email,
    groups: relations
      .filter((r) => r.agent_unique_id === agent.agent_unique_id)
      .map((r) => ({ name: names.get(r.group_id) ?? '', takesCalls: r.receive_call === 1 }))
      .sort((a, b) => byName.compare(a.name, b.name)),
  }));
}

function coverageTruth() {
  const account = demo();
  const relations = mockStore.allRelations(account);
  const agents = agentsTruth();
  return {
    uncovered: account.groups.filter((g) => g.status === 1 && !relations.some((r) => r.group_id === g.id && r.receive_call === 1)),
    inNoGroup: agents.filter((a) => a.groups.length === 0),
    takingNoCalls: agents.filter((a) => a.groups.length > 0 && a.groups.every((g) => !g.takesCalls)),
  };
}

/** The names in the table, in its order. */
function shownNames(): string[] {
  return screen.queryAllByRole('checkbox', { name: /^Select (?!all)/ }).map((box) => (box.getAttribute('aria-label') ?? '').slice('Select '.length));
}

/** What a row shows: email, the groups cell (☎ after the groups whose calls they take) and how many "takes calls" marks. */
function rowText(name: string) {
  const row = screen.getByRole('link', { name }).closest('tr') as HTMLElement;
  const cells = within(row).getAllByRole('cell');
  return { email: cells[2]?.textContent, groups: cells[3]?.textContent, takesCalls: within(row).queryAllByRole('img', { name: 'takes calls' }).length };
}

async function expectTableToMatchServer() {
  const truth = agentsTruth();
  await waitFor(() => expect(shownNames()).toHaveLength(truth.length));
  for (const agent of truth) {
    expect(screen.getByRole('link', { name: agent.name })).toHaveAttribute('href', `/agents/${encodeURIComponent(agent.id)}`);
    expect(rowText(agent.name)).toEqual({
      email: agent.email,
      groups: agent.groups.length === 0 ? 'No group' : agent.groups.map((g) => `${g.name}${g.takesCalls ? '☎' : ''}`).join(', '),
      takesCalls: agent.groups.filter((g) => g.takesCalls).length,
    });
  }
}

const showControl = () => screen.getByRole('radiogroup', { name: 'Show' });

describe('the Agents view', () => {
  test('lists every agent with email and groups, marking the groups whose calls they take, as the server holds them', async () => {
    renderApp({ route: '/agents' });
    expect(await screen.findByRole('heading', { name: 'Agents', level: 1 })).toBeInTheDocument();
    await expectTableToMatchServer();
    expect(screen.getByText('20 agents')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import CSV' })).toHaveAttribute('href', '/agents/import');
    expect(screen.getByRole('button', { name: 'Export memberships' })).toBeEnabled();
  });

  test('the coverage counts are what the server holds, and each links to the rows it counts', async () => {
    const truth = coverageTruth();
    // The seed is meant to give each count something to show.
    expect(truth.inNoGroup.length).toBeGreaterThan(0);
    const { user } = renderApp({ route: '/agents' });
    const coverage = await screen.findByRole('region', { name: 'Coverage' });
    await waitFor(() => expect(shownNames()).toHaveLength(20));

    const uncovered = within(coverage).getByRole('link', { name: /Active groups where nobody takes calls/ });
    expect(uncovered).toHaveTextContent(`${truth.uncovered.length} Active groups where nobody takes calls`);
    expect(uncovered).toHaveAttribute('href', '/groups');
    if (truth.uncovered.length > 0) {
      await user.click(within(coverage).getByText('Which groups'));
      for (const group of truth.uncovered) expect(within(coverage).getByRole('link', { name: group.name })).toHaveAttribute('href', `/groups/${group.id}`);
    }
    expect(within(coverage).getByRole('link', { name: /Agents who take calls for no group/ })).toHaveTextContent(
      `${truth.takingNoCalls.length} Agents who take calls for no group`,
    );

    const noGroup = within(coverage).getByRole('link', { name: /Agents in no group/ });
    expect(noGroup).toHaveTextContent(`${truth.inNoGroup.length} Agents in no group`);
    await user.click(noGroup);
    await waitFor(() => expect(currentUrl()).toBe('/agents?show=no-group'));
    await waitFor(() => expect(shownNames().sort()).toEqual(truth.inNoGroup.map((a) => a.name).sort()));
    expect(within(showControl()).getByRole('radio', { name: 'In no group' })).toBeChecked();

    await user.click(within(coverage).getByRole('link', { name: /Agents who take calls for no group/ }));
    await waitFor(() => expect(currentUrl()).toBe('/agents?show=no-calls'));
    await waitFor(() => expect(shownNames().sort()).toEqual(truth.takingNoCalls.map((a) => a.name).sort()));
  });

  test('search and Show are kept in the address, and a link to them shows the same rows', async () => {
    const truth = agentsTruth();
    const agent = truth[3];
    if (!agent) throw new Error('seed too small');
    const { user } = renderApp({ route: '/agents' });
    await waitFor(() => expect(shownNames()).toHaveLength(20));

    // By email too: the part before the @ is unique to each seeded agent.
    const term = agent.email.split('@')[0] ?? '';
    await user.type(screen.getByRole('searchbox', { name: 'Search agents' }), term);
    await waitFor(() => expect(shownNames()).toEqual([agent.name]));
    await waitFor(() => expect(currentUrl()).toBe(`/agents?q=${encodeURIComponent(term)}`));
    expect(screen.getByText('1 of 20 agents shown')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search agents' }));
    await user.click(within(showControl()).getByRole('radio', { name: 'Takes no calls' }));
    await waitFor(() => expect(currentUrl()).toBe('/agents?show=no-calls'));
    const noCalls = coverageTruth().takingNoCalls.map((a) => a.name);
    await waitFor(() => expect(shownNames().sort()).toEqual([...noCalls].sort()));
    await user.click(within(showControl()).getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(currentUrl()).toBe('/agents'));
  });

  test('an unknown Show in the address shows everyone; a search with no match says so and clears', async () => {
    const { user } = renderApp({ route: '/agents?show=everyone-please&q=zzzz' });
    expect(await screen.findByText('No agents match “zzzz”')).toBeInTheDocument();
    expect(within(showControl()).getByRole('radio', { name: 'All' })).toBeChecked();
    // The field's own clear button has the same name: this is the one under the message.
    const clear = screen.getAllByRole('button', { name: 'Clear search' }).at(-1);
    if (!clear) throw new Error('no Clear search');
    await user.click(clear);
    await waitFor(() => expect(shownNames()).toHaveLength(20));
  });

  test('sorts by name, email and number of groups, in the address', async () => {
    const truth = agentsTruth();
    const { user } = renderApp({ route: '/agents' });
    await waitFor(() => expect(shownNames()).toHaveLength(20));

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(currentUrl()).toBe('/agents?sort=name');
    await waitFor(() => expect(shownNames()).toEqual(truth.map((a) => a.name).sort(byName.compare)));
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(shownNames()).toEqual(truth.map((a) => a.name).sort(byName.compare).reverse()));

    await user.click(screen.getByRole('button', { name: /^Groups/ }));
    expect(currentUrl()).toBe('/agents?sort=groups');
    const counts = new Map(truth.map((a) => [a.name, a.groups.length]));
    await waitFor(() => expect(shownNames().map((n) => counts.get(n))).toEqual([...counts.values()].sort((a, b) => a - b)));

    await user.click(screen.getByRole('button', { name: /^Email/ }));
    const emails = new Map(truth.map((a) => [a.name, a.email]));
    await waitFor(() => expect(shownNames().map((n) => emails.get(n))).toEqual(truth.map((a) => a.email).sort(byName.compare)));
  });

  test('read group by group (Agent/list without groups): progress and the rows so far, then the same rows', async () => {
    mockStore.configure('demo', { agentListWithoutGroups: true });
    mockStore.addFault('demo', { kind: 'latency', ms: 150, actions: ['getGroupAgentRelation'], times: 8 });
    renderApp({ route: '/agents' });

    expect(await screen.findByText(/^Reading groups: \d of 8$/)).toBeInTheDocument();
    // Never a blank page: the agents are there before their groups are.
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    expect(await screen.findByText(/^Memberships as of/)).toBeInTheDocument();
    await expectTableToMatchServer();
    const coverage = screen.getByRole('region', { name: 'Coverage' });
    expect(within(coverage).getByRole('link', { name: /Agents in no group/ })).toHaveTextContent(`${coverageTruth().inNoGroup.length} Agents in no group`);
  });

  test('a failed first load says why, and Retry loads the agents', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['Agent/list'], times: 1 });
    const { user } = renderApp({ route: '/agents' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not load agents')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(shownNames()).toHaveLength(20));
  });

  test('Refresh reads the memberships again: a change made elsewhere appears', async () => {
    const { user } = renderApp({ route: '/agents' });
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    const lonely = coverageTruth().inNoGroup[0];
    const group = demo().groups[0];
    if (!lonely || !group) throw new Error('seed too small');
    mockStore.assign(demo(), group.id, [...mockStore.relationsOf(demo(), group.id).map((r) => r.agent_unique_id), lonely.id], []);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(rowText(lonely.name).groups).toBe(group.name));
  });
});

describe('selecting agents', () => {
  const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });
  const shiftClick = async (user: UserEvent, element: HTMLElement) => {
    await user.keyboard('{Shift>}');
    await user.click(element);
    await user.keyboard('{/Shift}');
  };

  test('shift-click selects a range of the rows shown; select all shown; the bar offers the actions and clears', async () => {
    const { user } = renderApp({ route: '/agents?sort=name' });
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    const names = shownNames();
    const bar = screen.getByRole('region', { name: 'Bulk actions' });

    await user.click(box(names[1] ?? ''));
    await shiftClick(user, box(names[4] ?? ''));
    expect(within(bar).getByText('4 agents selected')).toBeInTheDocument();
    for (const label of ['Add to group…', 'Remove from group…', 'Take calls for…', 'Stop taking calls for…']) {
      expect(within(bar).getByRole('button', { name: label })).toBeInTheDocument();
    }

    await user.click(screen.getByRole('checkbox', { name: 'Select all agents shown' }));
    expect(within(bar).getByText('20 agents selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Clear selection' }));
    expect(within(bar).queryByText(/selected/)).not.toBeInTheDocument();
  });
});
