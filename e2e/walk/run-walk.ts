import type { Page } from '@playwright/test';
import { allAgents, backToGroups, openAgent, openAgentsAddress, openAgentsGroup, openAgentsView, refreshAgents, retryAgents, searchAgents, showAgents } from './agents-actions';
import { watchAgentReads } from './agents-checks';
import { readAgents } from './agents-screen';
import { checkScreen, COULD_NOT_REFRESH } from './checks';
import { allGroups, deleteFromEdit, editAndSave, editMembers, resolveForm, resolveMembers } from './edit-actions';
import { chooseFaultKind, makeFault } from './faults';
import { bulk } from './bulk';
import { importCsv } from './import-actions';
import { create, deleteRow, filterStatus, MAX_GROUPS, openGroup, resolveNewGroup, retryLoad, search, toggleRow } from './list-actions';
import { canEndSession, deepLink, reload, sessionEnds, travel, undo } from './nav-actions';
import { takeWhatWasSaid } from './said';
import { readEdit, readList, where } from './screen';
import { settle } from './settle';
import type { Walk } from './walk';

type Step = { name: string; run: (walk: Walk) => Promise<void> };

/** Problems the page reported (uncaught errors, console errors other than failed requests), gathered as they happen. */
export class PageProblems {
  private problems: string[] = [];

