import { answerRowQuestion, rowGroupId } from './row-switch';
import { Mismatch } from './checks';
import { readList, where } from './screen';
import { settle } from './settle';
import type { Walk } from './walk';

/** Names a supervisor might type: plain, non-Latin, with spaces around, and names the account may already have. */
export const NAMES = ['Night Desk', 'Callbacks', 'Support', 'VIP Desk', 'Billing', 'Müller Team', 'Ventas Perú', '  Returns  ', 'Escalations', 'Tier 2'];

/** More groups than rows drawn at once would hide some from the check (the table is virtualized). */
export const MAX_GROUPS = 14;

export async function search(walk: Walk): Promise<void> {
  const { random, page } = walk;
  const rows = (await readList(page)).rows;
  const truth = await walk.truth();
  const name = random.pick([...rows, ...truth].map((group) => group.name).concat(['']));
  const start = random.int(0, Math.max(0, name.length - 2));
  const term = random.weighted([
    ['', 2],
    [name.slice(start, start + random.int(1, 4)), 5],
    [random.pick(['a', 'e', 'su', 'desk', ' bill ', 'zz', 'Ü']), 2],
  ]);
  walk.log.note(`search ${JSON.stringify(term)}`);
  await page.getByLabel('Search groups').fill(term);
}

export async function filterStatus(walk: Walk): Promise<void> {
  const status = walk.random.pick(['All', 'Active', 'Inactive']);
  walk.log.note(`status filter ${status}`);
  await walk.page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: new RegExp(`^${status}\\b`) }).check();
}

export async function create(walk: Walk): Promise<void> {
  const { page, random } = walk;
  const name = random.pick(NAMES);
  walk.log.note(`create ${JSON.stringify(name)}`);
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New group' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await failedOrClosed(walk, name);
}

/**
 * After Create: the dialog closes, or stays with what was typed and a reason (the check verifies which).
 * Judged once the request has ended: on "create again" the reason from the last try is still on screen
 * until the new try starts, and read at once it passed for this try's outcome.
 */
async function failedOrClosed(walk: Walk, name: string): Promise<void> {
  const dialog = walk.page.getByRole('dialog', { name: 'New group' });
  await settle(walk.page, walk.network);
  const outcome = await Promise.race([
    dialog.waitFor({ state: 'hidden', timeout: 20_000 }).then(() => 'closed' as const),
    dialog.getByRole('alert').waitFor({ timeout: 20_000 }).then(() => 'failed' as const),
  ]);
  if (outcome === 'failed') walk.typed.newGroup = name;
  else delete walk.typed.newGroup;
  walk.log.note(`create: ${outcome}`);
  if (outcome === 'closed') await landedAfterCreate(walk, name);
}

/**
 * Where Create leads: the new group's page (issue 18 §6), of the group created in this step, under the
 * name typed or DeepCall's numbered variant of it.
 */
async function landedAfterCreate(walk: Walk, name: string): Promise<void> {
  await settle(walk.page, walk.network);
  const at = where(walk.page);
  if (at.page !== 'edit') throw new Mismatch(`after Create the console is on ${at.page === 'list' ? 'the list' : at.path}, not on the new group's page`);
  const group = (await walk.serverGroupsWithIds()).find((held) => String(held.id) === at.groupId);
  walk.log.note(`create: on the page of ${JSON.stringify(group ?? at.groupId)}`);
  if (walk.heldAtStart.has(at.groupId)) throw new Mismatch(`after Create the console opened group ${at.groupId}, which existed before`);
  const typed = name.trim();
  if (!group || (group.name !== typed && !new RegExp(`^${typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+$`, 'i').test(group.name))) {
    throw new Mismatch(`after creating "${typed}" the console opened group ${at.groupId}, which the server holds as ${JSON.stringify(group ?? 'nothing')}`);
  }
}

/** The New group dialog kept a failed name: create again, or give up. */
export async function resolveNewGroup(walk: Walk): Promise<void> {
  const name = walk.typed.newGroup ?? '';
  const dialog = walk.page.getByRole('dialog', { name: 'New group' });
  if (walk.random.chance(0.7)) {
    walk.log.note('create again');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await failedOrClosed(walk, name);
  } else {
    walk.log.note('cancel the New group dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    delete walk.typed.newGroup;
  }
}

export async function toggleRow(walk: Walk): Promise<void> {
  const rows = (await readList(walk.page)).rows;
  if (rows.length === 0) return search(walk);
  const row = walk.random.pick(rows);
  walk.log.note(`switch ${JSON.stringify(row.name)} ${row.active ? 'off' : 'on'}`);
  const groupId = await rowGroupId(walk, row.name);
  const since = Date.now();
  await walk.page.getByRole('switch', { name: `${row.name} active`, exact: true }).click();
  // Switching on goes at once; switching off may ask first.
  if (row.active) await answerRowQuestion(walk, row.name, groupId, since);
}

export async function deleteRow(walk: Walk): Promise<void> {
  const { page } = walk;
  const rows = (await readList(page)).rows;
  if (rows.length === 0) return search(walk);
  const row = walk.random.pick(rows);
  walk.log.note(`delete ${JSON.stringify(row.name)} from the list`);
  await page.getByRole('button', { name: `Delete ${row.name}`, exact: true }).click();
  await confirmDelete(walk, row.name);
}

/** The delete dialog: confirm; on a refusal it says why, and the supervisor closes it. */
export async function confirmDelete(walk: Walk, name: string): Promise<void> {
  const dialog = walk.page.getByRole('dialog', { name: `Delete ${name}?` });
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  const outcome = await Promise.race([
    dialog.waitFor({ state: 'hidden', timeout: 20_000 }).then(() => 'closed' as const),
    dialog.getByRole('alert').waitFor({ timeout: 20_000 }).then(() => 'failed' as const),
  ]);
  walk.log.note(`delete: ${outcome}`);
  if (outcome === 'failed') {
    walk.log.note(`delete refused: ${(await dialog.getByRole('alert').textContent())?.slice(0, 120)}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}

export async function openGroup(walk: Walk): Promise<void> {
  const rows = (await readList(walk.page)).rows;
  if (rows.length === 0) return search(walk);
  const row = walk.random.pick(rows);
  walk.log.note(`open ${JSON.stringify(row.name)}`);
  await walk.page.getByRole('link', { name: row.name, exact: true }).click();
  await walk.page.waitForURL(/\/groups\/[^/]+$/);
}

export async function retryLoad(walk: Walk): Promise<void> {
  const main = walk.page.getByRole('main');
  const retry = main.getByRole('button', { name: /^(Retry|Load groups)$/ });
  walk.log.note('retry loading the list');
  await retry.first().click();
}
