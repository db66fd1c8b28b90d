/**
 * Leaving a group's page: the question says exactly what is pending (member changes, the details
 * typed), and a save on its way is told as what it is — it goes on, and is reported — never as a loss.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { currentUrl, findNotification, renderApp, TEST_API_BASE } from '@/test/render';
import { mockStore, server } from '../../../../mocks/node';

// Demo account: 1003 Billing.
const BILLING = 1003;
beforeEach(() => mockStore.reset({ seedGroups: 8 }));

function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

function billingHas(name: string): boolean {
  const ids = new Set(mockStore.relationsOf(demo(), BILLING).map((r) => r.agent_unique_id));
  return demo().agents.some((a) => a.name === name && ids.has(a.agent_unique_id));
}

/** Holds every request to `action` until the returned function is called (then answers as the mock would, or with `reply`). */
function holdAction(action: string): (reply?: Response) => void {
  let release: (reply?: Response) => void = () => undefined;
  const held = new Promise<Response | undefined>((resolve) => (release = resolve));
  server.use(http.post(`${TEST_API_BASE}/api/v2/Group/${action}`, () => held));
  return (reply) => release(reply);
}

async function openBilling() {
  const app = renderApp({ route: `/groups/${BILLING}` });
  await screen.findByRole('table', { name: 'Agents in this group' });
  return app;
}

function pendingBar() {
  return within(screen.getByRole('region', { name: 'Pending member changes' }));
}

async function leaveByLink(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: '← All groups' }));
}

describe('leaving while a save is on its way', () => {
  test('Save members: the question says the save goes on; after leaving, it lands and is reported', async () => {
    const { user } = await openBilling();
    const leaving = nameAt(0);
    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    const release = holdAction('submitAssignGroupToAgent');
    await user.click(pendingBar().getByRole('button', { name: 'Save members' }));
    await waitFor(() => expect(pendingBar().getByText('1 member change is being saved…')).toBeInTheDocument());

    await leaveByLink(user);
    const question = within(await screen.findByRole('dialog', { name: 'Leave while saving?' }));
    expect(question.getByText('1 member change is being saved. Saving goes on if you leave, and Recent changes will show how it ended.')).toBeInTheDocument();
    expect(question.queryByText(/lost|has not been saved/)).not.toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(currentUrl()).toBe('/groups'));

    release();
    await findNotification('Members of Billing saved');
    expect(billingHas(leaving)).toBe(false);
  });

  test('Save members that fails after the page was left is reported in a notification', async () => {
    const { user } = await openBilling();
    await user.click(screen.getByRole('button', { name: `Remove ${nameAt(0)}` }));
    const release = holdAction('submitAssignGroupToAgent');
    await user.click(pendingBar().getByRole('button', { name: 'Save members' }));
    await leaveByLink(user);
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave while saving?' })).getByRole('button', { name: 'Leave' }));
    // The groups list is shown: the members editor has gone, with nowhere in the page left to say how the save ended.
    await screen.findByRole('heading', { level: 1, name: 'Groups' });
    expect(screen.queryByRole('heading', { name: 'Agents in this group' })).not.toBeInTheDocument();

    release(HttpResponse.json({ status: 'error', code: 1015, message: 'Permission denied' }));
    const toast = await findNotification('Members of Billing not saved');
    expect(toast.getByText(/not allowed to do this/)).toBeInTheDocument();
  });

  test('the details’ Save: the question says the save goes on, not that what was typed is lost', async () => {
    const { user } = renderApp({ route: `/groups/${BILLING}` });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Billing EU');
    const release = holdAction('update');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await leaveByLink(user);
    const question = within(await screen.findByRole('dialog', { name: 'Leave while saving?' }));
    expect(question.getByText(/^Your edit of the group’s name or status is being saved\. Saving goes on if you leave/)).toBeInTheDocument();
    expect(question.queryByText(/lost|What you typed/)).not.toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(currentUrl()).toBe('/groups'));

    release();
    await findNotification('Group saved');
    expect(demo().groups.find((g) => g.id === BILLING)?.name).toBe('Billing EU');
  });
});

describe('what is pending, said exactly', () => {
  test('with a member removal pending, the details’ Save leaves it pending, and leaving names it, not typing', async () => {
    const { user } = await openBilling();
    const leaving = nameAt(0);
    await user.click(screen.getByRole('button', { name: `Remove ${leaving}` }));
    expect(pendingBar().getByText('1 member change is not saved: only Save members saves it.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Group saved');
    expect(pendingBar().getByText('1 member change is not saved: only Save members saves it.')).toBeInTheDocument();
    expect(billingHas(leaving)).toBe(true);

    await leaveByLink(user);
    const question = within(await screen.findByRole('dialog', { name: 'Leave without saving?' }));
    expect(question.getByText('1 member change is not saved. If you leave now, it is lost.')).toBeInTheDocument();
    expect(question.queryByText(/What you typed|name or status/)).not.toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Stay on this page' }));
    expect(currentUrl()).toBe(`/groups/${BILLING}`);
  });

  test('two member changes pending alone: the question says they are lost, counting changes, not parts of the page', async () => {
    const { user } = await openBilling();
    await user.click(screen.getByRole('button', { name: `Remove ${nameAt(0)}` }));
    await user.click(screen.getByRole('switch', { name: `${nameAt(1)} takes calls` }));

    await leaveByLink(user);
    const question = within(await screen.findByRole('dialog', { name: 'Leave without saving?' }));
    expect(question.getByText('2 member changes are not saved. If you leave now, they are lost.')).toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Stay on this page' }));
  });

  test('typed details and member changes pending together: one question names both', async () => {
    const { user } = await openBilling();
    await user.click(screen.getByRole('button', { name: `Remove ${nameAt(0)}` }));
    await user.click(screen.getByRole('switch', { name: `${nameAt(1)} takes calls` }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' EU');

    await leaveByLink(user);
    const question = within(await screen.findByRole('dialog', { name: 'Leave without saving?' }));
    expect(
      question.getByText(/^(Your edit of the group’s name or status is not saved\. 2 member changes are not saved\.|2 member changes are not saved\. Your edit of the group’s name or status is not saved\.) If you leave now, they are lost\.$/),
    ).toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(currentUrl()).toBe('/groups'));
  });
});

/** The name of Billing's member at `index` on the server. */
function nameAt(index: number): string {
  const relation = mockStore.relationsOf(demo(), BILLING)[index];
  const agent = demo().agents.find((a) => a.agent_unique_id === relation?.agent_unique_id);
  if (!agent) throw new Error(`Billing needs ${index + 1} members`);
  return agent.name;
}
