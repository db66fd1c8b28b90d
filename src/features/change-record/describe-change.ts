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
      const undid = kind === 'undo';
      if (who) return { alone: `${undid ? 'Undid: ' : ''}${groupName}: members — ${who}`, besideName: `${undid ? 'undid: ' : ''}members — ${who}` };
      const alone: string[] = [];
      const besideName: string[] = [];
      if (before && after && before.name !== after.name) {
        alone.push(`renamed ${before.name} → ${after.name}`);
        besideName.push(`renamed “${before.name}” → “${after.name}”`);
      }
      if (before && after && before.active !== after.active) {
        alone.push(`${after.active ? 'activated' : 'deactivated'} (${status(before)} → ${status(after)})`);
        besideName.push(`${status(before)} → ${status(after)}`);
      }
      const what = (parts: string[]) => (parts.length > 0 ? parts.join(', ') : 'saved without changes');
      return { alone: `${undid ? 'Undid: ' : ''}${groupName}: ${what(alone)}`, besideName: `${undid ? 'undid: ' : ''}${what(besideName)}` };
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
