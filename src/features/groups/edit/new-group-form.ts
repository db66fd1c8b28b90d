import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod/mini';
import { ErrorCode, isApiError, type ApiError } from '@/api/errors';
import { groupFormSchema, type GroupFormValues } from './group-name';

type GroupFormInput = z.input<typeof groupFormSchema>;
export type NewGroupForm = UseFormReturn<GroupFormInput, unknown, GroupFormValues>;

/**
 * The form of a dialog that names a new group (New group, Copy group). Validated like the group's
 * page: on submit, then on every change; the name arrives trimmed; a field in error takes the focus.
 */
export function useNewGroupForm(name: string): NewGroupForm {
  return useForm<GroupFormInput, unknown, GroupFormValues>({
    resolver: zodResolver(groupFormSchema),
    // A new group starts active; the dialogs ask for its name only.
    defaultValues: { name, active: true },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}

/** DeepCall refused the name itself ("name missing"): said on the Name field, not beside the form. */
export function isNameRefusal(error: unknown): error is ApiError {
  return isApiError(error) && error.code === ErrorCode.NameMissing;
}

/** Puts DeepCall's refusal of the name on the Name field, what was typed kept; true when `error` was one. */
export function nameRefused(form: NewGroupForm, error: unknown): boolean {
  if (!isNameRefusal(error)) return false;
  form.setError('name', { type: 'server', message: error.message });
  return true;
}
