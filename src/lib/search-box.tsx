import { CloseButton, TextInput } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { memo, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';

/**
 * A list's search field. The browser keeps its text (an uncontrolled input), so a
 * keystroke redraws nothing here but the clear button when the field becomes
 * empty or not; the list page decides how the term reaches the list.
 */
export const SearchBox = memo(function SearchBox({
  label,
  placeholder,
  value,
  onChange,
  onBlur,
  inputRef,
}: {
  /** The field's accessible name, e.g. "Search groups". */
  label: string;
  placeholder: string;
  /**
   * Set from outside (Clear search, a link to ?q=): a new object each time, so setting the
   * same text twice still counts. Typing never changes it.
   */
  value: { term: string };
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  const t = useNamespace(common);
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
      aria-label={label}
      ref={ref}
      placeholder={placeholder}
      type="search"
      defaultValue={value.term}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={onBlur}
      rightSection={hasText ? <CloseButton aria-label={t('clearSearch')} onClick={clear} /> : null}
      maw={420}
    />
  );
});
