/**
 * Restructuring a team from a group's page: move ticked agents to another group, and copy a
 * group with its members. Each checked against what the mock server then holds.
 */
import { expect, test, type Account, type MockApi, type ServerGroup, type ServerMember } from './fixtures';

/** The group with the most members (the seed spreads agents unevenly), and its members. */
async function busiestGroup(mock: MockApi, account: Account): Promise<{ group: ServerGroup; members: ServerMember[] }> {
  let best: { group: ServerGroup; members: ServerMember[] } | undefined;
  for (const group of await mock.list(account)) {
    const members = await mock.members(account, group.id);
    if (!best || members.length > best.members.length) best = { group, members };
  }
  if (!best || best.members.length < 2) throw new Error('the seed gave no group two members');
  return best;
}

function byName(members: ServerMember[]): Map<string, boolean> {
  return new Map(members.map((m) => [m.name, m.receivesCalls]));
}

test('ticked agents move to another group, keeping whether they take calls, and leave this one', async ({ page, mock, account, signIn }) => {
  const { group: source, members } = await busiestGroup(mock, account);
  const target = (await mock.list(account)).find((g) => g.id !== source.id);
  if (!target) throw new Error('the seed needs two groups');
  const moving = members.slice(0, 2);
  await signIn(account);
  await page.getByRole('link', { name: source.name, exact: true }).click();

  for (const member of moving) await page.getByRole('checkbox', { name: `Select ${member.name}`, exact: true }).click();
  await page.getByRole('button', { name: 'Move to group…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move 2 agents to another group' });
  await dialog.getByRole('textbox', { name: 'Find a group' }).fill(target.name.slice(0, 4));
  await dialog.getByRole('radio', { name: target.name, exact: true }).check();
  await dialog.getByRole('button', { name: `Move to ${target.name}` }).click();

  await expect(page.getByRole('status').filter({ hasText: `Moved to ${target.name}` })).toContainText(
    `${moving.map((m) => m.name).join(', ')} joined ${target.name} and left ${source.name}.`,
  );
  const inTarget = byName(await mock.members(account, target.id));
  const inSource = byName(await mock.members(account, source.id));
  for (const member of moving) {
    expect(inTarget.get(member.name), `${member.name} in ${target.name}, as before`).toBe(member.receivesCalls);
    expect(inSource.has(member.name), `${member.name} left ${source.name}`).toBe(false);
  }
  await expect(page.getByRole('table', { name: 'Agents in this group' }).getByRole('row')).toHaveCount(members.length - 2 + 1);
});

test('Copy group creates a new group with the same members and call settings', async ({ page, mock, account, signIn }) => {
  const { group, members } = await busiestGroup(mock, account);
  await signIn(account);
  await page.getByRole('link', { name: group.name, exact: true }).click();
  await page.getByRole('button', { name: 'Copy group' }).click();
  const dialog = page.getByRole('dialog', { name: `Copy ${group.name}` });
  await expect(dialog.getByRole('textbox', { name: 'Name of the copy' })).toHaveValue(`${group.name} copy`);
  await dialog.getByRole('button', { name: 'Copy group' }).click();

  await expect(page.getByRole('alert').filter({ hasText: `${group.name} copied` })).toBeVisible();
  const copy = await mock.get(account, `${group.name} copy`);
  expect(byName(await mock.members(account, copy.id))).toEqual(byName(members));
});
