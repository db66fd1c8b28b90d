import { Mismatch } from './checks';
import { readEdit, where } from './screen';
import type { Walk } from './walk';

/** What a group's page holds that the server does not, read off the page just before leaving it. */
export interface PendingOnPage {
  /** The page's address path. */
  path: string;
  /** The Name field differs from the group's name in the heading: an edit not saved. */
  nameEdited: boolean;
  /** The members bar's count, "2 member changes are", while changes wait for Save members. */
  members: string | null;
}

const FORM_SENTENCE = 'Your edit of the group’s name or status is not saved.';

export async function pendingOnPage(walk: Walk): Promise<PendingOnPage | null> {
  if (where(walk.page).page !== 'edit') return null;
  const screen = await readEdit(walk.page);
  if (!screen.form || screen.messages.some((message) => /no longer exists/.test(message))) return null;
  const bar = screen.pendingMembers
    ? await walk.page.getByRole('region', { name: 'Pending member changes' }).innerText().catch(() => '')
    : '';
  return {
    path: new URL(walk.page.url()).pathname,
    nameEdited: screen.form.name.trim() !== screen.heading,
    members: /(\d+ member changes? (?:is|are)) not saved/.exec(bar.replace(/\s+/g, ' '))?.[1] ?? null,
  };
}

async function appears(locator: { waitFor(options: { timeout: number }): Promise<void> }, timeout: number): Promise<boolean> {
  return locator.waitFor({ timeout }).then(
    () => true,
    () => false,
  );
}

/**
 * The question before leaving a page with changes not saved: leave (what was typed is dropped, by the
 * supervisor's choice) or stay. It names exactly what is pending (`before`, read as the walk left), and
 * a page holding an edit must ask.
 */
export async function answerLeaveGuard(walk: Walk, before: PendingOnPage | null): Promise<void> {
  const guard = walk.page.getByRole('dialog', { name: /^Leave (without|while) saving\?$/ });
  const asked = await appears(guard, 600);
  const owed = before !== null && (before.nameEdited || before.members !== null);
  if (!asked) {
    if (owed && new URL(walk.page.url()).pathname !== before.path) {
      throw new Mismatch(`left a group's page without a question while it held ${JSON.stringify(before)}`);
    }
    return;
  }
  await checkQuestion(walk, before);
  if (walk.random.chance(0.6)) {
    const leave = guard.getByRole('button', { name: /^Leave( without saving)?$/ });
    walk.log.note(`guard: ${await leave.innerText()}`);
    await leave.click();
    delete walk.typed.form;
    delete walk.typed.members;
  } else {
    walk.log.note('guard: Stay on this page');
    await guard.getByRole('button', { name: 'Stay on this page' }).click();
  }
  await guard.waitFor({ state: 'hidden' });
}

/** The question's title, sentences and buttons against what the page held. */
async function checkQuestion(walk: Walk, before: PendingOnPage | null): Promise<void> {
  const guard = walk.page.getByRole('dialog', { name: /^Leave (without|while) saving\?$/ });
  const text = (await guard.innerText()).replace(/\s+/g, ' ');
  walk.log.note(`guard says: ${text.slice(0, 200)}`);
  const formNamed = text.includes(FORM_SENTENCE);
  const membersNamed = /\d+ member changes? (?:is|are) not saved\./.exec(text)?.[0];
  if (before?.nameEdited && !formNamed) throw new Mismatch(`the leave question does not name the unsaved edit of the name: "${text}"`);
  if (formNamed && !walk.typed.form) throw new Mismatch(`the leave question names an unsaved edit of the name or status the supervisor did not make: "${text}"`);
  if (before?.members && membersNamed !== `${before.members} not saved.`) {
    throw new Mismatch(`the members bar says "${before.members} not saved", the leave question says "${membersNamed ?? 'nothing about members'}"`);
  }
  if (membersNamed && !before?.members) throw new Mismatch(`the leave question names member changes, the page shows none pending: "${text}"`);
  const lost = (formNamed ? 1 : 0) + (membersNamed ? Number.parseInt(membersNamed, 10) : 0);
  const title = lost > 0 ? 'Leave without saving?' : 'Leave while saving?';
  if (!(await walk.page.getByRole('dialog', { name: title, exact: true }).isVisible())) {
    throw new Mismatch(`the leave question is not titled "${title}": "${text.slice(0, 60)}"`);
  }
  if (lost > 0 && !text.includes(`If you leave now, ${lost === 1 ? 'it is' : 'they are'} lost.`)) {
    throw new Mismatch(`the leave question does not say plainly what is lost: "${text}"`);
  }
}
