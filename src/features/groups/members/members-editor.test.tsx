/**
 * The members editor on the edit page, against the mock API: changes are collected,
 * saved together, checked against a colleague's change, and undone from Recent changes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, findNotification, recordRequests, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';

// Billing is group 1003 of the demo account; 1007 Technical Support is inactive.
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
function serverMembers(groupId = BILLING): Map<string, boolean> {
  return new Map(mockStore.relationsOf(demo(), groupId).map((r) => [nameOf(r.agent_unique_id), r.receive_call === 1]));
}

function nonMembers(groupId = BILLING) {
  const members = new Set(mockStore.relationsOf(demo(), groupId).map((r) => r.agent_unique_id));
  return demo().agents.filter((a) => !members.has(a.agent_unique_id));
}

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`expected at least one ${what}`);
  return item;
}

async function openBilling() {
  const app = renderApp({ route: `/groups/${BILLING}` });
  await screen.findByRole('table', { name: 'Agents in this group' });
  return app;
}

function pendingBar() {
  return within(screen.getByRole('region', { name: 'Pending member changes' }));
}

async function saveMembers(user: UserEvent) {
  await user.click(pendingBar().getByRole('button', { name: 'Save members' }));
}

describe('adding agents', () => {
  test('the picker lists the agents not in the group, searchable by name or email; chosen agents join taking calls', async () => {
    const { user } = await openBilling();
    const [a, b] = nonMembers();
    if (!a || !b) throw new Error('the seed needs two agents outside Billing');

    await user.click(screen.getByRole('button', { name: 'Add agents' }));
    const picker = within(await screen.findByRole('dialog', { name: 'Add agents' }));
    expect(picker.getByText(`${nonMembers().length} agents not in this group`)).toBeInTheDocument();
    const member = first([...serverMembers().keys()], 'member');
    expect(picker.queryByRole('checkbox', { name: `Add ${member}` })).not.toBeInTheDocument();

    const search = picker.getByRole('textbox', { name: 'Search agents' });
    await user.type(search, a.name.toUpperCase());
    await user.click(await picker.findByRole('checkbox', { name: `Add ${a.name}` }));
    await user.clear(search);
    await user.type(search, b.email);
    expect(picker.getByText(/^1 of \d+ agents match$/)).toBeInTheDocument();
    await user.click(picker.getByRole('checkbox', { name: `Add ${b.name}` }));
    await user.click(picker.getByRole('button', { name: 'Add 2 agents' }));

    expect(pendingBar().getByText('+2 agents')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: `${a.name} takes calls` })).toBeChecked();
    const requests = recordRequests();
    await saveMembers(user);

    await findNotification('Members of Billing saved');
    expect(serverMembers().get(a.name)).toBe(true);
    expect(serverMembers().get(b.name)).toBe(true);
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);
    expect(screen.queryByRole('region', { name: 'Pending member changes' })).not.toBeInTheDocument();
  });

  test('when the relation reply carries only members, the picker reads the roster from Agent/list', async () => {
    mockStore.configure('demo', { membersOnlyAgentData: true });
    const { user } = await openBilling();
    await user.click(screen.getByRole('button', { name: 'Add agents' }));
    const picker = within(await screen.findByRole('dialog', { name: 'Add agents' }));
    const outsider = first(nonMembers(), 'agent outside Billing');
    expect(await picker.findByRole('checkbox', { name: `Add ${outsider.name}` })).toBeInTheDocument();
  });

  test('when the roster cannot be read, it says so; members can still be removed', async () => {
    mockStore.configure('demo', { membersOnlyAgentData: true });
    server.use(http.post(`${TEST_API_BASE}/api/v2/Agent/list`, () => HttpResponse.json({ status: 'error', code: 1015, message: 'Permission denied' })));
    const { user } = await openBilling();
    await user.click(screen.getByRole('button', { name: 'Add agents' }));
    const picker = within(await screen.findByRole('dialog', { name: 'Add agents' }));
    expect(await picker.findByText('The account’s agents could not be read')).toBeInTheDocument();
    expect(picker.getByText(/Members can still be removed/)).toBeInTheDocument();
  });
});

describe('removing agents and who takes calls', () => {
  test('changes are collected with a summary; Discard drops them; Save members sends the whole intended set once', async () => {
    const { user } = await openBilling();
    const [leaving, quiet] = [...serverMembers().keys()];
    if (!leaving || !quiet) throw new Error('Billing needs two members');

    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    await user.click(screen.getByRole('switch', { name: `${quiet} takes calls` }));
    expect(pendingBar().getByText('−1 agent, 1 stops taking calls')).toBeInTheDocument();
    await user.click(pendingBar().getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('button', { name: `Remove ${leaving}` })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: `${quiet} takes calls` })).toBeChecked();

    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    await user.click(screen.getByRole('switch', { name: `${quiet} takes calls` }));
    const before = serverMembers();
    const requests = recordRequests();
    // A double click sends one submit.
    await user.dblClick(pendingBar().getByRole('button', { name: 'Save members' }));

    await findNotification('Members of Billing saved');
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(1);
    const after = serverMembers();
    expect(after.has(leaving)).toBe(false);
    expect(after.get(quiet)).toBe(false);
    expect(after.size).toBe(before.size - 1);
  });

  test('while Save members is on its way the members cannot be changed (an edit then would be lost)', async () => {
    const { user } = await openBilling();
    const [leaving, other] = [...serverMembers().keys()];
    if (!leaving || !other) throw new Error('Billing needs two members');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, async () => {
        await held;
        return undefined;
      }),
    );
    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    await saveMembers(user);

    await waitFor(() => expect(screen.getByRole('switch', { name: `${other} takes calls` })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Add agents' })).toBeDisabled();
    release();
    await findNotification('Members of Billing saved');
    expect(screen.getByRole('switch', { name: `${other} takes calls` })).toBeEnabled();
  });

  test('keyboard focus goes on to the next row after Remove, and to Add agents after Save members or Discard', async () => {
    const { user } = await openBilling();
    const [one, two] = [...serverMembers().keys()];
    if (!one || !two) throw new Error('Billing needs two members');
    screen.getByRole('button', { name: `Remove ${one}` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: `Remove ${two}` })).toHaveFocus();

    pendingBar().getByRole('button', { name: 'Discard' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Add agents' })).toHaveFocus();

    screen.getByRole('button', { name: `Remove ${one}` }).focus();
    await user.keyboard('{Enter}');
    pendingBar().getByRole('button', { name: 'Save members' }).focus();
    await user.keyboard('{Enter}');
    await findNotification('Members of Billing saved');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add agents' })).toHaveFocus());
  });

  test('ticked members are removed together', async () => {
    const { user } = await openBilling();
    const [one, two] = [...serverMembers().keys()];
    if (!one || !two) throw new Error('Billing needs two members');
    await user.click(screen.getByRole('checkbox', { name: `Select ${one}` }));
    await user.click(screen.getByRole('checkbox', { name: `Select ${two}` }));
    await user.click(screen.getByRole('button', { name: 'Remove 2 ticked' }));
    expect(pendingBar().getByText('−2 agents')).toBeInTheDocument();
  });

  test('leaving an active group with nobody taking calls asks first; Cancel sends nothing', async () => {
    const { user } = await openBilling();
    for (const name of serverMembers().keys()) await user.click(screen.getByRole('switch', { name: `${name} takes calls` }));
    const requests = recordRequests();
    await saveMembers(user);

    const confirm = within(await screen.findByRole('dialog', { name: 'Nobody will take Billing’s calls' }));
    await user.click(confirm.getByRole('button', { name: 'Cancel' }));
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);

    await saveMembers(user);
    await user.click(within(await screen.findByRole('dialog', { name: 'Nobody will take Billing’s calls' })).getByRole('button', { name: 'Save anyway' }));
    await findNotification('Members of Billing saved');
    expect([...serverMembers().values()].every((takes) => !takes)).toBe(true);
  });

  test('a colleague’s change that leaves nobody taking calls is caught on the fresh read, and asked about', async () => {
    const { user } = await openBilling();
    const relations = mockStore.relationsOf(demo(), BILLING);
    const keeper = first(relations, 'member');
    // Elsewhere everyone but the keeper stops taking calls.
    mockStore.assign(demo(), BILLING, relations.map((r) => r.agent_unique_id), [keeper.agent_unique_id]);
    // Here the supervisor switches the keeper off, believing the others still take calls.
    await user.click(screen.getByRole('switch', { name: `${nameOf(keeper.agent_unique_id)} takes calls` }));
    const requests = recordRequests();
    await saveMembers(user);

    const confirm = within(await screen.findByRole('dialog', { name: 'Nobody will take Billing’s calls' }));
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);
    await user.click(confirm.getByRole('button', { name: 'Save anyway' }));
    await findNotification('Members of Billing saved');
    expect([...serverMembers().values()].some((takes) => takes)).toBe(false);
  });

  test('leaving with pending member changes asks first', async () => {
    const { user } = await openBilling();
    await user.click(screen.getByRole('button', { name: `Remove ${first([...serverMembers().keys()], 'member')}` }));
    await user.click(screen.getByRole('link', { name: '← All groups' }));
    expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
  });
});

describe('a colleague changes the members meanwhile', () => {
  test('the supervisor’s own difference is applied on top, and the other change is named', async () => {
    const { user } = await openBilling();
    const members = mockStore.relationsOf(demo(), BILLING);
    const leaving = first(members, 'member');
    const joiner = first(nonMembers(), 'agent outside Billing');
    // Elsewhere, a colleague adds an agent to Billing.
    mockStore.assign(
      demo(),
      BILLING,
      [...members.map((r) => r.agent_unique_id), joiner.agent_unique_id],
      [...members.filter((r) => r.receive_call === 1).map((r) => r.agent_unique_id), joiner.agent_unique_id],
    );

    await user.click(screen.getByRole('button', { name: `Remove ${nameOf(leaving.agent_unique_id)}` }));
    await saveMembers(user);

    const toast = await findNotification('Members of Billing saved');
    expect(toast.getByText(new RegExp(`changed elsewhere since the page was loaded \\(joined: ${joiner.name}\\)`))).toBeInTheDocument();
    const after = serverMembers();
    expect(after.has(joiner.name), 'the colleague’s addition is kept').toBe(true);
    expect(after.has(nameOf(leaving.agent_unique_id)), 'the removal is applied').toBe(false);
  });

  test('the group deleted meanwhile: nothing is sent, the pending changes stay visible', async () => {
    const { user } = await openBilling();
    const leaving = first([...serverMembers().keys()], 'member');
    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    mockStore.delete(demo(), BILLING);
    const requests = recordRequests();
    await saveMembers(user);

    expect(await screen.findByRole('alert', { name: 'This group no longer exists' })).toBeInTheDocument();
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);
    expect(pendingBar().getByText('−1 agent')).toBeInTheDocument();
  });
});

describe('Recent changes', () => {
  async function removeOneAndSave(user: UserEvent) {
    const leaving = first([...serverMembers().keys()], 'member');
    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    await saveMembers(user);
    await findNotification('Members of Billing saved');
    await user.click(screen.getByRole('button', { name: /^Recent changes/ }));
    return { leaving, drawer: within(await screen.findByRole('dialog', { name: 'Recent changes' })) };
  }

  test('records who left and undoes it', async () => {
    const { user } = await openBilling();
    const { leaving, drawer } = await removeOneAndSave(user);
    const entry = `Billing: members — left: ${leaving}`;
    expect(drawer.getByText(entry)).toBeInTheDocument();

    await user.click(drawer.getByRole('button', { name: `Undo: ${entry}` }));
    await findNotification('Change undone');
    await waitFor(() => expect(serverMembers().get(leaving)).toBe(true));
  });

  test('refuses the undo when the members changed again since', async () => {
    const { user } = await openBilling();
    const { leaving, drawer } = await removeOneAndSave(user);
    mockStore.assign(demo(), BILLING, [], []);
    const requests = recordRequests();

    await user.click(drawer.getByRole('button', { name: `Undo: Billing: members — left: ${leaving}` }));
    const toast = await findNotification('Could not undo');
    expect(toast.getByText(/The members changed again since/)).toBeInTheDocument();
    expect(countOf(requests, 'submitAssignGroupToAgent')).toBe(0);
    // The refused undo is recorded as the membership change it tried, not as "saved without changes".
    expect(await drawer.findByText(`Undid: Billing: members — joined: ${leaving}`)).toBeInTheDocument();
  });
});

describe('moving agents to another group', () => {
  async function tickAndOpenMove(user: UserEvent, count: number) {
    const names = [...serverMembers().keys()].slice(0, count);
    for (const name of names) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    await user.click(screen.getByRole('button', { name: 'Move to group…' }));
    const dialog = within(await screen.findByRole('dialog', { name: `Move ${count} agent${count === 1 ? '' : 's'} to another group` }));
    await user.type(dialog.getByRole('textbox', { name: 'Find a group' }), 'supp');
    await user.click(dialog.getByRole('radio', { name: 'Support' }));
    await user.click(dialog.getByRole('button', { name: 'Move to Support' }));
    return names;
  }
  const SUPPORT = 1002;

  test('they join the target keeping their call setting, then leave this group', async () => {
    const { user } = await openBilling();
    const before = serverMembers();
    const names = await tickAndOpenMove(user, 2);

    const report = await screen.findByRole('status', { name: /Moved to Support/ });
    expect(report).toHaveTextContent(`${names.join(', ')} joined Support and left Billing.`);
    const support = serverMembers(SUPPORT);
    for (const name of names) {
      expect(support.get(name)).toBe(before.get(name));
      expect(serverMembers().has(name)).toBe(false);
    }
  });

  test('when leaving this group fails, they are in both and the report offers to finish', async () => {
    const { user } = await openBilling();
    // The submit for Billing (the second step) fails once.
    let failed = false;
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, async ({ request }) => {
        const body = (await request.clone().json()) as { groupId: string };
        if (body.groupId === String(BILLING) && !failed) {
          failed = true;
          return new HttpResponse('<html>Bad Gateway</html>', { status: 502 });
        }
        return undefined;
      }),
    );
    const names = await tickAndOpenMove(user, 2);

    const report = await screen.findByRole('status', { name: /The move stopped half-way/ });
    expect(report).toHaveTextContent(`${names.join(', ')} joined Support but are still in Billing too`);
    for (const name of names) {
      expect(serverMembers(SUPPORT).has(name), 'never in no group').toBe(true);
      expect(serverMembers().has(name)).toBe(true);
    }

    await user.click(within(report).getByRole('button', { name: 'Finish the move' }));
    await screen.findByRole('status', { name: /Moved to Support/ });
    for (const name of names) expect(serverMembers().has(name)).toBe(false);
  });

  test('when joining the target fails, nothing moves', async () => {
    const { user } = await openBilling();
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, () => HttpResponse.json({ status: 'error', code: 1015, message: 'Permission denied' })),
    );
    const before = serverMembers();
    const names = await tickAndOpenMove(user, 1);

    const report = await screen.findByRole('status', { name: /Nothing was moved/ });
    expect(report).toHaveTextContent(`They are still in Billing only.`);
    expect(serverMembers()).toEqual(before);
    expect(serverMembers(SUPPORT).has(first(names, 'name'))).toBe(false);
  });
});

describe('copying a group', () => {
  test('creates a group with the same members and call settings', async () => {
    const { user } = await openBilling();
    const before = serverMembers();
    await user.click(screen.getByRole('button', { name: 'Copy group' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Copy Billing' }));
    expect(dialog.getByRole('textbox', { name: 'Name of the copy' })).toHaveValue('Billing copy');
    await user.click(dialog.getByRole('button', { name: 'Copy group' }));

    await findNotification('Billing copied');
    const copy = demo().groups.find((g) => g.name === 'Billing copy');
    if (!copy) throw new Error('no copy on the server');
    expect(serverMembers(copy.id)).toEqual(before);
  });

  test('when setting the members fails, the new group exists, the supervisor is told, and can retry', async () => {
    const { user } = await openBilling();
    let failed = false;
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, () => {
        if (failed) return undefined;
        failed = true;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Copy group' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Copy Billing' }));
    await user.click(dialog.getByRole('button', { name: 'Copy group' }));

    expect(await dialog.findByRole('alert', { name: 'Billing copy was created without its members' })).toBeInTheDocument();
    const copy = demo().groups.find((g) => g.name === 'Billing copy');
    if (!copy) throw new Error('no copy on the server');
    expect(serverMembers(copy.id).size).toBe(0);

    await user.click(dialog.getByRole('button', { name: 'Set the members again' }));
    await findNotification('Billing copied');
    expect(serverMembers(copy.id)).toEqual(serverMembers());
  });
});

describe('the session ends while saving members', () => {
  test('one sign-in dialog; the pending changes stay and are saved after signing in again', async () => {
    const { user } = await openBilling();
    const leaving = first([...serverMembers().keys()], 'member');
    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Group/submitAssignGroupToAgent`, () =>
        HttpResponse.json({ status: 'error', code: 1014, message: 'Invalid or expired token' }),
      ),
    );
    await saveMembers(user);

    const signIn = within(await screen.findByRole('dialog', { name: 'Your session has ended' }));
    expect(serverMembers().has(leaving)).toBe(true);
    server.resetHandlers();
    await user.type(signIn.getByLabelText('Session ID'), 'demo-ssid');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has ended' })).not.toBeInTheDocument());

    expect(pendingBar().getByText('−1 agent')).toBeInTheDocument();
    await saveMembers(user);
    await findNotification('Members of Billing saved');
    expect(serverMembers().has(leaving)).toBe(false);
  });
});
