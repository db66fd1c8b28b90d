import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test, vi } from 'vitest';
import { demoAccounts } from '@/api/contract';
import { findNotification, renderApp, TEST_API_BASE } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore, server } from '../../../../mocks/node';

/** A list reply no parser reads, with a credential, an email and a group's name and id planted in it. */
function replyToListUnreadably() {
  server.use(
    http.post(`${TEST_API_BASE}/api/v2/Group/list`, () =>
      HttpResponse.json({
        status: 'success',
        token: 'tok-PLANTED-51c0',
        response: { groups: 'Zanzibar Night Desk' },
        owner: { email: 'lena.rossi@example.com' },
        byId: { '987654': { name: 'Zanzibar Night Desk' } },
      }),
    ),
  );
}

/** The clipboard as the browser offers it: a spy that accepts, or one that refuses. */
function stubClipboard(outcome: 'accepts' | 'refuses') {
  const writeText = vi.fn((_text: string) => (outcome === 'accepts' ? Promise.resolve() : Promise.reject(new DOMException('Denied', 'NotAllowedError'))));
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return writeText;
}

function expectNoReplyValueOrCredential(text: string) {
  for (const value of ['tok-PLANTED-51c0', 'Zanzibar', 'lena.rossi', '987654', demoAccounts.demo.ssid]) expect(text).not.toContain(value);
}

test('a list that cannot be read says so and copies the details for support, with no value from the reply', async () => {
  replyToListUnreadably();
  const { user } = renderApp();
  const writeText = stubClipboard('accepts');

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Could not load groups');
  expect(alert).toHaveTextContent('does not understand (a group entry is not an object) while reading the groups');
  await user.click(within(alert).getByRole('button', { name: 'Copy details for support' }));

  expect(await within(alert).findByRole('status')).toHaveTextContent('Copied');
  expect(writeText).toHaveBeenCalledTimes(1);
  const copied = writeText.mock.calls[0]?.[0] ?? '';
  expect(copied).toContain('Action: Group/list');
  expect(copied).toContain('HTTP status: 200');
  expect(copied).toContain('Problem: a group entry is not an object');
  expect(copied).toContain('  token: redacted');
  expect(copied).toContain('    groups: string');
  expectNoReplyValueOrCredential(copied);
  // Nothing half-read reached the screen.
  expect(screen.queryAllByRole('switch')).toHaveLength(0);
});

test('when the browser refuses the clipboard, the same text is shown selected to copy by hand', async () => {
  replyToListUnreadably();
  const { user } = renderApp();
  stubClipboard('refuses');

  const alert = await screen.findByRole('alert');
  await user.click(within(alert).getByRole('button', { name: 'Copy details for support' }));

  const box = await within(alert).findByRole('textbox', { name: 'Details for support' });
  expect(box).toHaveAttribute('readonly');
  expect(box).toHaveFocus();
  const shown = (box as HTMLTextAreaElement).value;
  expect(shown).toContain('Action: Group/list');
  expectNoReplyValueOrCredential(shown);
  expect(within(alert).queryByText('Copied')).not.toBeInTheDocument();
});

test('an error that is not an unreadable reply offers nothing to copy', async () => {
  mockStore.addFault('demo', { kind: 'code', actions: ['list'], code: 1003 });
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Could not load groups');
  expect(within(alert).queryByRole('button', { name: 'Copy details for support' })).not.toBeInTheDocument();
});

test('the members of a group that cannot be read: the edit form stays, and the members’ error offers the details', async () => {
  const group = mockStore.account('demo')?.groups[0];
  if (!group) throw new Error('no group in the mock');
  mockStore.addFault('demo', { kind: 'shape', actions: ['getGroupAgentRelation'] });
  const { user } = renderApp({ route: `/groups/${group.id}` });
  const writeText = stubClipboard('accepts');

  // The group itself comes from the list, so its form is there while the members say what failed.
  expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue(group.name);
  const failed = await screen.findByText('Could not load the agents');
  const alert = failed.closest<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error('the failure is not an alert');
  expect(alert).toHaveTextContent('while reading the group’s members');
  await user.click(within(alert).getByRole('button', { name: 'Copy details for support' }));
  expect(await within(alert).findByText('Copied')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(group.name);
  expect(writeText.mock.calls[0]?.[0]).toContain('Action: Group/getGroupAgentRelation');
});

test('a status switch whose read-back cannot be read: the toast offers the details', async () => {
  const { user } = renderApp();
  const writeText = stubClipboard('accepts');
  const support = await screen.findByRole('switch', { name: 'Support active' });
  expect(support).toBeChecked();
  // The switch reads the group as the server holds it first; that reply cannot be read.
  mockStore.addFault('demo', { kind: 'shape', actions: ['list'], times: 1 });
  await user.click(support);
  await confirmRowDeactivate(user, 'Support');

  const toast = await findNotification('Support was not deactivated');
  expect(toast.getByText(/does not understand \(the list of groups is missing\) while reading the groups/)).toBeInTheDocument();
  await user.click(toast.getByRole('button', { name: 'Copy details for support' }));
  expect(await toast.findByText('Copied')).toBeInTheDocument();
  expect(writeText.mock.calls[0]?.[0]).toContain('Action: Group/list');
  // Rolled back to what the server holds: nothing was sent.
  expect(await screen.findByRole('switch', { name: 'Support active' })).toBeChecked();
  expect(mockStore.account('demo')?.groups.find((g) => g.name === 'Support')?.status).toBe(1);
});

test('signing in when the check’s reply cannot be read: the form offers the details, without the session ID typed', async () => {
  replyToListUnreadably();
  const { user } = renderApp({ route: '/login', signedIn: false });
  await screen.findByRole('heading', { name: 'Group Console', level: 1 });
  await user.type(screen.getByLabelText('API server'), TEST_API_BASE);
  await user.type(screen.getByLabelText('Session ID'), 'ssid-TYPED-30b1');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  const writeText = stubClipboard('accepts');

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Sign-in failed');
  await user.click(within(alert).getByRole('button', { name: 'Copy details for support' }));
  expect(await within(alert).findByText('Copied')).toBeInTheDocument();
  const copied = writeText.mock.calls[0]?.[0] ?? '';
  expect(copied).toContain('Action: Group/list');
  expectNoReplyValueOrCredential(copied);
  expect(copied).not.toContain('ssid-TYPED-30b1');
});
