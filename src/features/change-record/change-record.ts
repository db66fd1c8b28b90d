/**
 * The one record of a change to a group, made once by `changeRecords.emit` and kept by two stores:
 * Recent changes (this tab, with undo) and the audit log (this browser, for good). The app wires
 * the stores to the emitter, so the groups feature and the audit log never import each other.
 * A record holds names, statuses, agents' names and call flags — never emails or credentials.
 */
import { z } from 'zod/mini';
import { agentActions, groupActions, type ApiModule } from '@/api/contract';
import type { ApiErrorFacts, ApiErrorKind } from '@/api/errors';
import type { GroupMember } from '@/api/types';
import { diffOf, type MemberDiff } from './membership-diff';

export interface GroupState {
  name: string;
  active: boolean;
}

export type ChangeKind = 'create' | 'update' | 'delete' | 'members' | 'undo';

export interface ChangeRecord {
  id: string;
  at: number;
  kind: ChangeKind;
  groupId?: string;
  /** The group's name at the time. */
  groupName: string;
  before?: GroupState;
  after?: GroupState;
  /** A membership change (or its undo): who joined, who left, whose call setting changed. */
  members?: MemberDiff;
  /** The whole membership before and after, for Undo: kept in this tab only (the audit log keeps `members`). */
  membersBefore?: GroupMember[];
  membersAfter?: GroupMember[];
  ok: boolean;
  /** DeepCall's reason, when it failed (in English). */
  error?: string;
  /** The same reason as facts, so it reads in the language on screen; absent in older records. */
  errorFacts?: ChangeFailure;
  /** What the supervisor should know beyond the outcome, e.g. a rename made elsewhere that was kept (in English). */
  note?: string;
  /** The same note as facts, so it reads in the language on screen (`describeNote`); absent in older records. */
  noteFacts?: ChangeNote;
  /** An undo: the id of the record it put back (or tried to). */
  undoes?: string;
  /** Set by Recent changes on a change that has been undone. */
  undone?: boolean;
  /** One of several changes made as one (a CSV import, a bulk membership run): ties them together. */
  batch?: ChangeBatch;
}

/** What the supervisor should know beyond "done", as facts: each reads in any language. */
export type ChangeNote =
  | { kind: 'renamedElsewhere'; from: string; to: string }
  | { kind: 'membersChangedElsewhere'; diff: MemberDiff }
  | { kind: 'goneAfter' };

/** Why a change failed: DeepCall's error as the console read it, or the change path's own refusal. */
export type ChangeFailure =
  | { source: 'api'; kind: ApiErrorKind; module: ApiModule; code?: number; httpStatus?: number; serverMessage?: string; facts: ApiErrorFacts }
  | { source: 'change'; refusal: ChangeRefusal };

/** One of the change path's refusals (changes' `errors.<key>`), with its words' values. */
export interface ChangeRefusal {
  key: 'changedElsewhere' | 'cannotUndo' | 'statusNotHeld' | 'nobodyTakesCalls' | 'membersChangedSince' | 'cannotBeUndone';
  values: RefusalValues;
  /** membersChangedSince: the other change, said by name in the language on screen. */
  since?: MemberDiff;
}

/** The words a refusal names: a group's name and status, now and as expected. */
export interface RefusalValues {
  name?: string;
  status?: 'active' | 'inactive';
  nowName?: string;
  nowStatus?: 'active' | 'inactive';
  expectedName?: string;
  expectedStatus?: 'active' | 'inactive';
}

export interface ChangeBatch {
  id: string;
  /** How the whole reads to a person, e.g. "Import of team.csv (Replace)". */
  label: string;
}

