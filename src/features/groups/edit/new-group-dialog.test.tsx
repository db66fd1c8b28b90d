import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, currentUrl, findNotification, recordRequests, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 6 }));

function storedNames(): string[] {
  return mockStore.account('demo')?.groups.map((g) => g.name) ?? [];
}

function storedId(name: string): number | undefined {
  return mockStore.account('demo')?.groups.find((g) => g.name === name)?.id;
}

async function openNewGroup() {
  const app = renderApp();
  await screen.findByRole('link', { name: 'Support' });
  await app.user.click(screen.getByRole('button', { name: 'New group' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'New group' }));
  return { ...app, dialog, name: dialog.getByRole('textbox', { name: 'Name' }) };
}

describe('New group', () => {
  test('creates the group, confirms it and opens its page without a reload, where its agents are added', async () => {
    const requests = recordRequests();
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, '  Night Crew  ');
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    await findNotification('Group created');
    expect(screen.getByText('Night Crew is ready.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New group' })).not.toBeInTheDocument());
    expect(await screen.findByRole('heading', { name: 'Night Crew', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/groups/${storedId('Night Crew')}`);
    expect(await screen.findByRole('button', { name: 'Add agents' })).toBeInTheDocument();
    expect(storedNames()).toContain('Night Crew');
    expect(requests.find((r) => r.action === 'add')?.body).toMatchObject({ name: 'Night Crew' });
    // Not asked about leaving: what was typed is saved.
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();

    // Back on the list, it is there.
    await user.click(screen.getByRole('link', { name: '← All groups' }));
    expect(await screen.findByRole('link', { name: 'Night Crew' })).toBeInTheDocument();
  });

  test('a taken name is stored with a number, and the console says so', async () => {
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, 'Support');
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    const toast = await findNotification('Group created under another name');
    expect(toast.getByText('Saved as Support1 — Support was taken.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Support1', level: 1 })).toBeInTheDocument();
    expect(storedNames()).toContain('Support1');
  });

  test('a name is required, spaces alone do not count, and 100 characters is the limit', async () => {
    const requests = recordRequests();
    const { user, dialog, name } = await openNewGroup();
    const create = dialog.getByRole('button', { name: 'Create' });

    await user.click(create);
    expect(await dialog.findByText('Enter a name for the group.')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter a name for the group.'));
    expect(name).toHaveFocus();

    await user.type(name, '     ');
    await user.click(create);
    expect(await dialog.findByText('Enter a name for the group.')).toBeInTheDocument();

    await user.clear(name);
    await user.click(name);
    await user.paste('x'.repeat(101));
    await user.click(create);
    expect(await dialog.findByText('Keep the name to 100 characters or fewer.')).toBeInTheDocument();
    expect(name).toHaveValue('x'.repeat(101));

    expect(countOf(requests, 'add')).toBe(0);
  });

  test('exactly 100 characters is accepted', async () => {
    const { user, dialog, name } = await openNewGroup();
    const long = 'Ü'.repeat(100);

    await user.click(name);
    await user.paste(long);
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    await findNotification('Group created');
    expect(storedNames()).toContain(long);
  });

  test('a line break or control character in the name is refused with a clear message', async () => {
    const { user, dialog, name } = await openNewGroup();

    await user.click(name);
    await user.paste('Night\u0007Crew');
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    expect(await dialog.findByText('Remove the line breaks or control characters from the name.')).toBeInTheDocument();
  });

  test('when the server fails, the typed name stays and the reason is shown', async () => {
    mockStore.addFault('demo', { kind: 'http', status: 500, actions: ['add'], times: 1 });
    const requests = recordRequests();
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, 'Night Crew');
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('The group was not created');
    expect(alert).toHaveTextContent('The DeepCall server had a problem (HTTP 500).');
    expect(name).toHaveValue('Night Crew');
    // A mutation never retries by itself.
    expect(countOf(requests, 'add')).toBe(1);
    expect(storedNames()).not.toContain('Night Crew');

    await user.click(dialog.getByRole('button', { name: 'Create' }));
    await findNotification('Group created');
    expect(storedNames().filter((n) => n === 'Night Crew')).toHaveLength(1);
  });

  test('a server-side “name missing” (1501) lands on the Name field', async () => {
    mockStore.addFault('demo', { kind: 'code', code: 1501, actions: ['add'], times: 1 });
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, 'Night Crew');
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter a group name.')));
    expect(name).toHaveValue('Night Crew');
  });

  test('double-clicking Create sends one request and creates one group', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 100, actions: ['add'], times: 1 });
    const requests = recordRequests();
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, 'Night Crew');
    await user.dblClick(dialog.getByRole('button', { name: 'Create' }));

    await findNotification('Group created');
    expect(countOf(requests, 'add')).toBe(1);
    expect(storedNames().filter((n) => n.startsWith('Night Crew'))).toEqual(['Night Crew']);
  });

  test('Cancel closes the dialog and a reopened form starts empty', async () => {
    const { user, dialog, name } = await openNewGroup();
    await user.type(name, 'Draft');
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New group' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'New group' }));
    expect(within(await screen.findByRole('dialog', { name: 'New group' })).getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  test('markup, emoji and right-to-left text round-trip as plain text', async () => {
    const payload = '<img src=x onerror=alert(1)> 🎧 مرحبا';
    const { user, dialog, name } = await openNewGroup();

    await user.click(name);
    await user.paste(payload);
    await user.click(dialog.getByRole('button', { name: 'Create' }));

    const toast = await findNotification('Group created');
    expect(toast.getByText(`${payload} is ready.`)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: payload, level: 1 })).toBeInTheDocument();
    expect(storedNames()).toContain(payload);
    expect(document.querySelector('img')).toBeNull();
  });

  test('a slow create can be stopped: the dialog keeps the name and says the server may still have made it', async () => {
    mockStore.addFault('demo', { kind: 'latency', ms: 60_000, actions: ['add'], times: 1 });
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, 'Slow Lane');
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    await user.click(await dialog.findByRole('button', { name: 'Stop waiting' }));

    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('Stopped waiting');
    expect(alert).toHaveTextContent('It may still have made the change');
    expect(name).toHaveValue('Slow Lane');
    expect(dialog.getByRole('button', { name: 'Create' })).toBeEnabled();
  });
});
