import { Input, InputBase, Radio, Stack, Text } from '@mantine/core';
import { useId, useRef } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import { CSV_WORDS } from './import-message';
import { MAX_IMPORT_ROWS } from './parse-import-csv';
import type { ImportMode } from './resolve-import';
import type { ImportSource } from './use-import-source';
import classes from './import-page.module.css';

const MODES: ImportMode[] = ['add', 'replace', 'remove'];

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
  const t = useNamespace(agentsImport);
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
        {t.rich('source.help', { ...CSV_WORDS, max: MAX_IMPORT_ROWS, code: (chunks) => <code>{chunks}</code>, em: (chunks) => <em>{chunks}</em> })}
      </Text>
      <Input.Wrapper label={t('source.file')} id={fileId}>
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
        label={t('source.paste')}
        description={source?.kind === 'file' ? t('source.pasteUnused') : undefined}
        value={text}
        onChange={(event) => onTyped(event.currentTarget.value)}
        rows={5}
        spellCheck={false}
        classNames={{ input: classes.paste }}
      />
      <Radio.Group label={t('source.mode')} required value={mode} onChange={(value) => onMode(value as ImportMode)}>
        <Stack gap="xs" mt={4}>
          {MODES.map((m) => (
            <Radio key={m} value={m} label={t(`modes.${m}`)} description={t(`modes.${m}Description`, CSV_WORDS)} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
