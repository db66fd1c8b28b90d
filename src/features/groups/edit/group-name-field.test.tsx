/** The name fields say before sending what DeepCall will make of a taken name, and count toward the limit. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { countOf, findNotification, recordRequests, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// Seeded ids: 1001 Inside Sales, 1002 Support, 1003 Billing, 1004 Retention.
beforeEach(() => mockStore.reset({ seedGroups: 4 }));

const demo = () => {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
};

async function openPage(id: number) {
  const app = renderApp({ route: `/groups/${id}` });
  return { ...app, name: await screen.findByRole('textbox', { name: 'Name' }) };
}

async function openNewGroup() {
  const app = renderApp();
  await screen.findByRole('link', { name: 'Support' });
  await app.user.click(screen.getByRole('button', { name: 'New group' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'New group' }));
  return { ...app, dialog, name: dialog.getByRole('textbox', { name: 'Name' }) };
}

const warning = (existing: string, saved: string) =>
  `A group named ${existing} exists — DeepCall will save this as ${saved}. You can go on, or change the name.`;

describe('a name another group has', () => {
  test('on the group’s page: said at the field before sending, and Save still goes on', async () => {
    const requests = recordRequests();
    const { user, name } = await openPage(1002);

    await user.clear(name);
    await user.type(name, 'billing');
    expect(name).toHaveAccessibleDescription(warning('Billing', 'billing1'));
    expect(countOf(requests, 'update')).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findNotification('Saved under another name');
    expect(demo().groups.find((g) => g.id === 1002)?.name).toBe('billing1');
  });

  test('changing the name clears it; the group’s own name in another case is no clash', async () => {
    const { user, name } = await openPage(1003);
    await user.clear(name);
    await user.type(name, 'BILLING');
    expect(name).not.toHaveAccessibleDescription();

    await user.clear(name);
    await user.type(name, 'Support');
    expect(name).toHaveAccessibleDescription(warning('Support', 'Support1'));
    await user.type(name, ' Desk');
    expect(name).not.toHaveAccessibleDescription();
  });

  test('in New group: the smallest free number, as DeepCall numbers it, and it is what gets saved', async () => {
    demo().groups.push({ id: 2001, name: 'RETENTION1', status: 1, createDate: '2025-01-01 00:00:00' });
    const { user, dialog, name } = await openNewGroup();

    await user.type(name, '  retention ');
    expect(name).toHaveAccessibleDescription(warning('Retention', 'retention2'));
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    await findNotification('Group created under another name');
    expect(demo().groups.map((g) => g.name)).toContain('retention2');
  });

  test('in Copy group', async () => {
    const { user } = await openPage(1003);
    await user.click(await screen.findByRole('button', { name: 'Copy group' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Copy Billing' }));
    const name = dialog.getByRole('textbox', { name: 'Name of the copy' });
    expect(name).not.toHaveAccessibleDescription();
    await user.clear(name);
    await user.type(name, 'Inside sales');
    expect(name).toHaveAccessibleDescription(warning('Inside Sales', 'Inside sales1'));
  });
});

describe('the name’s limit', () => {
  test('is shown as the name nears 100 characters, and how far over it is', async () => {
    const { user, dialog, name } = await openNewGroup();
    await user.type(name, 'x'.repeat(79));
    expect(name).not.toHaveAccessibleDescription();
    await user.type(name, 'x');
    expect(name).toHaveAccessibleDescription('80 of 100 characters');
    await user.type(name, 'x'.repeat(20));
    expect(name).toHaveAccessibleDescription('100 of 100 characters');
    await user.type(name, 'xxx');
    expect(name).toHaveAccessibleDescription('103 of 100 characters — 3 too many');
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Keep the name to 100 characters or fewer.')));
  });

  test('on the group’s page too', async () => {
    const { user, name } = await openPage(1003);
    await user.type(name, ` ${'y'.repeat(80)}`);
    expect(name).toHaveAccessibleDescription('88 of 100 characters');
  });
});
