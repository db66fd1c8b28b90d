import { useLocale } from 'use-intl';
import { useNamespace } from '@/i18n/language-provider';
import { languageStore } from '@/i18n/language-store';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '@/i18n/languages';
import { common } from '@/i18n/namespaces/common';
import classes from './header-select.module.css';

/**
 * The console's language, beside the theme: a native select like it. Each language is listed by its
 * own name and marked as such (`lang`), so a screen reader reads "हिन्दी" in Hindi on an English page.
 * The choice is kept in this browser and applies at once, without a reload.
 */
export function LanguageControl() {
  const language = useLocale();
  const t = useNamespace(common);
  return (
    <select
      className={classes.select}
      aria-label={t('language.label')}
      value={language}
      // A language whose catalogs could not be fetched is not applied: the select goes on showing the one in use.
      onChange={(event) => void languageStore.choose(event.currentTarget.value as Language).catch(() => undefined)}
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option} lang={option}>
          {LANGUAGE_NAMES[option]}
        </option>
      ))}
    </select>
  );
}
