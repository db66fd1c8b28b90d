import type { Messages } from 'use-intl';
import type { Language } from './languages';

export type NamespaceName = keyof Messages & string;
/** A catalog as compiled by deploy/precompile-messages.ts (typed by the English source in messages-type.ts). */
type Catalog = Record<string, unknown>;
type Loader = () => Promise<{ default: unknown }>;

/** A namespace whose English catalog is loaded: what `useNamespace` takes, so the import cannot be forgotten. */
export interface Namespace<N extends NamespaceName> {
  readonly name: N;
}

/**
 * The loaded catalogs of each language, by namespace. A namespace's English comes with the code that
 * uses it (the sign-in page never downloads the groups screens' words) and each other language's file
 * when that language is in use. These objects only grow, and the same object stays the language's
 * messages: a screen whose code arrives later finds its namespace there without the tree re-rendering.
 */
export const catalogs: Record<Language, Catalog> = { en: {}, hi: {} };
const loaders = new Map<NamespaceName, Record<Exclude<Language, 'en'>, Loader>>();
const loading = new Map<string, Promise<void>>();

/**
 * Registers a namespace: its English catalog (a static import, bundled with its screens) and a loader
 * per other language (`() => import('./hi/<name>.json')`, its own small file).
 */
export function defineNamespace<N extends NamespaceName>(
  name: N,
  english: Messages[N],
  others: Record<Exclude<Language, 'en'>, Loader>,
): Namespace<N> {
  catalogs.en[name] = english;
  loaders.set(name, others);
  return { name };
}

export const isLoaded = (language: Language, name: NamespaceName): boolean => name in catalogs[language];

/** Loads one namespace's catalog in `language`; the same promise until it settles (React's `use` needs that). */
export function loadNamespace(language: Language, name: NamespaceName): Promise<void> {
  const key = `${language}/${name}`;
  const known = loading.get(key);
  if (known) return known;
  if (language === 'en' || isLoaded(language, name)) return Promise.resolve();
  const loader = loaders.get(name)?.[language];
  if (!loader) return Promise.reject(new Error(`The ${name} messages have no ${language} catalog.`));
  const promise = loader().then(
    (module) => {
      catalogs[language][name] = module.default;
    },
    (error: unknown) => {
      // Not fetched (offline, or a newer deployment removed the file): the next attempt tries again.
      loading.delete(key);
      throw error;
    },
  );
  loading.set(key, promise);
  return promise;
}

/** Loads `language` for every namespace registered so far: the screens already downloaded. */
export const loadLanguage = (language: Language): Promise<unknown> =>
  Promise.all([...loaders.keys()].map((name) => loadNamespace(language, name)));
