/**
 * The file or pasted text an import reads, parsed as it is chosen. A bad file's message replaces only
 * the preview: the mode and the pasted text stay where they are.
 */
import { useEffect, useState } from 'react';
import { importMessage, type ImportMessage } from './import-message';
import { parseImportCsv, type ImportColumns, type ImportRow } from './parse-import-csv';

export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

export type ParseState =
  | { status: 'none' }
  | { status: 'reading' }
  | { status: 'unreadable'; problem: string; message: ImportMessage }
  /** `name`: the source's English name (batch labels); `pasted`: the screens say "pasted text" in their language. */
  | { status: 'read'; rows: ImportRow[]; columns: ImportColumns; name: string; pasted: boolean };

/** Typing or pasting settles for this long before the text is read again: 50,000 rows are read once, not per keystroke. */
const TEXT_PAUSE_MS = 250;

/** What the import calls its source in the batch label and the report: the file's name, or "pasted text". */
export function sourceName(source: ImportSource): string {
  return source.kind === 'file' ? source.file.name : 'pasted text';
}

export function useImportSource(source: ImportSource | null): ParseState {
  const [state, setState] = useState<ParseState>({ status: 'none' });
  useEffect(() => {
    if (!source || (source.kind === 'text' && source.text.trim() === '')) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    setState({ status: 'reading' });
    const timer = setTimeout(
      () => {
        parseImportCsv(source.kind === 'file' ? source.file : source.text).then(
          (parsed) => {
            if (!current) return;
            setState(
              parsed.ok
                ? { status: 'read', rows: parsed.rows, columns: parsed.columns, name: sourceName(source), pasted: source.kind === 'text' }
                : { status: 'unreadable', problem: parsed.problem, message: parsed.message },
            );
          },
          (error: unknown) => {
            // The CSV reader is its own chunk: offline, it may not load.
            if (!current) return;
            const reason = error instanceof Error ? error.message : String(error);
            setState({
              status: 'unreadable',
              problem: `The CSV reader could not be loaded (${reason}). Check the connection and try again.`,
              message: importMessage('parse.readerFailed', { reason }),
            });
          },
        );
      },
      source.kind === 'text' ? TEXT_PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source]);
  return state;
}
