import { CloseButton, TextInput } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { memo, useLayoutEffect, useRef, useState, type Ref } from 'react';

/**
 * The agents' search field, uncontrolled like the groups list's (a keystroke redraws nothing here
 * but the clear button). `value` is set from outside only (a link to ?q=, Clear search): a new object
 * each time, so setting the same text twice still counts.
 */
export const AgentsSearchBox = memo(function AgentsSearchBox({
  value,
  onChange,
  onBlur,
  inputRef,
}: {
  value: { term: string };
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const ref = useMergedRef(input, inputRef);
  const [hasText, setHasText] = useState(value.term !== '');
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setHasText(value.term !== '');
  }
  useLayoutEffect(() => {
    if (input.current && input.current.value !== value.term) input.current.value = value.term;
  }, [value]);
  const change = (next: string) => {
    setHasText(next !== '');
    onChange(next);
  };
  const clear = () => {
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
    change('');
  };
  return (
    <TextInput
      aria-label="Search agents"
      ref={ref}
      placeholder="Search agents by name or email"
      type="search"
      defaultValue={value.term}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={onBlur}
      rightSection={hasText ? <CloseButton aria-label="Clear search" onClick={clear} /> : null}
      maw={420}
    />
  );
});
