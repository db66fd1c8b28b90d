/** The change path's refusals: each one means nothing was sent, and says why in the supervisor's words. */
import { isApiError } from '@/api/errors';
import type { ChangeFailure, ChangeRefusal, GroupState } from '@/features/change-record/change-record';
import { statusOf, type ChangesTranslator } from '@/features/change-record/changes-text';
import { describeRefusal } from '@/features/change-record/describe-change';
import type { MemberDiff } from '@/features/change-record/membership-diff';

/**
 * A refusal of the change path, kept as facts (`refusal`, also in the change's record): `describe(t)`
 * says it in the language on screen (useChangeErrorText); `message` is the same sentence in English,
 * for logs and callers not converted yet.
 */
export class ChangeError extends Error {
  override name = 'ChangeError';
  constructor(readonly refusal: ChangeRefusal) {
    super(describeRefusal(refusal));
  }

  describe(t: ChangesTranslator): string {
    return describeRefusal(this.refusal, t);
  }
}

export function isChangeError(error: unknown): error is ChangeError {
  return error instanceof ChangeError;
}

/** Save stopped: the group changed elsewhere since the form was loaded. */
export class ChangedElsewhereError extends ChangeError {
  override name = 'ChangedElsewhereError';
  constructor(
    readonly theirs: GroupState,
    readonly yours: GroupState,
  ) {
    super({ key: 'changedElsewhere', values: { name: theirs.name, status: statusOf(theirs) } });
  }
}

export function isChangedElsewhere(error: unknown): error is ChangedElsewhereError {
  return error instanceof ChangedElsewhereError;
}

/** Undo refused: the group no longer holds the state the change left it in. */
export class CannotUndoError extends ChangeError {
  override name = 'CannotUndoError';
  constructor(
    expected: GroupState,
    readonly now: GroupState,
  ) {
    super({
      key: 'cannotUndo',
      values: { nowName: now.name, nowStatus: statusOf(now), expectedName: expected.name, expectedStatus: statusOf(expected) },
    });
  }
}

/**
 * DeepCall answered that the update was made, but reading the group back shows its status as it was
 * (an answer the console could not read, or a colleague switching it back at once): not counted as done.
 */
export class StatusNotHeldError extends ChangeError {
  override name = 'StatusNotHeldError';
  constructor(readonly held: GroupState) {
    super({ key: 'statusNotHeld', values: { name: held.name, status: statusOf(held) } });
  }
}

/** A membership change that would leave an active group with nobody taking its calls, not yet agreed. */
export class NobodyTakesCallsError extends ChangeError {
  override name = 'NobodyTakesCallsError';
  constructor(groupName: string) {
    super({ key: 'nobodyTakesCalls', values: { name: groupName } });
  }
}

/** Undo of a membership change refused: the members changed again since (`since`: that other change). */
export class MembersChangedSinceError extends ChangeError {
  override name = 'MembersChangedSinceError';
  constructor(since: MemberDiff) {
    super({ key: 'membersChangedSince', values: {}, since });
  }
}

/** A record that holds nothing to put back. */
export class CannotBeUndoneError extends ChangeError {
  override name = 'CannotBeUndoneError';
  constructor() {
    super({ key: 'cannotBeUndone', values: {} });
  }
}

/** Why a change failed, as facts its record keeps (so the reason reads in any language later); none for other errors. */
export function failureOf(error: unknown): ChangeFailure | undefined {
  if (isChangeError(error)) return { source: 'change', refusal: error.refusal };
  if (!isApiError(error)) return undefined;
  const { kind, module, code, httpStatus, serverMessage, facts } = error;
  return {
    source: 'api',
    kind,
    module,
    facts,
    ...(code !== undefined ? { code } : {}),
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    ...(serverMessage !== undefined ? { serverMessage } : {}),
  };
}