/** A new batch's id: unique in this browser. */
export function newBatchId(now = Date.now()): string {
  return `batch-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What the change path knows of a change; `emit` stamps it and keeps only names and call flags of members. */
export type NewChange = Omit<ChangeRecord, 'id' | 'at' | 'members' | 'membersBefore' | 'membersAfter' | 'undone'> & {
  membersBefore?: readonly GroupMember[];
  membersAfter?: readonly GroupMember[];
};

/** Only what is shown and what Undo needs: no emails kept. */
export function slim(members: readonly GroupMember[]): GroupMember[] {
  return members.map(({ agentId, name, receivesCalls }) => ({ agentId, name, receivesCalls }));
}

let counter = 0;

/** The record of `change`, made at `at`. */
export function makeRecord(change: NewChange, at = Date.now()): ChangeRecord {
  const { membersBefore, membersAfter, ...rest } = change;
  const id = `${at.toString(36)}-${(counter++).toString(36)}`;
  if (!membersBefore || !membersAfter) return { ...rest, id, at };
  const before = slim(membersBefore);
  const after = slim(membersAfter);
  return { ...rest, id, at, members: diffOf(before, after), membersBefore: before, membersAfter: after };
}

type Listener = (account: string, record: ChangeRecord) => void;
const listeners = new Set<Listener>();

/** The one place records are made and handed out. */
export const changeRecords = {
  /**
   * Makes the record of a change and hands it to every store. A store that throws neither stops the
   * change nor the other stores: its error is reported as uncaught, after the others had the record.
   */
  emit(account: string, change: NewChange): ChangeRecord {
    const record = makeRecord(change);
    for (const listener of listeners) {
      try {
        listener(account, record);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    return record;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const groupStateSchema = z.object({ name: z.string(), active: z.boolean() });
const memberSchema = z.object({ agentId: z.string(), name: z.string(), receivesCalls: z.boolean() });
const membersSchema = z.array(memberSchema);
const diffSchema = z.object({ add: membersSchema, remove: membersSchema, calls: z.array(z.object({ agent: memberSchema, receivesCalls: z.boolean() })) });
// Only the zod/mini functions the app's other schemas use (object, union, enum…): zod's code is shared
// with the sign-in page, which would pay for any other.
const statusSchema = z.optional(z.enum(['active', 'inactive']));
const failureSchema = z.union([
  z.object({
    source: z.enum(['api']),
    kind: z.enum(['deepcall', 'http', 'network', 'timeout', 'aborted', 'unexpected']),
    module: z.enum(['Group', 'Agent']),
    code: z.optional(z.number()),
    httpStatus: z.optional(z.number()),
    serverMessage: z.optional(z.string()),
    facts: z.object({
      host: z.optional(z.string()),
      timeoutMs: z.optional(z.number()),
      detail: z.optional(z.string()),
      endpoint: z.optional(
        z.union([
          z.object({ module: z.enum(['Group']), action: z.enum(groupActions) }),
          z.object({ module: z.enum(['Agent']), action: z.enum(agentActions) }),
        ]),
      ),
    }),
  }),
  z.object({
    source: z.enum(['change']),
    refusal: z.object({
      key: z.enum(['changedElsewhere', 'cannotUndo', 'statusNotHeld', 'nobodyTakesCalls', 'membersChangedSince', 'cannotBeUndone']),
      values: z.object({
        name: z.optional(z.string()),
        status: statusSchema,
        nowName: z.optional(z.string()),
        nowStatus: statusSchema,
        expectedName: z.optional(z.string()),
        expectedStatus: statusSchema,
      }),
      since: z.optional(diffSchema),
    }),
  }),
]);
const noteSchema = z.union([
  z.object({ kind: z.enum(['renamedElsewhere']), from: z.string(), to: z.string() }),
  z.object({ kind: z.enum(['membersChangedElsewhere']), diff: diffSchema }),
  z.object({ kind: z.enum(['goneAfter']) }),
]);

/** A record as stored; fields beyond these are dropped on reading. */
export const changeRecordSchema = z.object({
  id: z.string(),
  at: z.number(),
  kind: z.enum(['create', 'update', 'delete', 'members', 'undo']),
  groupId: z.optional(z.string()),
  groupName: z.string(),
  before: z.optional(groupStateSchema),
  after: z.optional(groupStateSchema),
  members: z.optional(diffSchema),
  membersBefore: z.optional(membersSchema),
  membersAfter: z.optional(membersSchema),
  ok: z.boolean(),
  error: z.optional(z.string()),
  errorFacts: z.optional(failureSchema),
  note: z.optional(z.string()),
  noteFacts: z.optional(noteSchema),
  undoes: z.optional(z.string()),
  undone: z.optional(z.boolean()),
  batch: z.optional(z.object({ id: z.string(), label: z.string() })),
});

/** A record read back from storage, or undefined when it cannot be read: never cast. */
export function readRecord(value: unknown): ChangeRecord | undefined {
  const parsed = changeRecordSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const record: ChangeRecord = parsed.data;
  const { members, membersBefore, membersAfter } = record;
  // Kept by an earlier version, which stored the memberships without their difference.
  if (!members && membersBefore && membersAfter) return { ...record, members: diffOf(membersBefore, membersAfter) };
  return record;
}
