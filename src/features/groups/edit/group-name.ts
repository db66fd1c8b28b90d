import { z } from 'zod/mini';
import { GROUP_NAME_MAX } from '@/api/requests';

/** Control characters break exports and reports downstream; everything else printable is allowed. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * What the schema (and DeepCall's 1501) says is wrong with a name, in English: the keys of the groupEdit
 * catalog's `nameInvalid`. The schema keeps English sentences (logs, its tests); the name field shows
 * them in the language on screen by their key (`useNameErrorText`).
 */
export const NAME_PROBLEMS = {
  required: 'Enter a name for the group.',
  tooLong: `Keep the name to ${GROUP_NAME_MAX} characters or fewer.`,
  controlChars: 'Remove the line breaks or control characters from the name.',
  missingOnServer: 'Enter a group name.',
} as const;

export const groupNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, NAME_PROBLEMS.required),
  z.maxLength(GROUP_NAME_MAX, NAME_PROBLEMS.tooLong),
  z.refine((name) => !CONTROL_CHARS.test(name), NAME_PROBLEMS.controlChars),
);

/** "Saved as Sales1 — Sales was taken." when the server changed the name. */
export function renamedNotice(saved: { name: string; requestedName: string }): string | undefined {
  return saved.name !== saved.requestedName ? `Saved as ${saved.name} — ${saved.requestedName} was taken.` : undefined;
}

/** A group's details form (its page; New group uses the name alone): the name as typed is trimmed on submit. */
export const groupFormSchema = z.object({ name: groupNameSchema, active: z.boolean() });
export type GroupFormValues = z.output<typeof groupFormSchema>;

/** The account's names as DeepCall compares them (lower case), each with one spelling as written. */
export interface NameIndex {
  names: Map<string, string>;
  /** Lower-cased names more than one group holds. */
  shared: Set<string>;
}

const indexes = new WeakMap<readonly { name: string }[], NameIndex>();

/** Built once per list read (a list of 50,000 takes a few ms), then shared by every name field. */
export function nameIndexOf(groups: readonly { name: string }[]): NameIndex {
  let index = indexes.get(groups);
  if (!index) {
    index = { names: new Map(), shared: new Set() };
    for (const { name } of groups) {
      const lower = name.toLowerCase();
      if (index.names.has(lower)) index.shared.add(lower);
      else index.names.set(lower, name);
    }
    indexes.set(groups, index);
  }
  return index;
}

/**
 * What DeepCall will store for `typed`, when another group holds that name: it compares names
 * case-insensitively and appends the smallest free number (Billing → Billing1). `ownName` is the
 * group's own name when renaming it (a group never clashes with itself).
 */
export function takenNameFor(index: NameIndex, typed: string, ownName?: string): { existing: string; saved: string } | undefined {
  const name = typed.trim();
  const own = ownName?.toLowerCase();
  const taken = (lower: string) => index.names.has(lower) && (lower !== own || index.shared.has(lower));
  if (name === '' || !taken(name.toLowerCase())) return undefined;
  let n = 1;
  while (taken(`${name}${n}`.toLowerCase())) n++;
  return { existing: index.names.get(name.toLowerCase()) ?? name, saved: `${name}${n}` };
}

/** From this many characters on, the name field counts them against the limit. */
export const NAME_COUNT_FROM = GROUP_NAME_MAX - 20;
