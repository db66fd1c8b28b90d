import { truthKeepingFault } from './agents-actions';
import { agentsTruth, type AgentsTruth } from './agents-screen';
import { checkPreview, checkReport, json, leavesNobody, same, type CsvRow, type Outcome } from './import-checks';
import { Mismatch } from './mismatch';
import { where } from './screen';
import { settle } from './settle';
import type { Walk } from './walk';

/** 1–3 distinct rows of real ids, now and then an unknown agent among them. */
function pickRows(walk: Walk, truth: AgentsTruth): CsvRow[] {
  const { random } = walk;
  const count = random.int(1, 3);
  const seen = new Set<string>();
  const rows: Omit<CsvRow, 'line'>[] = [];
  // Now and then the one agent taking an active group's calls stops: the import must ask first.
  const lone = truth.groups.flatMap((g) => {
    const callers = (truth.relations.get(g.id) ?? []).filter((r) => r.receivesCalls);
    return g.active && callers.length === 1 && callers[0] ? [{ groupId: g.id, agentId: callers[0].agentId }] : [];
  });
  if (lone.length > 0 && random.chance(0.25)) {
    const { groupId, agentId } = random.pick(lone);
    seen.add(`${groupId} ${agentId}`);
    rows.push({ groupId, agentId, takes: 'no', bad: false });
  }
  for (let i = 0; i < count * 4 && rows.length < count; i++) {
    const groupId = random.pick(truth.groups).id;
    const agentId = random.pick(truth.agents).agentId;
    if (seen.has(`${groupId} ${agentId}`)) continue;
    seen.add(`${groupId} ${agentId}`);
    const takes = random.weighted([['yes', 4], ['no', 3], ['', 1], ['true', 1], ['0', 1]]);
    rows.push({ groupId, agentId, takes, bad: false });
  }
  if (random.chance(0.3)) {
    const bad = { groupId: random.pick(truth.groups).id, agentId: `ag-nobody-${random.int(1, 99)}`, takes: 'yes', bad: true };
    rows.splice(random.int(0, rows.length), 0, bad);
  }
  return rows.map((row, i) => ({ ...row, line: i + 2 }));
}

function csvText(walk: Walk, rows: CsvRow[]): string {
  const columns = walk.random.chance(0.3) ? (['agent_id', 'group_id', 'takes_calls'] as const) : (['group_id', 'agent_id', 'takes_calls'] as const);
  const separator = walk.random.chance(0.2) ? ';' : ',';
  const cells = (row: CsvRow) => ({ group_id: row.groupId, agent_id: row.agentId, takes_calls: row.takes });
  return [columns.join(separator), ...rows.map((row) => columns.map((column) => cells(row)[column]).join(separator))].join('\n');
}

async function appears(locator: { waitFor(options: { timeout: number }): Promise<void> }, timeout: number): Promise<boolean> {
  return locator.waitFor({ timeout }).then(
    () => true,
    () => false,
  );
}

/** The preview's row table: each line's group and outcome (the outcome cell's first text; a detail follows it). */
async function readOutcomes(walk: Walk): Promise<Map<number, Outcome>> {
  const rows = await walk.page.getByRole('table', { name: 'Rows of the file' }).locator('tbody tr').evaluateAll((trs) =>
    trs.flatMap((tr) => {
      const cells = tr.querySelectorAll('td');
      const outcome = cells[3]?.firstChild?.textContent ?? '';
      return cells.length === 4 ? [[Number(cells[0]?.textContent), { group: cells[1]?.textContent ?? '', outcome }] as const] : [];
    }),
  );
  return new Map(rows);
}

/** The lines of a report list ("Billing: done (…)", "Sales: put back"), by group name. */
async function readLines(walk: Walk, list: string): Promise<Map<string, string>> {
  const items = await walk.page.getByRole('main').getByRole('list', { name: list }).locator(':scope > li').allTextContents();
  return new Map(items.map((item) => [item.slice(0, item.indexOf(': ')), item.slice(item.indexOf(': ') + 2).replace(/\s+/g, ' ')] as const));
}

async function openImportPage(walk: Walk): Promise<void> {
  const { page } = walk;
  if (where(page).page === 'agents') {
    await page.getByRole('main').getByRole('link', { name: 'Import CSV', exact: true }).click();
    await page.waitForURL(/\/agents\/import$/);
  } else {
    const another = page.getByRole('main').getByRole('button', { name: 'Import another file' });
    if (await another.isVisible()) await another.click();
  }
  await page.getByRole('heading', { name: 'Import memberships', level: 1 }).waitFor();
}

/**
 * A small import in Add mode: `Import CSV`, rows of real ids pasted (now and then an unknown agent, then
 * `Skip rows with errors`), the preview's outcomes against the server, `Import`, the nobody-takes-calls
 * question when it is owed, and the report against what the server holds; sometimes `Undo this import`.
 */
