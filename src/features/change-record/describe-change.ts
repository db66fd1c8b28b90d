/**
 * How a change reads to a person, said once per kind. A record is read in two places: on its own,
 * naming the group (Recent changes), and beside the group's name (the audit log's Change column and
 * its CSV), where the names are quoted and the group is not named again.
 */
import type { ChangeRecord, GroupState } from './change-record';
import { describeDiffByName } from './membership-diff';

/** “Sales”, active */
export function describeState(state: GroupState | undefined): string {
  return state ? `“${state.name}”, ${state.active ? 'active' : 'inactive'}` : '';
}

interface Reading {
  alone: string;
  besideName: string;
}

const status = (state: GroupState) => (state.active ? 'active' : 'inactive');

/** A rename and a status change as parts of a sentence; for an undo, what it put back. */
function stateParts(before: GroupState, after: GroupState, undid: boolean): { alone: string[]; besideName: string[] } {
  const alone: string[] = [];
  const besideName: string[] = [];
  if (before.name !== after.name) {
    alone.push(undid ? `renamed back to ${after.name}` : `renamed ${before.name} → ${after.name}`);
    besideName.push(undid ? `renamed back to “${after.name}”` : `renamed “${before.name}” → “${after.name}”`);
  }
  if (before.active !== after.active) {
    const flow = `${status(before)} → ${status(after)}`;
    const verb = after.active ? 'activated' : 'deactivated';
    alone.push(undid ? `${verb} again (${flow})` : `${verb} (${flow})`);
    besideName.push(undid ? `${status(after)} again (${flow})` : flow);
  }
  return { alone, besideName };
}

function read(record: ChangeRecord): Reading {
  const { kind, groupName, before, after, members } = record;
  const who = members && describeDiffByName(members);
  switch (kind) {
    case 'create':
      return { alone: `Created ${after?.name ?? groupName}`, besideName: `created${after ? ` as ${describeState(after)}` : ''}` };
    case 'delete':
      return { alone: `Deleted ${groupName}`, besideName: 'deleted' };
    case 'members':
      return { alone: `${groupName}: members — ${who ?? 'not changed'}`, besideName: `members — ${who ?? 'no change'}` };
    case 'update':
    case 'undo': {
      // An undo says what it put back ("renamed back to Billing"), not the move as if it were a fresh change.
      const undid = kind === 'undo';
      if (who) return { alone: `${undid ? 'Undid: ' : ''}${groupName}: members — ${who}`, besideName: `${undid ? 'undid: ' : ''}members — ${who}` };
      const parts = before && after ? stateParts(before, after, undid) : { alone: [], besideName: [] };
      const nothing = undid ? 'put back as it was (nothing to change)' : 'saved without changes';
      const what = (said: string[]) => (said.length > 0 ? said.join(', ') : nothing);
      return { alone: `${groupName}: ${what(parts.alone)}`, besideName: what(parts.besideName) };
    }
  }
}

/**
 * What the change did, as a sentence that names the group ("Support: deactivated (active → inactive)"),
 * or, with `besideName`, for a place that shows the group's name beside it ("active → inactive").
 */
export function describeChange(record: ChangeRecord, { besideName = false }: { besideName?: boolean } = {}): string {
  const reading = read(record);
  return besideName ? reading.besideName : reading.alone;
}

/**
 * What an undo put back, for its notice: "Renewals was renamed back to Billing.", "Support is active again.",
 * from the group as it was just before the undo (`before`) and as the undo left it (`after`).
 */
export function describeUndone(before: GroupState, after: GroupState): string {
  const renamed = before.name !== after.name;
  const switched = before.active !== after.active;
  if (renamed && switched) return `${before.name} was renamed back to ${after.name} and is ${status(after)} again.`;
  if (renamed) return `${before.name} was renamed back to ${after.name}.`;
  if (switched) return `${after.name} is ${status(after)} again.`;
  return `${after.name} is as it was.`;
}
