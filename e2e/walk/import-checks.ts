/** The small import's checks: the preview's row outcomes, the nobody-takes-calls question and the report, against the server. */
import { Mismatch } from './mismatch';
import type { AgentsTruth, Relation } from './agents-screen';
import type { Walk } from './walk';

/** One row of the pasted CSV; `bad` names an agent the account does not have (an error row). */
export interface CsvRow {
  line: number;
  groupId: string;
  agentId: string;
  takes: string;
  bad: boolean;
}

/** What the preview says of a row: the group as named there, and the outcome ("will join", "error: …"). */
export type Outcome = { group: string; outcome: string };

const YES = new Set(['yes', 'true', '1']);
export const json = (value: unknown) => JSON.stringify(value);

/** What an Add row asks of the server, and the preview's word for it against the memberships as held. */
export function wanted(truth: AgentsTruth, row: CsvRow): { verdict: string; calls: boolean } {
  const was = truth.relations.get(row.groupId)?.find((r) => r.agentId === row.agentId);
  const calls = row.takes === '' ? (was?.receivesCalls ?? true) : YES.has(row.takes.toLowerCase());
  const verdict = !was ? 'will join' : was.receivesCalls !== calls ? (calls ? 'will take calls' : 'will stop taking calls') : 'already so';
  return { verdict, calls };
}

/** Each row's outcome in the preview is the server's; returns the rows that change something (not in error). */
export function checkPreview(walk: Walk, truth: AgentsTruth, rows: CsvRow[], outcomes: Map<number, Outcome>): CsvRow[] {
  const changing: CsvRow[] = [];
  for (const row of rows) {
    const got = outcomes.get(row.line)?.outcome;
    if (got === undefined) throw new Mismatch(`the import preview lists no row ${row.line}`);
    if (row.bad) {
      if (!got.startsWith('error: unknown agent') && !(walk.armed && got.startsWith('error:'))) throw new Mismatch(`row ${row.line} names no agent of the account (${row.agentId}), the preview says "${got}"`);
      continue;
    }
    const { verdict } = wanted(truth, row);
    if (got.startsWith('error:') && walk.armed) {
      walk.log.note(`row ${row.line} in error under the step's fault: ${got}`);
      continue;
    }
    if (got !== verdict) {
      throw new Mismatch(`row ${row.line} (group ${row.groupId}, agent ${row.agentId}, takes_calls "${row.takes}"): the preview says "${got}", the server's memberships make it "${verdict}"`);
    }
    if (verdict !== 'already so') changing.push(row);
  }
  return changing;
}

/** Whether the changing rows leave an active group that had someone taking its calls with nobody. */
export function leavesNobody(truth: AgentsTruth, changing: CsvRow[]): string[] {
  const groups = [...new Set(changing.map((row) => row.groupId))];
  return groups.filter((groupId) => {
    const group = truth.groups.find((g) => g.id === groupId);
    const before = truth.relations.get(groupId) ?? [];
    const after = new Map(before.map((r) => [r.agentId, r.receivesCalls]));
    for (const row of changing) if (row.groupId === groupId) after.set(row.agentId, wanted(truth, row).calls);
    return !!group?.active && before.some((r) => r.receivesCalls) && ![...after.values()].some(Boolean);
  });
}

export const same = (a: Relation[] | undefined, b: Relation[] | undefined) => json(a) === json(b);

/** The report against the server: a done group holds its rows, a failed one (only under a fault) is as before. Returns the done groups' ids. */
export function checkReport(walk: Walk, before: AgentsTruth, after: AgentsTruth, changing: CsvRow[], outcomes: Map<number, Outcome>, report: Map<string, string>): string[] {
  const done: string[] = [];
  for (const groupId of new Set(changing.map((row) => row.groupId))) {
    const rows = changing.filter((row) => row.groupId === groupId);
    const name = outcomes.get(rows[0]?.line ?? 0)?.group ?? groupId;
    const line = report.get(name);
    const gone = !after.groups.some((g) => g.id === groupId);
    if (walk.colleagueTouches(groupId) && (gone || !line)) {
      walk.log.note(`${name}: a colleague changed it during the import (${line ?? 'not named'})`);
      continue;
    }
    if (!line) throw new Mismatch(`the import report does not name ${name}, which rows ${json(rows.map((row) => row.line))} change`);
    if (line.startsWith('done')) {
      done.push(groupId);
      const held = after.relations.get(groupId) ?? [];
      for (const row of rows) {
        const relation = held.find((r) => r.agentId === row.agentId);
        const calls = wanted(before, row).calls;
        if (relation?.receivesCalls !== calls) {
          throw new Mismatch(`the report says ${name} is done, but the server holds agent ${row.agentId} ${relation ? `taking calls: ${relation.receivesCalls}` : 'not in it'}; row ${row.line} asks for takes calls: ${calls}`);
        }
      }
    } else {
      if (!walk.armed) throw new Mismatch(`the import says ${name}: "${line}" with no fault armed`);
      if (!gone && !same(after.relations.get(groupId), before.relations.get(groupId))) {
        throw new Mismatch(`the import says ${name}: "${line}", but the server's members changed: ${json(before.relations.get(groupId))} → ${json(after.relations.get(groupId))}`);
      }
    }
  }
  return done;
}
