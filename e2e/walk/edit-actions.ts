import type { ServerMember } from '../fixtures';
import { answerLeaveGuard, pendingOnPage } from './leave-guard';
import { NAMES, confirmDelete } from './list-actions';
import { readEdit } from './screen';
import { settle } from './settle';
import type { Walk } from './walk';

const FORM_FAILED = /Not saved|Changed elsewhere|no longer exists|Stopped waiting/;

async function appears(locator: { waitFor(options: { timeout: number }): Promise<void> }, timeout = 800): Promise<boolean> {
  return locator.waitFor({ timeout }).then(
    () => true,
    () => false,
  );
}

/** Types a name and/or flips Active, then saves; the form keeps what was typed when the save fails. */
export async function editAndSave(walk: Walk, what: 'rename' | 'status' | 'both'): Promise<void> {
  const { page, random } = walk;
  const screen = await readEdit(page);
  if (!screen.form) return;
  const at = new URL(page.url()).pathname.split('/')[2] ?? '';
  const groupId = decodeURIComponent(at);
  const name = what === 'status' ? screen.form.name : random.pick([...NAMES, `${screen.heading} 2`, screen.heading.toUpperCase()]);
  const active = what === 'rename' ? screen.form.active : !screen.form.active;
  walk.log.note(`edit ${JSON.stringify({ name, active })}`);
  if (name !== screen.form.name) await page.getByRole('main').getByLabel('Name').fill(name);
  if (active !== screen.form.active) await page.getByRole('main').getByRole('switch', { name: 'Active', exact: true }).click();
  walk.typed.form = { groupId, name, active, sent: false };
  await pressSave(walk);
}

/** Save, the confirmation a deactivation asks for, and whether the server took it. */
export async function pressSave(walk: Walk): Promise<void> {
  const { page, random } = walk;
  await page.getByRole('main').getByRole('button', { name: 'Save', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: /^Deactivate .*\?$/ });
  if (await appears(confirm)) {
    if (random.chance(0.85)) {
      walk.log.note('confirm: Deactivate and save');
      await confirm.getByRole('button', { name: 'Deactivate and save' }).click();
    } else {
      walk.log.note('confirm: Cancel (the form keeps the edit)');
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'hidden' });
      return;
    }
  }
  if (walk.typed.form) walk.typed.form.sent = true;
  await settle(page, walk.network);
  await outcomeOfSave(walk);
}

async function outcomeOfSave(walk: Walk): Promise<void> {
  if (await walk.page.getByRole('dialog', { name: 'Your session has ended' }).isVisible()) return;
  const screen = await readEdit(walk.page);
  const failed = screen.messages.filter((message) => FORM_FAILED.test(message));
  if (failed.length > 0) walk.log.note(`save failed: ${failed.join(' | ').slice(0, 160)}`);
  else delete walk.typed.form;
}

/** A form left with an edit: save again, or take their version, or leave it. */
export async function resolveForm(walk: Walk): Promise<void> {
  const { page, random } = walk;
  const elsewhere = page.getByRole('alert').filter({ hasText: 'Changed elsewhere since you opened it' });
  if (await elsewhere.isVisible()) {
    if (random.chance(0.5)) {
      walk.log.note('changed elsewhere: Use theirs');
      await elsewhere.getByRole('button', { name: 'Use theirs' }).click();
      delete walk.typed.form;
      return;
    }
    walk.log.note('changed elsewhere: Save mine over theirs');
    if (walk.typed.form) walk.typed.form.sent = true;
    await elsewhere.getByRole('button', { name: 'Save mine over theirs' }).click();
    await settle(page, walk.network);
    await outcomeOfSave(walk);
    return;
  }
  if (await page.getByRole('alert').filter({ hasText: 'This group no longer exists' }).first().isVisible()) {
    walk.log.note('the group is gone: back to all groups');
    await allGroups(walk);
    return;
  }
  walk.log.note('save again');
  await pressSave(walk);
}

export async function deleteFromEdit(walk: Walk): Promise<void> {
  const screen = await readEdit(walk.page);
  walk.log.note(`delete ${JSON.stringify(screen.heading)} from its page`);
  await walk.page.getByRole('button', { name: 'Delete group' }).click();
  await confirmDelete(walk, screen.heading);
  await walk.page.waitForLoadState();
  if (new URL(walk.page.url()).pathname === '/groups') {
    // Deleted: whatever was pending for it went with it.
    delete walk.typed.form;
    delete walk.typed.members;
  }
}

/** The "← All groups" link; a page with unsaved changes asks first. */
export async function allGroups(walk: Walk): Promise<void> {
  walk.log.note('← All groups');
  const before = await pendingOnPage(walk);
  await walk.page.getByRole('main').getByRole('link', { name: '← All groups' }).click();
  await answerLeaveGuard(walk, before);
  if (new URL(walk.page.url()).pathname === '/groups') {
    // Left without a question (nothing to lose, or the group is gone): its edits stay behind.
    delete walk.typed.form;
    delete walk.typed.members;
  }
}

