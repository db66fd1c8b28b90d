/**
 * The catalogs cannot drift apart: every language has every namespace, key and ICU argument the English
 * source has (and nothing else), every namespace is registered and typed, the English declarations are
 * current, and the glossary's terms are used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPluralElement, isSelectElement, isTagElement, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { englishDeclarations, type RawCatalog } from '../../deploy/precompile-messages';
import { LANGUAGES } from './languages';

const I18N = join(import.meta.dirname);
const MESSAGES = join(I18N, 'messages');
const jsonFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const readCatalog = (language: string, file: string) => JSON.parse(readFileSync(join(MESSAGES, language, file), 'utf8')) as RawCatalog;

/** Every message of a catalog by its dotted key. */
function flatten(tree: RawCatalog, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const TYPE_NAMES: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  // A number either language may show as it is or use to choose a word's form: Hindi's verb agrees with
  // the count shown where English's agrees with the total ("1 of 3 groups match" / "… 1 मेल खाता है").
  [TYPE.plural]: 'number',
  [TYPE.tag]: 'tag',
};

/**
 * What a message asks of the code: each argument with its kind, each select's choices and each tag,
 * in no particular order ("count: number", "action: select(add|list|other)"). Plural categories may
 * differ between languages (CLDR), but each plural must have `other`.
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      let kind = TYPE_NAMES[element.type] ?? String(element.type);
      if (isSelectElement(element)) kind += `(${Object.keys(element.options).sort().join('|')})`;
      if (isPluralElement(element) && !('other' in element.options)) kind += '(without other)';
      found.add(`${element.value}: ${kind}`);
      if (isSelectElement(element) || isPluralElement(element)) for (const option of Object.values(element.options)) walk(option.value);
      if (isTagElement(element)) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** The words a message shows (its literal text in every branch), without argument names or select keys. */
function textOf(message: string): string {
  const words: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) words.push(element.value);
      if (isSelectElement(element) || isPluralElement(element)) for (const option of Object.values(element.options)) walk(option.value);
      if (isTagElement(element)) walk(element.children);
    }
  };
  walk(parse(message));
  return words.join(' ');
}

const english = jsonFiles(join(MESSAGES, 'en'));
const others = LANGUAGES.filter((language) => language !== 'en');

describe('the catalogs', () => {
  test('there are English catalogs, and each language has exactly the same namespaces', () => {
    expect(english.length).toBeGreaterThan(0);
    for (const language of others) expect(jsonFiles(join(MESSAGES, language)), language).toEqual(english);
  });

  describe.each(others)('%s', (language) => {
    test.each(english)('%s has the English keys, each message with the same arguments', (file) => {
      const source = flatten(readCatalog('en', file));
      const translated = flatten(readCatalog(language, file));
      expect(Object.keys(translated).sort(), 'keys').toEqual(Object.keys(source).sort());
      for (const [key, message] of Object.entries(source)) {
        expect(argumentsOf(translated[key] ?? ''), `${file} ${key}`).toEqual(argumentsOf(message));
        expect(translated[key]?.trim(), `${file} ${key} is empty`).not.toBe('');
      }
    });
  });

  test('each plural has an "other" form, in every language', () => {
    for (const language of LANGUAGES) {
      for (const file of english) {
        for (const [key, message] of Object.entries(flatten(readCatalog(language, file)))) {
          expect(argumentsOf(message).join(' '), `${language}/${file} ${key}`).not.toContain('without other');
        }
      }
    }
  });

  test('every namespace is registered (namespaces/) and typed (messages-type.ts)', () => {
    const typed = readFileSync(join(I18N, 'messages-type.ts'), 'utf8');
    for (const file of english) {
      const name = file.replace(/\.json$/, '');
      const registration = readFileSync(join(I18N, 'namespaces', `${name}.ts`), 'utf8');
      expect(registration).toContain(`defineNamespace('${name}', `);
      expect(registration).toContain(`{ hi: () => import('../messages/hi/${name}.json') })`);
      expect(typed).toContain(`import type ${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())} from './messages/en/${file}';`);
    }
  });

  test('the English declarations are current (`npm run dev` or `npm run build` rewrites them)', () => {
    for (const { path, content } of englishDeclarations(MESSAGES)) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // missing: the comparison below fails and names the file
      }
      expect(current, path).toBe(content);
    }
  });
});

/** The glossary's table: English term, Hindi term, the Hindi stem every form shares. */
function glossary(): { english: string; stem: string }[] {
  const text = readFileSync(join(I18N, 'GLOSSARY.md'), 'utf8');
  const table = text.slice(text.indexOf('| English | Hindi | stem checked |'), text.indexOf('## Kept as they are'));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, term = '', , stem = '']) => ({ english: term, stem }));
}

describe('the glossary', () => {
  const terms = glossary();
  // "Group Console" is the product's name and stays as it is.
  const shownWords = (message: string) => textOf(message).replaceAll('Group Console', '');

  test('has its terms', () => {
    expect(terms.map((t) => t.english)).toEqual(expect.arrayContaining(['group', 'agent', 'active', 'inactive', 'save', 'language', 'audit log']));
  });

  test.each(english)('Hindi %s says each term of the English message with the glossary’s word, never in English', (file) => {
    const source = flatten(readCatalog('en', file));
    const hindi = flatten(readCatalog('hi', file));
    for (const [key, message] of Object.entries(source)) {
      for (const { english: term, stem } of terms) {
        // Any form of the word: groups, saving, activated (a trailing e dropped: sav-e, activ-e).
        const word = new RegExp(`\\b${term.replace(/e$/, '')}\\w*`, 'i');
        if (!word.test(shownWords(message))) continue;
        expect(hindi[key], `${file} ${key}: "${term}"`).toContain(stem);
        expect(shownWords(hindi[key] ?? ''), `${file} ${key} keeps "${term}" in English`).not.toMatch(word);
      }
    }
  });
});
