/**
 * A sentence of the import said outside React (the parser, the resolver): a key of the agentsImport
 * catalog and its arguments, which the screens translate (useImportText), so the page says it in the
 * language on screen. The English sentences the same code also writes (problem, reason) stay for the
 * failed-rows file, which is read by programs and stays English.
 */
import type { Messages } from 'use-intl';

type Section = 'parse' | 'row' | 'reason';
export type ImportMessageKey = { [S in Section]: `${S}.${keyof Messages['agentsImport'][S] & string}` }[Section];

/** A list is said joined by commas; a message inside one is translated first. */
export type ImportArg = string | number | ImportMessage | readonly (string | ImportMessage)[];

export interface ImportMessage {
  key: ImportMessageKey;
  values?: Readonly<Record<string, ImportArg>>;
}

export const importMessage = (key: ImportMessageKey, values?: Record<string, ImportArg>): ImportMessage => (values ? { key, values } : { key });

/** CSV column names and values, the same in every language: arguments of the messages that name them. */
export const CSV_WORDS = {
  group_id: 'group_id',
  group: 'group',
  agent_id: 'agent_id',
  agent_email: 'agent_email',
  takes_calls: 'takes_calls',
  agent: 'agent',
  reason: 'reason',
  yes: 'yes',
  no: 'no',
} as const;
