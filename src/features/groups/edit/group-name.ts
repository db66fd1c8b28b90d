import { z } from 'zod/mini';
import { GROUP_NAME_MAX } from '@/api/requests';

/** Control characters break exports and reports downstream; everything else printable is allowed. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

export const groupNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter a name for the group.'),
  z.maxLength(GROUP_NAME_MAX, `Keep the name to ${GROUP_NAME_MAX} characters or fewer.`),
  z.refine((name) => !CONTROL_CHARS.test(name), 'Remove the line breaks or control characters from the name.'),
);

/** "Saved as Sales1 — Sales was taken." when the server changed the name. */
export function renamedNotice(saved: { name: string; requestedName: string }): string | undefined {
  return saved.name !== saved.requestedName ? `Saved as ${saved.name} — ${saved.requestedName} was taken.` : undefined;
}

/** A group's details form (its page; New group uses the name alone): the name as typed is trimmed on submit. */
export const groupFormSchema = z.object({ name: groupNameSchema, active: z.boolean() });
export type GroupFormValues = z.output<typeof groupFormSchema>;
