/**
 * The console's messages, typed from the English catalogs (their `.d.json.ts` declarations, written by
 * deploy/precompile-messages.ts): use-intl then checks every key and each message's arguments.
 * A new namespace is a line here and a file in namespaces/ (src/i18n/README.md).
 */
import type common from './messages/en/common.json';
import type errors from './messages/en/errors.json';
import type session from './messages/en/session.json';
import type shell from './messages/en/shell.json';
import type groupsList from './messages/en/groupsList.json';
import type groupEdit from './messages/en/groupEdit.json';
import type agents from './messages/en/agents.json';
import type agentsImport from './messages/en/agentsImport.json';
import type changes from './messages/en/changes.json';
import type audit from './messages/en/audit.json';
import type { Language } from './languages';

declare module 'use-intl' {
  interface AppConfig {
    Locale: Language;
    Messages: {
      common: typeof common;
      errors: typeof errors;
      session: typeof session;
      shell: typeof shell;
      groupsList: typeof groupsList;
      groupEdit: typeof groupEdit;
      agents: typeof agents;
      agentsImport: typeof agentsImport;
      changes: typeof changes;
      audit: typeof audit;
    };
  }
}
