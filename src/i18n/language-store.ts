import { loadLanguage } from './catalogs';
import { isLanguage, preferredLanguage, type Language } from './languages';

/** Where this browser keeps the language chosen (only after a choice: until then the browser's preference rules). */
export const LANGUAGE_KEY = 'group-console.language';

function chosenLanguage(): Language | undefined {
  try {
    const kept = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(kept) ? kept : undefined;
  } catch {
    return undefined; // storage refused: the browser's preference decides
  }
}

function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage refused or full: this tab keeps the choice, the next visit follows the browser again.
  }
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];

/** The language a visit opens in: the one chosen in this browser, else the browser's preferred one. */
export const startingLanguage = (): Language => chosenLanguage() ?? preferredLanguage(browserLanguages());

/** Screen readers, hyphenation, fonts and the browser's own translation read the page's language from here. */
function markPage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

let current: Language = startingLanguage();
let wanted: Language = current;
const listeners = new Set<() => void>();
markPage(current);

function apply(language: Language): void {
  if (language === current) return;
  current = language;
  markPage(language);
  for (const listener of listeners) listener();
}

/**
 * The console's language. Switching first loads the new language's catalogs for every screen already
 * downloaded and only then re-renders, so nothing on screen waits for a file or loses its state.
 */
export const languageStore = {
  get: (): Language => current,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /** The supervisor's choice: remembered in this browser and applied once its catalogs are in. */
  async choose(language: Language): Promise<void> {
    wanted = language;
    await loadLanguage(language);
    // A later choice made while this one loaded wins; a language that could not load is not remembered.
    if (wanted !== language) return;
    rememberLanguage(language);
    apply(language);
  },

  /**
   * Resolves once the current language's catalogs for the screens loaded so far are in (before a first
   * render). When they cannot be fetched the page opens in English, which comes with the code, rather
   * than not at all.
   */
  async ready(): Promise<void> {
    try {
      await loadLanguage(current);
    } catch {
      wanted = 'en';
      apply('en');
    }
  },

  /** Tests: start over as a new visit would (after storage was cleared). */
  restart(): void {
    wanted = startingLanguage();
    apply(wanted);
    markPage(wanted);
  },
};
