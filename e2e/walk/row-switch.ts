import { expect, twoFramesLater } from '../fixtures';
import { Mismatch } from './checks';
import { readList } from './screen';
import { peekWhatWasSaid } from './said';
import { settle } from './settle';
import type { Walk } from './walk';

/** The group id a row's link leads to. */
export async function rowGroupId(walk: Walk, name: string): Promise<string> {
  const href = (await walk.page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
  return decodeURIComponent(href.split('/').pop() ?? '');
}

/** The server's members of a group (faults cleared), or null when the group is gone. */
async function serverMembers(walk: Walk, groupId: string) {
  const exists = (await walk.serverGroupsWithIds()).some((group) => String(group.id) === groupId);
  return exists ? walk.mock.members(walk.account, groupId) : null;
}

const said = (texts: string[], pattern: RegExp) => texts.some((text) => pattern.test(text));

/**
 * After a row switch was flipped off: a group whose agents take its calls is asked about first
 * ("Deactivate <name>?", focus on Cancel). The walk answers at random — Deactivate, Cancel or Esc —
 * and holds the console to the answer; a switch that went at once must have had nobody taking calls.
 */
export async function answerRowQuestion(walk: Walk, name: string, groupId: string, since: number): Promise<void> {
  const { page, network, random } = walk;
  const question = page.getByRole('dialog', { name: `Deactivate ${name}?`, exact: true });
  // The members are read first: the question (or the switch) follows their reply.
  await settle(page, network);
  await twoFramesLater(page);
  if (await page.getByRole('dialog', { name: 'Your session has ended' }).isVisible()) return;
  if (!(await question.isVisible())) return switchedAtOnce(walk, name, groupId);

  const cancel = question.getByRole('button', { name: 'Cancel', exact: true });
  await expect(cancel, `"Deactivate ${name}?" opens with focus on Cancel`).toBeFocused({ timeout: 2_000 });
  // The count may be read again as the question opens: judge it once it is there.
  await question.getByText('Counting the agents affected…').waitFor({ state: 'hidden', timeout: 20_000 });
  const impact = await question.innerText();
  const answer = random.weighted([
    ['Deactivate', 6],
    ['Cancel', 3],
    ['Esc', 1],
  ] as const);
  walk.log.note(`asked "Deactivate ${name}?" (${impact.replace(/\s+/g, ' ').slice(0, 120)}): ${answer}`);
  if (answer === 'Deactivate') await question.getByRole('button', { name: 'Deactivate', exact: true }).click();
  else if (answer === 'Cancel') await cancel.click();
  else await page.keyboard.press('Escape');
  await question.waitFor({ state: 'hidden' });
  await settle(page, network);

  await checkImpact(walk, name, groupId, since, impact);
  if (answer === 'Deactivate') await expectDeactivated(walk, name, groupId);
  else await expectStillOn(walk, name, groupId, since);
}

/** No question: nobody took the group's calls (or it is gone); else it was switched off without a word. */
async function switchedAtOnce(walk: Walk, name: string, groupId: string): Promise<void> {
  const members = await serverMembers(walk, groupId);
  const callers = members?.filter((member) => member.receivesCalls).length ?? 0;
  walk.log.note(`switched at once (${members === null ? 'the group is gone' : `${callers} agents take its calls`})`);
  if (callers > 0) throw new Mismatch(`${name} was switched off from its row without a question, while ${callers} agents take its calls`);
}

/** The question's count of agents is the server's, unless it says the count failed. */
async function checkImpact(walk: Walk, name: string, groupId: string, since: number, impact: string): Promise<void> {
  const text = impact.replace(/\s+/g, ' ');
  if (/could not be counted/.test(text)) {
    // Only a fault makes a read fail here (one answered 'success' with a body the console cannot read, too).
    if (!walk.armed && !walk.network.membersReadFailedSince(since, groupId)) throw new Mismatch(`"Deactivate ${name}?" says the agents could not be counted, though their read succeeded`);
    return;
  }
  const members = await serverMembers(walk, groupId);
  if (members === null) return;
  const callers = members.filter((member) => member.receivesCalls).length;
  const counted = /(\d+) agents? (?:is|are) assigned; (\d+) of them takes? calls/.exec(text);
  if (!counted) throw new Mismatch(`"Deactivate ${name}?" does not say how many agents take its calls: "${text.slice(0, 160)}"`);
  if (Number(counted[1]) !== members.length || Number(counted[2]) !== callers) {
    throw new Mismatch(`"Deactivate ${name}?" counts ${counted[1]} agents, ${counted[2]} taking calls; the server has ${members.length}, ${callers} taking calls`);
  }
  if (callers === 0) throw new Mismatch(`"Deactivate ${name}?" was asked though nobody takes its calls`);
}

/** Deactivate: the server holds the group inactive, or the console said why not (gone, refused). */
async function expectDeactivated(walk: Walk, name: string, groupId: string): Promise<void> {
  if (await walk.page.getByRole('dialog', { name: 'Your session has ended' }).isVisible()) return;
  const texts = await peekWhatWasSaid(walk.page);
  const server = (await walk.serverGroupsWithIds()).find((group) => String(group.id) === groupId);
  if (walk.colleagueTouches(groupId)) {
    walk.log.note(`deactivated, and a colleague changed it too: the server holds ${JSON.stringify(server ?? 'nothing')}`);
    return;
  }
  if (!server) {
    if (!said(texts, /no longer exists|was not deactivated/)) throw new Mismatch(`${name} is gone from the server after Deactivate, and the console did not say so`);
    return;
  }
  if (server.active && !said(texts, /was not deactivated/)) {
    throw new Mismatch(`Deactivate was answered for ${name}, but the server holds it active and the console did not say it failed`);
  }
}

/** Cancel or Esc: nothing sent for the group, its row still on. */
async function expectStillOn(walk: Walk, name: string, groupId: string, since: number): Promise<void> {
  const sent = walk.network.sentSince(['update'], since, groupId);
  if (sent > 0) throw new Mismatch(`the question for ${name} was cancelled, but ${sent} update request(s) were sent for it`);
  if (walk.colleagueTouches(groupId)) return;
  const server = (await walk.serverGroupsWithIds()).find((group) => String(group.id) === groupId);
  if (server && !server.active) throw new Mismatch(`the question for ${name} was cancelled, but the server holds it inactive`);
  const row = (await readList(walk.page)).rows.find((shown) => shown.name === name);
  if (row && !row.active) throw new Mismatch(`the question for ${name} was cancelled, but its row shows it off`);
}
