import { answerLeaveGuard, pendingOnPage } from './leave-guard';
import { readEdit, where } from './screen';
import { settle } from './settle';
import type { Walk } from './walk';

/** A reload drops what was typed: the browser asked first (beforeunload, accepted by the walk). */
export async function reload(walk: Walk): Promise<void> {
  walk.log.note('reload');
  await walk.page.reload();
  walk.typed = {};
}

async function historyCan(walk: Walk, direction: 'back' | 'forward'): Promise<boolean> {
  return walk.page.evaluate((direction) => {
    const nav = (window as unknown as { navigation?: { canGoBack: boolean; canGoForward: boolean } }).navigation;
    if (!nav) return false;
    return direction === 'back' ? nav.canGoBack : nav.canGoForward;
  }, direction);
}

/** The browser's back or forward button; a page with unsaved changes asks first. */
export async function travel(walk: Walk, direction: 'back' | 'forward'): Promise<void> {
  if (!(await historyCan(walk, direction))) {
    walk.log.note(`${direction}: nowhere to go`);
    return;
  }
  const before = walk.page.url();
  walk.log.note(`${direction} from ${new URL(before).pathname}${new URL(before).search}`);
  // The history also holds other documents (reloads, typed addresses): a step to one replaces the page,
  // and only its load says when, so wait for it (a read before then meets the old page going away).
  const otherDocument = await walk.page.evaluate((direction) => {
    type Entry = { sameDocument: boolean };
    const nav = (window as unknown as { navigation?: { currentEntry: { index: number } | null; entries(): Entry[] } }).navigation;
    const index = (nav?.currentEntry?.index ?? 0) + (direction === 'back' ? -1 : 1);
    return nav?.entries()[index]?.sameDocument === false;
  }, direction);
  const pending = otherDocument ? null : await pendingOnPage(walk);
  const loaded = otherDocument ? walk.page.waitForEvent('load', { timeout: 15_000 }) : undefined;
  // The step may replace the document before evaluate returns (also when the history's entries did not say
  // so): that is the step happening, not a failure, and what was typed went with the old document.
  const replaced = await walk.page
    .evaluate((direction) => (direction === 'back' ? history.back() : history.forward()), direction)
    .then(() => false)
    .catch((error: unknown) => {
      if (error instanceof Error && /Execution context was destroyed/.test(error.message)) return true;
      throw error;
    });
  if (loaded || replaced) {
    await (loaded ?? walk.page.waitForLoadState('load'));
    walk.log.note('another document: what was typed is gone');
    walk.typed = {};
  } else await answerLeaveGuard(walk, pending);
  await walk.page.waitForLoadState();
  const at = where(walk.page);
  // Leaving a page by history drops its unsaved edit only when the guard let it go (answerLeaveGuard).
  if (at.page !== 'edit' || at.groupId !== walk.typed.form?.groupId) delete walk.typed.form;
  if (at.page !== 'edit' || at.groupId !== walk.typed.members?.groupId) delete walk.typed.members;
  if (at.page !== 'list') delete walk.typed.newGroup;
}

/** An address typed or bookmarked: a group that exists, or one deleted meanwhile. */
export async function deepLink(walk: Walk, knownIds: string[]): Promise<void> {
  const groups = await walk.serverGroupsWithIds();
  const ids = [...new Set([...groups.map((g) => String(g.id)), ...knownIds])];
  const target = walk.random.chance(0.2) ? '/groups' : `/groups/${walk.random.pick(ids)}`;
  walk.log.note(`open the address ${target}`);
  await walk.page.goto(target);
  walk.typed = {};
}

/** Recent changes: undo one of the changes that can still be undone. */
export async function undo(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.getByRole('button', { name: /^Recent changes/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Recent changes' });
  await drawer.waitFor();
  const buttons = drawer.getByRole('button', { name: /^Undo: / });
  const labels = await buttons.evaluateAll((all) => all.map((button) => button.getAttribute('aria-label') ?? ''));
  if (labels.length > 0) {
    const label = walk.random.pick(labels.slice(0, 6));
    walk.log.note(label);
    await drawer.getByRole('button', { name: label, exact: true }).first().click();
    await settle(page, walk.network);
  } else walk.log.note('nothing to undo');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
}

/**
 * Whether sessionEnds can play here: on the list, or on a group's page with a form that can still be
 * saved. Anywhere else it would do nothing, and the walk would ask for it again on every step.
 */
export async function canEndSession(walk: Walk): Promise<boolean> {
  const at = where(walk.page);
  if (at.page === 'list') return true;
  if (at.page !== 'edit') return false;
  const screen = await readEdit(walk.page);
  return screen.form !== null && !screen.messages.some((message) => /no longer exists/.test(message));
}

/**
 * The session ends while the supervisor is typing (DeepCall's 1014 on the next request): the console
 * asks to sign in again, and what was typed is still there afterwards.
 */
export async function sessionEnds(walk: Walk): Promise<void> {
  const { page, mock, account } = walk;
  const at = where(page);
  if (at.page === 'edit' && (await readEdit(page)).form) {
    walk.sessionEnded = true;
    const screen = await readEdit(page);
    const name = `${screen.form?.name ?? 'Group'} – late shift`;
    const groupId = at.groupId;
    walk.log.note(`session ends while saving the name ${JSON.stringify(name)}`);
    const field = page.getByRole('main').getByLabel('Name');
    await field.fill(name);
    walk.typed.form = { groupId, name, active: screen.form?.active ?? true, sent: true };
    delete walk.typed.members;
    await mock.fault(account, { kind: 'code', code: 1014, times: 1 });
    await page.getByRole('main').getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Your session has ended' }).waitFor();
    const kept = await field.inputValue();
    if (kept !== name) throw new Error(`when the session ended the Name field lost what was typed: "${name}" became "${kept}"`);
    await walk.signInAgain();
    return;
  }
  if (at.page !== 'list') return;
  walk.sessionEnded = true;
  const name = 'Late Shift';
  walk.log.note(`session ends while creating ${JSON.stringify(name)}`);
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New group' });
  await dialog.getByLabel('Name').fill(name);
  await mock.fault(account, { kind: 'code', code: 1014, times: 1 });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('dialog', { name: 'Your session has ended' }).waitFor();
  const kept = await dialog.getByLabel('Name').inputValue();
  if (kept !== name) throw new Error(`when the session ended the New group dialog lost what was typed: "${name}" became "${kept}"`);
  walk.typed.newGroup = name;
  await walk.signInAgain();
}
