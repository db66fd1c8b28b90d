/**
 * Words for notifications raised from callbacks: components, not strings, so a notice still on screen
 * reads in the language chosen after it was raised (as src/app/refresh-failed-toast.tsx does).
 */
import type { ReactNode } from 'react';
import type { ChangesTranslator } from '@/features/change-record/changes-text';
import { useNamespace } from '@/i18n/language-provider';
import { changes } from '@/i18n/namespaces/changes';
import { useChangeErrorText } from './use-change-error-text';

function ChangesMessage({ say }: { say: (t: ChangesTranslator) => string }) {
  return say(useNamespace(changes));
}

function ChangeErrorMessage({ error }: { error: unknown }) {
  return useChangeErrorText()(error);
}

/** A notice's words from the changes catalog, in the language on screen whenever it renders. */
export const changesText = (say: (t: ChangesTranslator) => string): ReactNode => <ChangesMessage say={say} />;

/** Why a change failed (useChangeErrorText), in the language on screen whenever it renders. */
export const changeErrorText = (error: unknown): ReactNode => <ChangeErrorMessage error={error} />;
