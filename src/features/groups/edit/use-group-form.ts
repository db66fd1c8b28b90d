/**
 * The state of a group's form (name and status): what was typed, what it was loaded with,
 * and the name's error. Plain React state: two small forms did not pay for a form library's
 * weight (react-hook-form was ~10 kB gzip of a build held to 3× a bare React page).
 * Like before: validated on submit, then again on every change; the name is trimmed.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { groupNameSchema } from './group-name';

export interface GroupFormValues {
  name: string;
  active: boolean;
}

function nameProblem(name: string): string | undefined {
  const parsed = groupNameSchema.safeParse(name);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'Enter a valid name.');
}

export function useGroupForm(initial: GroupFormValues) {
  const [values, setValues] = useState(initial);
  const [loaded, setLoaded] = useState(initial);
  const [nameError, setNameError] = useState<string | undefined>();
  const [submitted, setSubmitted] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const setName = (name: string) => {
    setValues((v) => ({ ...v, name }));
    if (submitted) setNameError(nameProblem(name));
  };
  const setActive = (active: boolean) => setValues((v) => ({ ...v, active }));
  /** Start again from `next` (what the server holds now): nothing typed, no error. */
  const reset = useCallback((next: GroupFormValues) => {
    setValues(next);
    setLoaded(next);
    setNameError(undefined);
    setSubmitted(false);
  }, []);
  /** Checks the name and calls `onValid` with it trimmed; otherwise shows why on the field and focuses it. */
  const handleSubmit = (onValid: (values: GroupFormValues) => unknown) => (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    const problem = nameProblem(values.name);
    setNameError(problem);
    if (problem) {
      nameRef.current?.focus();
      return;
    }
    return onValid({ name: values.name.trim(), active: values.active });
  };
  const isDirty = values.name !== loaded.name || values.active !== loaded.active;
  return { values, isDirty, nameError, nameRef, setName, setActive, setNameError, reset, handleSubmit };
}
