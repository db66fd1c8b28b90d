import { use, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider, useLocale, useTranslations, type IntlError, type Messages } from 'use-intl';
import { catalogs, isLoaded, loadNamespace, type Namespace, type NamespaceName } from './catalogs';
import { languageStore } from './language-store';

/** Dates and times read in the supervisor's own zone, said once so formatting never falls back silently. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A missing message is a bug (tests fail on console.error); the rest of use-intl's notices are not. */
function onError(error: IntlError): void {
  if (error.code !== 'ENVIRONMENT_FALLBACK') console.error(error);
}

/**
 * The console's words in the chosen language. Switching re-renders the tree in place (the provider
 * never remounts it), so what was typed stays.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.get);
  return (
    <IntlProvider locale={language} messages={catalogs[language] as Partial<Messages>} timeZone={timeZone} onError={onError}>
      {children}
    </IntlProvider>
  );
}

/**
 * The translator of one namespace. A screen whose code arrives while another language than English
 * is on waits (suspends) for its catalog in that language rather than showing English first.
 */
export function useNamespace<N extends NamespaceName>(namespace: Namespace<N>) {
  const language = useLocale();
  const key = `${language}/${namespace.name}`;
  let waiting = waitedOn.get(key);
  if (!waiting && !isLoaded(language, namespace.name)) {
    waiting = loadNamespace(language, namespace.name);
    waitedOn.set(key, waiting);
    waiting.catch(() => waitedOn.delete(key));
  }
  // Once a catalog was waited for, every render keeps calling use() with the same promise (settled, it
  // returns at once): React replays a component that suspended and fails when that replay calls use() no more.
  if (waiting) use(waiting);
  return useTranslations(namespace.name);
}

/** The catalogs a component suspended on, by language and namespace. */
const waitedOn = new Map<string, Promise<void>>();