export async function importCsv(walk: Walk): Promise<void> {
  const { page } = walk;
  const main = page.getByRole('main');
  const truth = await truthKeepingFault(walk);
  if (truth.groups.length === 0 || truth.agents.length === 0) {
    walk.log.note('import: the account has no groups or no agents to name');
    return;
  }
  const rows = pickRows(walk, truth);
  const text = csvText(walk, rows);
  walk.log.note(`import (Add) ${JSON.stringify(text)}`);
  await openImportPage(walk);
  await page.getByRole('radio', { name: 'Add', exact: true }).check();
  await page.getByLabel('Or paste the CSV text').fill(text);
  const failed = main.getByRole('alert').filter({ hasText: /cannot be imported|Could not read the members|Could not load the account/ });
  await main.getByRole('heading', { name: 'Preview', exact: true }).or(failed).first().waitFor({ timeout: 30_000 });
  await settle(page, walk.network);
  if (await failed.first().isVisible()) {
    const why = ((await failed.first().textContent()) ?? '').slice(0, 160);
    walk.log.note(`import: no preview: ${why}`);
    if (!walk.armed) throw new Mismatch(`the import preview failed with no fault armed: ${why}`);
    return;
  }
  const outcomes = await readOutcomes(walk);
  walk.log.note(`preview: ${json([...outcomes.values()].map((o) => o.outcome))}`);
  const changing = checkPreview(walk, truth, rows, outcomes);

  const skip = main.getByRole('checkbox', { name: 'Skip rows with errors' });
  if (await skip.isVisible()) {
    walk.log.note('tick Skip rows with errors');
    await skip.check();
  }
  const importButton = main.getByRole('button', { name: 'Import', exact: true });
  if (!(await importButton.isEnabled())) {
    walk.log.note('import: Import is off (nothing to change)');
    if (changing.length > 0) throw new Mismatch(`Import is off, though rows ${json(changing.map((row) => row.line))} change the server`);
    return;
  }
  await importButton.click();
  await answerNobody(walk, truth, changing);
  await main.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 40_000 });
  await settle(page, walk.network);
  const report = await readLines(walk, 'Outcome by group');
  walk.log.note(`import finished: ${json(Object.fromEntries(report))}`.slice(0, 400));
  const after = await agentsTruth(walk);
  const done = checkReport(walk, truth, after, changing, outcomes, report);
  const undo = main.getByRole('button', { name: 'Undo this import' });
  if (done.length > 0 && walk.random.chance(0.4) && (await undo.isVisible())) await undoImport(walk, truth, after, done);
}

/** The question before an import leaving groups with nobody taking calls: asked exactly when owed, then answered. */
async function answerNobody(walk: Walk, truth: AgentsTruth, changing: CsvRow[]): Promise<void> {
  const question = walk.page.getByRole('dialog', { name: /^Leave (a group|groups) with nobody taking/ });
  const asked = await appears(question, 800);
  const owed = leavesNobody(truth, changing);
  // A colleague's rename or switch may change what the console knows of a group: judged only without a fault.
  if (!walk.armed && asked !== owed.length > 0) {
    throw new Mismatch(`the import ${asked ? 'asked' : 'did not ask'} about groups left with nobody taking calls; by the server ${owed.length > 0 ? `groups ${json(owed)} would be` : 'none would be'}`);
  }
  if (!asked) return;
  walk.log.note(`asked: ${((await question.textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 160)}: Import anyway`);
  await question.getByRole('button', { name: 'Import anyway' }).click();
  await question.waitFor({ state: 'hidden' });
}

/**
 * `Undo this import`: each group put back holds its members from before the import. The walk's read after
 * the import cleared the step's fault, and nobody else changes members: only a group a colleague deleted
 * may fail to go back.
 */
async function undoImport(walk: Walk, before: AgentsTruth, after: AgentsTruth, done: string[]): Promise<void> {
  walk.log.note('Undo this import');
  await walk.page.getByRole('main').getByRole('button', { name: 'Undo this import' }).click();
  await walk.page.getByRole('heading', { name: 'Import undone' }).waitFor({ timeout: 30_000 });
  await settle(walk.page, walk.network);
  const lines = await readLines(walk, 'Import undone');
  walk.log.note(`undone: ${json(Object.fromEntries(lines))}`.slice(0, 400));
  const final = await agentsTruth(walk);
  if (lines.size !== done.length) throw new Mismatch(`Undo this import lists ${lines.size} groups, the import changed ${done.length}`);
  const nameOf = (truth: AgentsTruth, id: string) => truth.groups.find((g) => g.id === id)?.name;
  for (const groupId of done) {
    const line = [before, after, final].map((truth) => lines.get(nameOf(truth, groupId) ?? '')).find((found) => found !== undefined);
    if (line === undefined) {
      if (walk.colleagueTouches(groupId)) continue;
      throw new Mismatch(`Undo this import does not name group ${groupId} (${nameOf(before, groupId)})`);
    }
    if (line !== 'put back') {
      if (walk.colleagueTouches(groupId) && !final.groups.some((g) => g.id === groupId)) continue;
      throw new Mismatch(`Undo this import says group ${groupId}: "${line}", with no fault left and nobody else changing it`);
    }
    if (!same(final.relations.get(groupId), before.relations.get(groupId))) {
      throw new Mismatch(`Undo says group ${groupId} is put back, but the server holds ${json(final.relations.get(groupId))}, not ${json(before.relations.get(groupId))} (after the import: ${json(after.relations.get(groupId))})`);
    }
  }
}
