/**
 * How a change reads to a person, said once per kind. A record is read in two places: on its own,
 * naming the group (Recent changes), and beside the group's name (the audit log's Change column and
 * its CSV), where the names are quoted and the group is not named again.
 */
import type { ChangeNote, ChangeRecord, ChangeRefusal, GroupState } from './change-record';
import { englishChanges, statusOf, type ChangesTranslator } from './changes-text';
import { describeDiffByName } from './membership-diff';

/** “Sales”, active — in the translator's language (English without one). */
export function describeState(state: GroupState | undefined, t: ChangesTranslator = englishChanges()): string {
  return state ? t('state', { name: state.name, status: statusOf(state) }) : '';
}

interface Reading {
  alone: string;
  besideName: string;
}

/** A rename and a status change, or both; for an undo, what it put back. */
function stateReading(t: ChangesTranslator, group: string, before: GroupState, after: GroupState, undid: boolean): Reading {
  const renamed = before.name !== after.name;
  const switched = before.active !== after.active;
  const names = { group, from: before.name, to: after.name, status: statusOf(after) };
  const say = (key: 'renamed' | 'switched' | 'renamedAndSwitched' | 'saved'): Reading => {
    const undoKey = ({ renamed: 'renamedBack', switched: 'switchedBack', renamedAndSwitched: 'renamedAndSwitchedBack', saved: 'putBack' } as const)[key];
    const chosen = undid ? undoKey : key;
    return { alone: t(`alone.${chosen}`, names), besideName: t(`besideName.${chosen}`, names) };
  };
  if (renamed && switched) return say('renamedAndSwitched');
  if (renamed) return say('renamed');
  if (switched) return say('switched');
  return say('saved');
}

function read(record: ChangeRecord, t: ChangesTranslator): Reading {
  const { kind, groupName: group, before, after, members } = record;
  const who = members && describeDiffByName(members, t);
  switch (kind) {
    case 'create':
      return {
        alone: t('alone.created', { name: after?.name ?? group }),
        besideName: after ? t('besideName.createdAs', { name: after.name, status: statusOf(after) }) : t('besideName.created'),
      };
    case 'delete':
      return { alone: t('alone.deleted', { name: group }), besideName: t('besideName.deleted') };
    case 'members':
      return who
        ? { alone: t('alone.members', { group, who }), besideName: t('besideName.members', { who }) }
        : { alone: t('alone.membersUnchanged', { group }), besideName: t('besideName.membersUnchanged') };
    case 'update':
    case 'undo': {
      // An undo says what it put back ("renamed back to Billing"), not the move as if it were a fresh change.
      const undid = kind === 'undo';
      if (who) {
        return undid
          ? { alone: t('alone.undidMembers', { group, who }), besideName: t('besideName.undidMembers', { who }) }
          : { alone: t('alone.members', { group, who }), besideName: t('besideName.members', { who }) };
      }
      // Without both states there is nothing to compare: it reads as saved (or put back) without changes.
      const unchanged = { name: group, active: true };
      return before && after ? stateReading(t, group, before, after, undid) : stateReading(t, group, unchanged, unchanged, undid);
    }
  }
}

export interface DescribeOptions {
  /** For a place that shows the group's name beside it (the audit log). */
  besideName?: boolean;
}

/**
 * What the change did, as a sentence that names the group ("Support: deactivated (active → inactive)"),
 * or, with `besideName`, for a place that shows the group's name beside it ("active → inactive").
 * With a translator (`describeChange(record, t)`), in its language; without one, in English (the
 * audit CSV, and callers not converted yet: `describeChange(record, { besideName: true })`).
 */
export function describeChange(record: ChangeRecord, tOrOptions?: ChangesTranslator | DescribeOptions, options?: DescribeOptions): string {
  const t = typeof tOrOptions === 'function' ? tOrOptions : englishChanges();
  const { besideName = false } = (typeof tOrOptions === 'function' ? options : tOrOptions) ?? {};
  const reading = read(record, t);
  return besideName ? reading.besideName : reading.alone;
}

/**
 * What an undo put back, for its notice: "Renewals was renamed back to Billing.", "Support is active again.",
 * from the group as it was just before the undo (`before`) and as the undo left it (`after`).
 */
export function describeUndone(before: GroupState, after: GroupState, t: ChangesTranslator = englishChanges()): string {
  const renamed = before.name !== after.name;
  const switched = before.active !== after.active;
  const values = { from: before.name, to: after.name, name: after.name, status: statusOf(after) };
  if (renamed && switched) return t('undone.renamedAndSwitched', values);
  if (renamed) return t('undone.renamed', values);
  if (switched) return t('undone.switched', values);
  return t('undone.same', values);
}

/** A change's note in the translator's language; without one, in English (what `note` holds). */
export function describeNote(note: ChangeNote, t: ChangesTranslator = englishChanges()): string {
  switch (note.kind) {
    case 'renamedElsewhere':
      return t('notes.renamedElsewhere', { from: note.from, to: note.to });
    case 'membersChangedElsewhere':
      return t('notes.membersChangedElsewhere', { diff: describeDiffByName(note.diff, t) });
    case 'goneAfter':
      return t('notes.goneAfter');
  }
}

/** What a record's note says on screen: from its facts when it has them (older records kept only the English). */
export function noteOf(record: Pick<ChangeRecord, 'note' | 'noteFacts'>, t: ChangesTranslator): string | undefined {
  return record.noteFacts ? describeNote(record.noteFacts, t) : record.note;
}

/** One of the change path's refusals in the translator's language; without one, in English (its Error's `message`). */
export function describeRefusal(refusal: ChangeRefusal, t: ChangesTranslator = englishChanges()): string {
  const values = refusal.since ? { ...refusal.values, since: describeDiffByName(refusal.since, t) } : refusal.values;
  // The key and its values come together from ChangeRefusal, checked where each refusal is made (change-errors.ts).
  const say = t as unknown as (key: `errors.${ChangeRefusal['key']}`, values: object) => string;
  return say(`errors.${refusal.key}`, values);
}
