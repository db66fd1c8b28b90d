/** The console's languages. English is the source every other catalog translates. */
export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Each language by its own name, as the Language control lists them: a supervisor looks for the
 * language they read, so these are never translated.
 */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी' };

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/**
 * The language a browser asks for, before any choice: the first of its preferred languages the console
 * has (`hi-IN` is Hindi); English when it names none of them.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
