import { CloseButton, TextInput } from '@mantine/core';
import { memo, startTransition, useState, type Ref } from 'react';

/**
 * The search field keeps its own text, so a keystroke re-renders only this
 * field; the list hears of the new term as a transition, drawn as soon as the
 * browser has a moment, and never delays the next keystroke.
 */
export const SearchBox = memo(function SearchBox({
  value,
  onChange,
  onBlur,
  inputRef,
}: {
  /** The term the list is filtered by; when it changes from outside (Clear search, a link), the field follows. */
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft) setDraft(value);
  }
  const change = (next: string) => {
    setDraft(next);
    startTransition(() => onChange(next));
  };
  return (
    <TextInput
      aria-label="Search groups"
      ref={inputRef}
      placeholder="Search groups by name"
      type="search"
      value={draft}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={onBlur}
      rightSection={draft ? <CloseButton aria-label="Clear search" onClick={() => change('')} /> : null}
      maw={420}
    />
  );
});
