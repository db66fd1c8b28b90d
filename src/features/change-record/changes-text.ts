/**
 * The `changes` namespace's translator, and its English one for what stays English whatever the
 * language (the audit CSV, an Error's `message`) and for callers that have no translator.
 */
import { createTranslator, type Messages } from 'use-intl';
import type { useNamespace } from '@/i18n/language-provider';
import english from '@/i18n/messages/en/changes.json';

export type ChangesTranslator = ReturnType<typeof useNamespace<'changes'>>;

let inEnglish: ChangesTranslator | undefined;

/** The same catalog in English, made once (its formatters are cached inside). */
export function englishChanges(): ChangesTranslator {
  inEnglish ??= createTranslator({ locale: 'en', messages: { changes: english } as Messages, namespace: 'changes' }) as unknown as ChangesTranslator;
  return inEnglish;
}

/** A group's status as the catalogs' selects name it. */
export const statusOf = (state: { active: boolean }): 'active' | 'inactive' => (state.active ? 'active' : 'inactive');
