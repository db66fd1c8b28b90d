/** The change path's refusals: each one means nothing was sent, and says why in the supervisor's words. */
import type { GroupState } from '@/features/change-record/change-record';
import { describeState } from '@/features/change-record/describe-change';

/** Save stopped: the group changed elsewhere since the form was loaded. */
export class ChangedElsewhereError extends Error {
  override name = 'ChangedElsewhereError';
  constructor(
    readonly theirs: GroupState,
    readonly yours: GroupState,
  ) {
    super(`This group was changed elsewhere since you opened it (it is now ${describeState(theirs)}). Nothing was saved.`);
  }
}

export function isChangedElsewhere(error: unknown): error is ChangedElsewhereError {
  return error instanceof ChangedElsewhereError;
}

/** Undo refused: the group no longer holds the state the change left it in. */
export class CannotUndoError extends Error {
  override name = 'CannotUndoError';
  constructor(
    expected: GroupState,
    readonly now: GroupState,
  ) {
    super(
      `It was changed again since (it is now ${describeState(now)}, not ${describeState(expected)}); undoing would overwrite that change. Nothing was sent.`,
    );
  }
}

/**
 * DeepCall answered that the update was made, but reading the group back shows its status as it was
 * (an answer the console could not read, or a colleague switching it back at once): not counted as done.
 */
export class StatusNotHeldError extends Error {
  override name = 'StatusNotHeldError';
  constructor(readonly held: GroupState) {
    super(
      `DeepCall answered, but reading ${held.name} back shows it still ${held.active ? 'active' : 'inactive'}: the change did not hold. Try again, or check whether someone switched it back.`,
    );
  }
}

/** A membership change that would leave an active group with nobody taking its calls, not yet agreed. */
export class NobodyTakesCallsError extends Error {
  override name = 'NobodyTakesCallsError';
  constructor(groupName: string) {
    super(`After this change nobody would take ${groupName}’s calls. Nothing was sent.`);
  }
}

/** Undo of a membership change refused: the members changed again since. */
export class MembersChangedSinceError extends Error {
  override name = 'MembersChangedSinceError';
  constructor(since: string) {
    super(`The members changed again since (${since}); undoing would overwrite that change. Nothing was sent.`);
  }
}