/** Edits the members (add through the picker, remove, who takes calls), then mostly saves them. */
export async function editMembers(walk: Walk): Promise<void> {
  const { page, random } = walk;
  const screen = await readEdit(page);
  if (screen.members === null) {
    const retry = page.getByRole('main').getByRole('button', { name: 'Retry' });
    if (await retry.first().isVisible()) {
      walk.log.note('members: Retry');
      await retry.first().click();
    }
    return;
  }
  const groupId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  let shown: ServerMember[] = screen.members;
  const ops = random.int(1, 3);
  for (let i = 0; i < ops; i++) {
    const op = shown.length === 0 ? 'add' : random.weighted([['add', 3], ['remove', 2], ['calls', 3]] as const);
    if (op === 'add') shown = await addAgents(walk, shown);
    else if (op === 'remove') {
      const member = random.pick(shown);
      walk.log.note(`members: remove ${member.name}`);
      await page.getByRole('button', { name: `Remove ${member.name}`, exact: true }).click();
      shown = shown.filter((m) => m.name !== member.name);
    } else {
      const member = random.pick(shown);
      walk.log.note(`members: ${member.name} ${member.receivesCalls ? 'stops' : 'starts'} taking calls`);
      await page.getByRole('switch', { name: `${member.name} takes calls`, exact: true }).click();
      shown = shown.map((m) => (m.name === member.name ? { ...m, receivesCalls: !m.receivesCalls } : m));
    }
  }
  const pending = page.getByRole('region', { name: 'Pending member changes' });
  if (!(await pending.isVisible())) {
    // The edits cancelled out (or nothing could be added): nothing is pending.
    walk.log.note('members: nothing pending');
    delete walk.typed.members;
    return;
  }
  walk.typed.members = { groupId, shown, sent: false };
  if (random.chance(0.8)) await saveMembers(walk);
  else walk.log.note('members: left pending');
}

async function addAgents(walk: Walk, shown: ServerMember[]): Promise<ServerMember[]> {
  const { page, random } = walk;
  await page.getByRole('button', { name: 'Add agents', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add agents' });
  const list = picker.getByRole('group', { name: 'Agents not in this group' });
  const ready = await Promise.race([
    list.waitFor({ timeout: 15_000 }).then(() => true),
    picker.getByText(/Every agent of the account is already in this group|could not be read/).waitFor({ timeout: 15_000 }).then(() => false),
  ]);
  if (!ready) {
    walk.log.note(`members: the picker offers nobody (${(await picker.textContent())?.slice(0, 100)})`);
    await picker.getByRole('button', { name: 'Cancel' }).click();
    await picker.waitFor({ state: 'hidden' });
    return shown;
  }
  const offered = (await list.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''))).map(
    (label) => label.replace(/^Add /, ''),
  );
  const chosen = random.sample(offered, random.int(1, 2));
  walk.log.note(`members: add ${JSON.stringify(chosen)}`);
  for (const name of chosen) await list.getByRole('checkbox', { name: `Add ${name}`, exact: true }).check();
  await picker.getByRole('button', { name: /^Add \d+ agents?$/ }).click();
  await picker.waitFor({ state: 'hidden' });
  return [...shown, ...chosen.map((name) => ({ name, receivesCalls: true }))];
}

/** Save members, the "nobody takes calls" question, and whether the server took it. */
export async function saveMembers(walk: Walk): Promise<void> {
  const { page, random } = walk;
  walk.log.note('members: Save members');
  await page.getByRole('region', { name: 'Pending member changes' }).getByRole('button', { name: 'Save members' }).click();
  await answerNobody(walk);
  await settle(page, walk.network);
  // A colleague's change may make the server ask the question only now (checked on the fresh members).
  if (await page.getByRole('dialog', { name: /^Nobody will take/ }).isVisible()) {
    await answerNobody(walk);
    await settle(page, walk.network);
  }
  if (await page.getByRole('dialog', { name: 'Your session has ended' }).isVisible()) return;
  if (!(await page.getByRole('region', { name: 'Pending member changes' }).isVisible())) {
    delete walk.typed.members;
    return;
  }
  const said = (await readEdit(page)).messages.filter((m) => /Members not saved|no longer exists/.test(m));
  walk.log.note(`members: not saved: ${said.join(' | ').slice(0, 160)}`);
  void random;
}

async function answerNobody(walk: Walk): Promise<void> {
  const nobody = walk.page.getByRole('dialog', { name: /^Nobody will take/ });
  if (!(await appears(nobody, 600))) {
    if (walk.typed.members) walk.typed.members.sent = true;
    return;
  }
  if (walk.random.chance(0.7)) {
    walk.log.note('nobody takes calls: Save anyway');
    if (walk.typed.members) walk.typed.members.sent = true;
    await nobody.getByRole('button', { name: 'Save anyway' }).click();
  } else {
    walk.log.note('nobody takes calls: Cancel (the edit stays pending)');
    if (walk.typed.members) walk.typed.members.sent = false;
    await nobody.getByRole('button', { name: 'Cancel' }).click();
  }
  await nobody.waitFor({ state: 'hidden' });
}

/** Pending members: save them, or discard the edit. */
export async function resolveMembers(walk: Walk): Promise<void> {
  const pending = walk.page.getByRole('region', { name: 'Pending member changes' });
  if (walk.random.chance(0.7)) return saveMembers(walk);
  walk.log.note('members: Discard');
  await pending.getByRole('button', { name: 'Discard' }).click();
  delete walk.typed.members;
}
