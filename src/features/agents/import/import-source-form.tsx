import { Input, InputBase, Radio, Stack, Text } from '@mantine/core';
import { useId, useRef } from 'react';
import { MAX_IMPORT_ROWS } from './parse-import-csv';
import type { ImportMode } from './resolve-import';
import type { ImportSource } from './use-import-source';
import classes from './import-page.module.css';

const MODES: { value: ImportMode; label: string; description: string }[] = [
  { value: 'add', label: 'Add', description: 'Adds each agent to the group the row names; nobody leaves. A row’s takes_calls sets whether they take its calls.' },
  { value: 'replace', label: 'Replace', description: 'For each group the file names, the file is its complete membership: agents it does not list leave that group.' },
  { value: 'remove', label: 'Remove', description: 'Removes each agent from the group the row names.' },
];

/**
 * Where the rows come from (a file, or pasted text) and what the import does with them. A chosen file
 * is what is read; typing in the text box lets go of the file, so what is typed is what is previewed.
 */
export function ImportSourceForm({
  source,
  text,
  onSource,
  onText,
  mode,
  onMode,
}: {
  source: ImportSource | null;
  text: string;
  onSource: (source: ImportSource | null) => void;
  onText: (text: string) => void;
  mode: ImportMode | null;
  onMode: (mode: ImportMode) => void;
}) {
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const onFile = (file: File | undefined) => onSource(file ? { kind: 'file', file } : text.trim() ? { kind: 'text', text } : null);
  const onTyped = (value: string) => {
    onText(value);
    if (fileInput.current) fileInput.current.value = '';
    onSource({ kind: 'text', text: value });
  };
  return (
    <Stack gap="md">
      <Text size="sm" id={`${fileId}-help`}>
        The first row names the columns, in any order: <code>group_id</code> or <code>group</code> (the group’s name),{' '}
        <code>agent_id</code> or <code>agent_email</code>, and optionally <code>takes_calls</code> (<code>yes</code> or <code>no</code>; yes
        when left empty and adding). Comma or semicolon separated, UTF-8, up to {MAX_IMPORT_ROWS.toLocaleString('en-US')} rows.{' '}
        <em>Export memberships</em> on the Agents page writes a file in this form.
      </Text>
      <Input.Wrapper label="CSV file" id={fileId}>
        <input
          ref={fileInput}
          id={fileId}
          className={classes.file}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${fileId}-help`}
          onChange={(event) => onFile(event.currentTarget.files?.[0])}
        />
      </Input.Wrapper>
      <InputBase
        component="textarea"
        multiline
        label="Or paste the CSV text"
        description={source?.kind === 'file' ? 'Not used while a file is chosen: typing here lets go of the file.' : undefined}
        value={text}
        onChange={(event) => onTyped(event.currentTarget.value)}
        rows={5}
        spellCheck={false}
        classNames={{ input: classes.paste }}
      />
      <Radio.Group label="Mode" required value={mode} onChange={(value) => onMode(value as ImportMode)}>
        <Stack gap="xs" mt={4}>
          {MODES.map((m) => (
            <Radio key={m.value} value={m.value} label={m.label} description={m.description} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
