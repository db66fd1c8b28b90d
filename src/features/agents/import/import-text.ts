import { useCallback } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import type { MemberDiff } from '@/features/change-record/membership-diff';
import type { ImportMode } from './resolve-import';
import { CSV_WORDS, type ImportArg, type ImportMessage } from './import-message';

/** The agentsImport namespace's translator, untyped: an ImportMessage's key and arguments are checked where it is made. */
export type ImportTranslate = (key: string, values?: Record<string, string | number>) => string;

/** An ImportMessage said by `t`: lists joined by commas, messages inside translated first, column names as written. */
export function sayImportMessage(t: ImportTranslate, message: ImportMessage): string {
  const arg = (value: ImportArg): string | number =>
    typeof value === 'string' || typeof value === 'number'
      ? value
      : 'key' in value
        ? sayImportMessage(t, value)
        : value.map((item) => (typeof item === 'string' ? item : sayImportMessage(t, item))).join(', ');
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([name, value]) => [name, arg(value)]));
  return t(message.key, { ...CSV_WORDS, ...values });
}

/** Says an ImportMessage of the parser or resolver in the language on screen. */
export function useImportText(): (message: ImportMessage) => string {
  const t = useNamespace(agentsImport) as unknown as ImportTranslate;
  return useCallback((message: ImportMessage) => sayImportMessage(t, message), [t]);
}

/** "Import of members.csv (Add)", in the language on screen (the batch's own label stays English). */
export function useRunLabel(): (run: { name: string; pasted: boolean; mode: ImportMode }) => string {
  const t = useNamespace(agentsImport);
  return useCallback(({ name, pasted, mode }) => t('run.label', { name: pasted ? t('run.pastedText') : name, mode: t(`modes.${mode}`) }), [t]);
}

/** "+3 agents, −1 agent, 2 start taking calls", or "no change". */
export function useDiffText(): (diff: MemberDiff) => string {
  const t = useNamespace(agentsImport);
  return useCallback(
    (diff) => {
      const start = diff.calls.filter((c) => c.receivesCalls).length;
      const stop = diff.calls.length - start;
      const parts = [
        diff.add.length > 0 && t('change.join', { count: diff.add.length }),
        diff.remove.length > 0 && t('change.leave', { count: diff.remove.length }),
        start > 0 && t('change.start', { count: start }),
        stop > 0 && t('change.stop', { count: stop }),
      ].filter((part) => part !== false);
      return parts.length > 0 ? parts.join(', ') : t('change.none');
    },
    [t],
  );
}
