import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { Mismatch } from './checks';
import { search } from './list-actions';
import { rowGroupId } from './row-switch';
import { readList } from './screen';
import { settle } from './settle';
import type { Walk } from './walk';

type Verb = 'Activate' | 'Deactivate' | 'Delete';
type Chosen = { name: string; id: string };

const groups = (n: number) => `${n} group${n === 1 ? '' : 's'}`;
/** Deleting this many groups at once asks for their number to be typed (bulk-confirm.tsx). */
const TYPE_COUNT_FROM = 10;

/** The confirmation's text and whether its confirm button is off, read in one go (so they belong together). */
async function confirmation(dialog: Locator, label: string): Promise<{ text: string; off: boolean }> {
  return dialog.evaluate((root, label) => {
    const button = [...root.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === label);
    return { text: (root.textContent ?? '').replace(/\s+/g, ' '), off: !button || button.disabled };
  }, label);
}

/** Ticks some shown groups (now and then every one shown), then activates, deactivates or deletes them. */
export async function bulk(walk: Walk): Promise<void> {
  const { page, random } = walk;
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  const clear = bar.getByRole('button', { name: 'Clear selection' });
  if (await clear.isVisible()) await clear.click();
  const dismiss = bar.getByRole('button', { name: 'Dismiss report' });
  if (await dismiss.isVisible()) await dismiss.click();
  const rows = (await readList(page)).rows;
  if (rows.length === 0) return search(walk);
  const everyone = rows.length > 3 && random.chance(0.15);
  const picked = everyone ? rows : random.sample(rows, random.int(1, Math.min(3, rows.length)));
  const verb = random.weighted<Verb>([
    ['Activate', 3],
    ['Deactivate', 4],
    ['Delete', rows.length > 3 ? (everyone ? 2 : 1) : 0],
  ]);
  const chosen: Chosen[] = [];
  for (const row of picked) chosen.push({ name: row.name, id: await rowGroupId(walk, row.name) });
  walk.log.note(`bulk ${verb} ${everyone ? 'every group shown: ' : ''}${JSON.stringify(chosen.map((group) => group.name))}`);
  if (everyone) await page.getByRole('checkbox', { name: 'Select all groups shown', exact: true }).check();
  else for (const row of chosen) await page.getByRole('checkbox', { name: `Select ${row.name}`, exact: true }).check();
  await bar.getByRole('button', { name: verb === 'Delete' ? 'Delete selected' : verb, exact: true }).click();

  const label = `${verb} ${groups(chosen.length)}`;
  const dialog = page.getByRole('dialog', { name: `${label}?`, exact: true });
  await dialog.waitFor();
  const since = Date.now();
  if (random.chance(0.15)) return cancelBulk(walk, dialog, chosen, since);
  const count = verb === 'Activate' ? null : await waitForCount(walk, dialog, label, verb === 'Delete' && chosen.length >= TYPE_COUNT_FROM);
  if (verb === 'Delete') await typeTheNumber(walk, dialog, label, chosen.length);
  // Delete leaves nothing to count afterwards: compare now, when that disturbs no fault armed for the step.
  const comparedNow = count !== null && !walk.armed && (await compareCount(walk, count, chosen));
  const confirm = dialog.getByRole('button', { name: label, exact: true });
  await expect(confirm, `"${label}" is on once the count is known or skipped`).toBeEnabled();
  await confirm.click();
  await dialog.waitFor({ state: 'hidden' });
  await settle(page, walk.network);
  if (await page.getByRole('dialog', { name: 'Your session has ended' }).isVisible()) return;
  if (count !== null && !comparedNow && verb === 'Deactivate') await compareCount(walk, count, chosen);
  await expectOutcome(walk, verb, chosen);
}

/** Cancel or Esc: nothing is sent, and the groups stay selected. */
async function cancelBulk(walk: Walk, dialog: Locator, chosen: Chosen[], since: number): Promise<void> {
  const esc = walk.random.chance(0.4);
  walk.log.note(`bulk: ${esc ? 'Esc' : 'Cancel'}`);
  if (esc) await walk.page.keyboard.press('Escape');
  else await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await settle(walk.page, walk.network);
  for (const group of chosen) {
    const sent = walk.network.sentSince(['update', 'delete'], since, group.id);
    if (sent > 0) throw new Mismatch(`the bulk confirmation was cancelled, but ${sent} change(s) were sent for ${group.name}`);
    const box = walk.page.getByRole('checkbox', { name: `Select ${group.name}`, exact: true });
    if ((await box.count()) > 0 && !(await box.isChecked())) throw new Mismatch(`the bulk confirmation was cancelled, and ${group.name} is no longer selected`);
  }
}

/**
 * The confirm button stays off while the agents affected are counted; the walk waits for the count, or
 * now and then goes on without it (it must when the count fails). Returns what the count says, or null.
 */