  constructor(page: Page, expected: RegExp[]) {
    page.on('pageerror', (error) => this.problems.push(`uncaught error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected.some((pattern) => pattern.test(message.text()))) {
        this.problems.push(`console.error: ${message.text()}`);
      }
    });
  }

  take(): string[] {
    return this.problems.splice(0);
  }
}

/** What a supervisor may do next, where the walk is, with how likely each is. */
async function nextStep(walk: Walk, knownIds: string[], sessionOwed: boolean): Promise<Step> {
  const { page, random, typed } = walk;
  const at = where(page);
  const common: [Step, number][] = [
    [{ name: 'undo', run: undo }, 5],
    [{ name: 'reload', run: reload }, 3],
    [{ name: 'back', run: (w) => travel(w, 'back') }, 4],
    [{ name: 'forward', run: (w) => travel(w, 'forward') }, 2],
    [{ name: 'open an address', run: (w) => deepLink(w, knownIds) }, 2],
  ];
  if (at.page === 'list') {
    // A dialog left open with a failed name comes first: it covers the page.
    if (typed.newGroup !== undefined) return { name: 'resolve the New group dialog', run: resolveNewGroup };
    const list = await readList(page);
    if (list.messages.some((message) => /Could not load groups|Loading stopped/.test(message))) {
      return { name: 'retry loading', run: retryLoad };
    }
    const groups = list.rows.length;
    return random.weighted<Step>([
      [{ name: 'search', run: search }, 6],
      [{ name: 'status filter', run: filterStatus }, 3],
      [{ name: 'create', run: create }, groups < MAX_GROUPS ? 6 : 0],
      [{ name: 'switch a row', run: toggleRow }, 9],
      [{ name: 'delete a row', run: deleteRow }, groups > 3 ? 3 : 0],
      [{ name: 'bulk change', run: bulk }, 7],
      [{ name: 'open a group', run: openGroup }, 9],
      [{ name: 'open the Agents view', run: openAgentsView }, 4],
      [{ name: 'open an Agents address', run: openAgentsAddress }, 2],
      ...common,
    ]);
  }
  // The Agents pages (issue 19): the session is made to end on the groups' pages, so it is owed, the walk heads back.
  const home = sessionOwed ? 20 : 3;
  if (at.page === 'agents') {
    const screen = await readAgents(page);
    if (screen.messages.some((message) => /Could not load agents|Could not read every group/.test(message))) {
      return random.weighted<Step>([[{ name: 'retry loading the agents', run: retryAgents }, 4], [{ name: 'back to the groups', run: backToGroups }, home]]);
    }
    return random.weighted<Step>([
      [{ name: 'search agents', run: searchAgents }, 5],
      [{ name: 'show agents', run: showAgents }, 4],
      [{ name: 'open an agent', run: openAgent }, 5],
      [{ name: 'refresh the agents', run: refreshAgents }, 3],
      [{ name: 'import a small CSV', run: importCsv }, 4],
      [{ name: 'back to the groups', run: backToGroups }, home],
      ...common,
    ]);
  }
  if (at.page === 'agent') {
    return random.weighted<Step>([
      [{ name: 'all agents', run: allAgents }, 8],
      [{ name: 'open one of their groups', run: openAgentsGroup }, 2],
      [{ name: 'retry loading the agent', run: retryAgents }, 1],
      [{ name: 'back to the groups', run: backToGroups }, home],
      ...common,
    ]);
  }
  if (at.page === 'import') {
    return random.weighted<Step>([
      [{ name: 'all agents', run: allAgents }, 6],
      [{ name: 'import another small CSV', run: importCsv }, 2],
      [{ name: 'back to the groups', run: backToGroups }, home],
      ...common,
    ]);
  }
  if (at.page === 'edit') {
    const screen = await readEdit(page);
    if (!screen.form) return random.weighted<Step>([[{ name: 'back to all groups', run: (w) => w.page.getByRole('button', { name: 'Back to all groups' }).or(w.page.getByRole('link', { name: 'Back to all groups' })).first().click() }, 3], [{ name: 'retry', run: async (w) => {
      const retry = w.page.getByRole('main').getByRole('button', { name: 'Retry' });
      if (await retry.isVisible()) await retry.click();
    } }, 2], ...common]);
    if (screen.messages.some((message) => /no longer exists/.test(message))) {
      // The page says the group is gone: Save is off, only leaving makes sense.
      return random.weighted<Step>([[{ name: 'all groups', run: allGroups }, 5], ...common]);
    }
    const pendingForm = typed.form !== undefined && typed.form.groupId === at.groupId;
    const pendingMembers = typed.members !== undefined && typed.members.groupId === at.groupId;
    return random.weighted<Step>([
      [{ name: 'rename', run: (w) => editAndSave(w, 'rename') }, pendingForm ? 0 : 6],
      [{ name: 'switch status and save', run: (w) => editAndSave(w, 'status') }, pendingForm ? 0 : 4],
      [{ name: 'rename and switch', run: (w) => editAndSave(w, 'both') }, pendingForm ? 0 : 2],
      [{ name: 'resolve the unsaved form', run: resolveForm }, pendingForm ? 8 : 0],
      [{ name: 'edit members', run: editMembers }, pendingMembers ? 0 : 8],
      [{ name: 'resolve pending members', run: resolveMembers }, pendingMembers ? 6 : 0],
      [{ name: 'delete the group', run: deleteFromEdit }, 1],
      [{ name: 'all groups', run: allGroups }, 6],
      ...common,
    ]);
  }
  return { name: 'back to the groups', run: async (w) => void (await w.page.goto('/groups')) };
}

/** The group a colleague changes this step: the one on screen, or one of those listed. */
async function faultTarget(walk: Walk) {
  const groups = await walk.serverGroupsWithIds();
  const at = where(walk.page);
  if (at.page === 'edit') {
    const shown = groups.find((group) => String(group.id) === at.groupId);
    if (shown && walk.random.chance(0.8)) return shown;
  }
  return groups.length > 0 ? walk.random.pick(groups) : undefined;
}

export async function runWalk(walk: Walk, steps: number, problems: PageProblems): Promise<void> {
  const knownIds: string[] = [];
  watchAgentReads(walk.page);
  const expiryAt = Math.floor(steps * (0.25 + walk.random.next() * 0.5));
  for (let index = 1; index <= steps; index++) {
    walk.index = index;
    const endSession = index >= expiryAt && !walk.sessionEnded && !walk.typed.newGroup && !walk.typed.form && !walk.typed.members && (await canEndSession(walk));
    const step: Step = endSession ? { name: 'session ends while typing', run: sessionEnds } : await nextStep(walk, knownIds, index >= expiryAt && !walk.sessionEnded);
    walk.log.step(index, step.name, { at: new URL(walk.page.url()).pathname + new URL(walk.page.url()).search });
    const held = await walk.serverGroupsWithIds();
    walk.heldAtStart = new Set(held.map((group) => String(group.id)));
    for (const group of held) if (!knownIds.includes(String(group.id))) knownIds.push(String(group.id));
    const kind = step.name === 'session ends while typing' ? null : chooseFaultKind(walk.random);
    walk.armed = null;
    if (kind) {
      const fault = makeFault(walk.random, kind, await faultTarget(walk));
      if (fault) {
        walk.log.note(`fault: ${JSON.stringify(fault)}`);
        await walk.mock.fault(walk.account, fault);
        walk.armed = fault;
      }
    }
    await step.run(walk);
    await settle(walk.page, walk.network);
    if (await walk.page.getByRole('dialog', { name: 'Your session has ended' }).isVisible()) {
      walk.log.note('the session ended: sign in again');
      await walk.signInAgain();
      await settle(walk.page, walk.network);
    }
    const said = await takeWhatWasSaid(walk.page);
    for (const text of said) walk.log.note(`console said: ${text}`);
    if (said.some((text) => COULD_NOT_REFRESH.test(text))) walk.staleSince ??= Date.now();
    await checkScreen(walk);
    const reported = problems.take();
    if (reported.length > 0) throw new Error(`the page reported errors: ${reported.join(' | ')}`);
  }
}
