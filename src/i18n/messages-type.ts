/**
 * The console's messages, typed from the English catalogs (their `.d.json.ts` declarations, written by
 * deploy/precompile-messages.ts): use-intl then checks every key and each message's arguments.
 * A new namespace is a line here and a file in namespaces/ (src/i18n/README.md).
 */
import type common from './messages/en/common.json';
import type errors from './messages/en/errors.json';
import type session from './messages/en/session.json';
import type shell from './messages/en/shell.json';
import type { Language } from './languages';

declare module 'use-intl' {
  interface AppConfig {
    Locale: Language;
    Messages: {
      common: typeof common;
      errors: typeof errors;
      session: typeof session;
      shell: typeof shell;
    };
  }
}