async function waitForCount(walk: Walk, dialog: Locator, label: string, typeFirst: boolean): Promise<string | null> {
  let skipEarly = walk.random.chance(0.2);
  const skip = async (why: string) => {
    walk.log.note(`bulk: Go on without the count (${why})`);
    await dialog.getByRole('button', { name: 'Go on without the count' }).click();
    await dialog.getByText('The agents affected were not counted.').waitFor();
    return null;
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { text, off } = await confirmation(dialog, label);
    if (/Counting the agents affected/.test(text)) {
      if (!off) throw new Mismatch(`"${label}" is on while the agents affected are still being counted`);
      if (skipEarly) {
        // The count may end between reading the dialog and the click (the button then goes): read it again.
        const button = dialog.getByRole('button', { name: 'Go on without the count' });
        if (await button.click({ timeout: 2_000 }).then(() => true, () => false)) {
          walk.log.note('bulk: Go on without the count (while counting)');
          await dialog.getByText('The agents affected were not counted.').waitFor();
          return null;
        }
        walk.log.note('bulk: the count ended before Go on without the count was pressed');
        skipEarly = false;
        continue;
      }
    } else if (/The agents affected could not be counted/.test(text)) {
      if (!off) throw new Mismatch(`"${label}" is on though the agents affected could not be counted: "${text.slice(0, 160)}"`);
      return skip('the count failed');
    } else if (/agent assignments? in these groups/.test(text)) {
      if (off && !typeFirst) throw new Mismatch(`"${label}" stays off once the agents are counted`);
      const said = /\d+ agent assignments? in these groups[^.]*\.(?: \(\d+ groups? could not be counted\.\))?/.exec(text)?.[0] ?? text;
      walk.log.note(`bulk count: ${said}`);
      return said;
    }
    if (Date.now() > deadline) throw new Mismatch(`the bulk confirmation neither counted nor said why: "${text.slice(0, 160)}"`);
    await walk.page.waitForTimeout(50);
  }
}

/** Deleting 10 or more asks for the number typed, Delete off until it matches; fewer ask nothing. */
async function typeTheNumber(walk: Walk, dialog: Locator, label: string, n: number): Promise<void> {
  const field = dialog.getByLabel(/^Type \d+ to delete/);
  if (n < TYPE_COUNT_FROM) {
    if ((await field.count()) > 0) throw new Mismatch(`deleting ${groups(n)} asks for their number typed (only from ${TYPE_COUNT_FROM})`);
    return;
  }
  await expect(field, `deleting ${n} groups asks for their number`).toHaveAccessibleName(`Type ${n} to delete ${n} groups`);
  if (walk.random.chance(0.3)) {
    const wrong = String(walk.random.chance(0.5) ? n + 1 : n - 1);
    walk.log.note(`bulk: type ${wrong} (wrong)`);
    await field.fill(wrong);
    await dialog.getByText(`Type ${n}, the number of groups to delete.`).waitFor();
    if (!(await confirmation(dialog, label)).off) throw new Mismatch(`"${label}" is on with ${wrong} typed`);
  }
  walk.log.note(`bulk: type ${n}`);
  await field.fill(String(n));
}

/** The count shown is the server's: every chosen group's members, and those taking calls. Whether it compared. */
async function compareCount(walk: Walk, said: string, chosen: Chosen[]): Promise<boolean> {
  const counted = /^(\d+) agent assignments? in these groups; (\d+) of them take calls\.$/.exec(said);
  if (!counted) {
    walk.log.note('bulk count: not all groups counted, not compared');
    return true;
  }
  if (chosen.some((group) => walk.colleagueTouches(group.id))) return true;
  const held = new Set((await walk.serverGroupsWithIds()).map((group) => String(group.id)));
  let agents = 0;
  let callers = 0;
  for (const group of chosen) {
    if (!held.has(group.id)) return true;
    const members = await walk.mock.members(walk.account, group.id);
    agents += members.length;
    callers += members.filter((member) => member.receivesCalls).length;
  }
  if (Number(counted[1]) !== agents || Number(counted[2]) !== callers) {
    throw new Mismatch(`the bulk confirmation says "${said}"; the server has ${agents} agent assignments, ${callers} taking calls`);
  }
  return true;
}

/** The report says how many succeeded and names each failure; every group it does not name is changed on the server. */
async function expectOutcome(walk: Walk, verb: Verb, chosen: Chosen[]): Promise<void> {
  const report = walk.page.getByRole('region', { name: 'Bulk actions' }).getByRole('status').filter({ hasText: /groups? (activated|deactivated|deleted)/ });
  if ((await report.count()) === 0) throw new Mismatch(`the bulk ${verb} ended without a report`);
  const text = (await report.first().innerText()).replace(/\s+/g, ' ');
  walk.log.note(`bulk report: ${text.slice(0, 200)}`);
  const failed = chosen.filter((group) => text.includes(`${group.name}: `));
  const succeeded = Number(/(\d+) groups? (?:activated|deactivated|deleted)/.exec(text)?.[1]);
  if (succeeded !== chosen.length - failed.length) {
    throw new Mismatch(`the bulk report says ${succeeded} succeeded and names ${failed.length} failures, of ${chosen.length} groups`);
  }
  const server = new Map((await walk.serverGroupsWithIds()).map((group) => [String(group.id), group]));
  for (const group of chosen) {
    if (failed.includes(group) || walk.colleagueTouches(group.id)) continue;
    const held = server.get(group.id);
    const right = verb === 'Delete' ? held === undefined : held !== undefined && held.active === (verb === 'Activate');
    if (!right) throw new Mismatch(`the bulk ${verb} reports ${group.name} done, but the server holds ${JSON.stringify(held ?? 'no such group')}`);
  }
}
