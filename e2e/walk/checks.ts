import type { ServerMember } from '../fixtures';
import { checkAgent, checkAgents, checkImportPage } from './agents-checks';
import { agreeing, Mismatch } from './mismatch';
import { byName, readEdit, readList, where, type EditScreen, type ListScreen } from './screen';
import type { Walk } from './walk';

const json = (value: unknown) => JSON.stringify(value);
const said = (messages: string[], pattern: RegExp) => messages.some((message) => pattern.test(message));

/** The console's own words for "this is older than the server": the walk excuses nothing else. */
const COULD_NOT_REFRESH = /Could not refresh/;

/** After every step: the screen agrees with the mock, allowing only for what the console says is pending or failed. */
export async function checkScreen(walk: Walk): Promise<void> {
  const at = where(walk.page);
  if (at.page === 'list') return checkList(walk);
  if (at.page === 'edit') return checkEdit(walk, at.groupId);
  if (at.page === 'agents') return checkAgents(walk);
  if (at.page === 'agent') return checkAgent(walk, at.agentId);
  if (at.page === 'import') return checkImportPage(walk);
  throw new Mismatch(`the walk is on ${at.path}, which it never goes to`);
}

function expectedRows(truth: { name: string; active: boolean }[], screen: ListScreen) {
  const term = screen.term.trim().toLowerCase();
  return truth.filter(
    (group) =>
      group.name.toLowerCase().includes(term) && (screen.status === 'all' || group.active === (screen.status === 'active')),
  );
}

async function checkList(walk: Walk): Promise<void> {
  await checkNewGroupDialog(walk);
  const first = await readList(walk.page);
  if (said(first.messages, /Could not load groups|Loading stopped/)) {
    walk.log.note(`the list is not loaded, and says so: ${first.messages.join(' | ').slice(0, 160)}`);
    return;
  }
  const truth = await walk.truth();
  const { value: screen, problem } = await agreeing(
    () => readList(walk.page),
    (screen) => {
      const expected = byName(expectedRows(truth, screen));
      const shown = byName(screen.rows);
      return json(shown) === json(expected)
        ? null
        : `the list (search "${screen.term}", ${screen.status}) shows ${json(shown)}, the server holds ${json(expected)}`;
    },
  );
  if (!problem) {
    walk.staleSince = null;
    return;
  }
  if (walk.staleSince !== null && !walk.network.readOkSince(walk.staleSince)) {
    walk.log.note(`excused, the console said it could not refresh: ${problem}`);
    return;
  }
  throw new Mismatch(`${problem}${screen.messages.length ? ` (the page says: ${screen.messages.join(' | ')})` : ''}`);
}

async function checkNewGroupDialog(walk: Walk): Promise<void> {
  const dialog = walk.page.getByRole('dialog', { name: 'New group' });
  const open = await dialog.isVisible();
  const typed = walk.typed.newGroup;
  if (typed === undefined) {
    if (open) throw new Mismatch('the New group dialog is open, though the walk closed it or created the group');
    return;
  }
  if (!open) throw new Mismatch(`the New group dialog closed, though "${typed}" was not created`);
  const value = await dialog.getByLabel('Name').inputValue();
  if (value !== typed) throw new Mismatch(`the New group dialog lost what was typed: "${typed}" became "${value}"`);
  const why = await dialog.getByRole('alert').allTextContents();
  if (why.length === 0) throw new Mismatch(`the New group dialog keeps "${typed}" without saying why it was not created`);
}

async function checkEdit(walk: Walk, groupId: string): Promise<void> {
  const first = await readEdit(walk.page);
  if (first.heading === 'Could not load the group') {
    walk.log.note(`the group did not load, and the page says so: ${first.messages.join(' | ').slice(0, 160)}`);
    return;
  }
  const groups = await walk.serverGroupsWithIds();
  const server = groups.find((group) => String(group.id) === groupId);
  const serverMembers = server ? await walk.mock.sortedMembers(walk.account, groupId) : [];
  const { value: screen, problem } = await agreeing(
    () => readEdit(walk.page),
    (screen) => editProblem(walk, groupId, screen, server, serverMembers),
  );
  if (!problem) return;
  if (walk.staleSince !== null && !walk.network.readOkSince(walk.staleSince, groupId) && server) {
    walk.log.note(`excused, the console said it could not refresh: ${problem}`);
    return;
  }
  throw new Mismatch(`${problem}${screen.messages.length ? ` (the page says: ${screen.messages.join(' | ')})` : ''}`);
}

function editProblem(
  walk: Walk,
  groupId: string,
  screen: EditScreen,
  server: { name: string; active: boolean } | undefined,
  serverMembers: ServerMember[],
): string | null {
  if (screen.heading === 'Group not found') return server ? `the page says group ${groupId} was not found, but the server holds ${JSON.stringify(server)}` : null;
  if (screen.heading === 'Could not load the group') return null;
  if (!screen.form) return `the edit page shows no form (heading "${screen.heading}")`;
  const gone = said(screen.messages, /no longer exists/);
  const typed = walk.typed.form?.groupId === groupId ? walk.typed.form : undefined;
  const typedMembers = walk.typed.members?.groupId === groupId ? walk.typed.members : undefined;
  if (typed && (screen.form.name !== typed.name || screen.form.active !== typed.active)) {
    return `what was typed was lost: the form holds ${json(screen.form)}, the supervisor typed ${json({ name: typed.name, active: typed.active })}`;
  }
  if (typedMembers && json(byName(screen.members ?? [])) !== json(byName(typedMembers.shown))) {
    return `the members edit was lost: the table shows ${json(byName(screen.members ?? []))}, the supervisor left ${json(byName(typedMembers.shown))}`;
  }
  if (!server) {
    return gone ? null : `group ${groupId} is deleted on the server, but the page shows "${screen.heading}" with no word about it`;
  }
  if (gone) return `the page says the group no longer exists, but the server holds ${json(server)}`;
  if (screen.heading !== server.name) return `the heading says "${screen.heading}", the server holds "${server.name}"`;
  if (typed) {
    if (typed.sent && !said(screen.messages, /Not saved|Changed elsewhere|Stopped waiting/)) {
      return `the form keeps ${json(screen.form)} unsaved (the server holds ${json(server)}) without saying why`;
    }
  } else if (screen.form.name !== server.name || screen.form.active !== server.active) {
    return `the form shows ${json(screen.form)}, the server holds ${json(server)}`;
  }
  if (screen.members === null) {
    return said(screen.messages, /Could not load the agents/) ? null : 'the members are not shown, and the page does not say why';
  }
  if (typedMembers) {
    if (!screen.pendingMembers) return 'the members edit shows no pending changes and no way to save them';
    if (typedMembers.sent && !said(screen.messages, /Members not saved|no longer exists/)) {
      return 'the members edit is still pending after Save members, and the page does not say why';
    }
    return null;
  }
  if (screen.pendingMembers) return 'the page shows pending member changes the supervisor did not make';
  const shown = byName(screen.members);
  return json(shown) === json(byName(serverMembers)) ? null : `the members table shows ${json(shown)}, the server holds ${json(byName(serverMembers))}`;
}

export { COULD_NOT_REFRESH, Mismatch };
