/**
 * Plurals and numbers as the console formats them: precompiled ICU messages through use-intl's
 * format-only runtime (the alias in deploy/precompile-messages.ts), CLDR rules through Intl.
 * Hindi puts 0 and 1 in the singular ("one") and groups lakhs: 1,00,000.
 */
import compile from 'icu-minify/compile';
import { createTranslator } from 'use-intl';
import { describe, expect, test } from 'vitest';
import english from './messages/en/errors.json';
import hindi from './messages/hi/errors.json';
import type { Language } from './languages';

const COUNTS = [0, 1, 2, 100_000];

/** A message of the kind the screens will use: a count and a participle that agrees with it. */
const selected = {
  en: compile('{count, plural, one {# group selected} other {# groups selected}}'),
  hi: compile('{count, plural, one {# समूह चुना गया} other {# समूह चुने गए}}'),
};

function translator(locale: Language) {
  return createTranslator({ locale, messages: { selected: selected[locale], errors: locale === 'en' ? english : hindi } });
}

describe('plurals', () => {
  test('the messages reach the runtime compiled (no ICU parser in the browser)', () => {
    expect(Array.isArray(english.timeoutSeconds)).toBe(true);
    expect(Array.isArray(hindi.timeoutSeconds)).toBe(true);
  });

  test('English: one for 1 only', () => {
    const t = translator('en');
    expect(COUNTS.map((count) => t('selected', { count }))).toEqual([
      '0 groups selected',
      '1 group selected',
      '2 groups selected',
      '100,000 groups selected',
    ]);
  });

  test('Hindi: one for 0 and 1 (CLDR), lakh grouping', () => {
    const t = translator('hi');
    expect(COUNTS.map((count) => t('selected', { count }))).toEqual([
      '0 समूह चुना गया',
      '1 समूह चुना गया',
      '2 समूह चुने गए',
      '1,00,000 समूह चुने गए',
    ]);
  });

  test('a catalog’s plural in both languages: the timeout in seconds', () => {
    const en = translator('en');
    const hi = translator('hi');
    expect(COUNTS.map((seconds) => en('errors.timeoutSeconds', { seconds }))).toEqual([
      'The DeepCall server did not answer within 0 seconds. Check your connection and try again.',
      'The DeepCall server did not answer within 1 second. Check your connection and try again.',
      'The DeepCall server did not answer within 2 seconds. Check your connection and try again.',
      'The DeepCall server did not answer within 100,000 seconds. Check your connection and try again.',
    ]);
    expect(hi('errors.timeoutSeconds', { seconds: 100_000 })).toBe(
      'DeepCall सर्वर ने 1,00,000 सेकंड में जवाब नहीं दिया। अपना कनेक्शन जाँचें और दोबारा कोशिश करें।',
    );
    expect(hi('errors.timeoutSeconds', { seconds: 1 })).toContain('1 सेकंड में');
  });
});

describe('numbers and dates', () => {
  const numbers = (locale: Language) => {
    const t = createTranslator({ locale, messages: { n: compile('{n, number}') } });
    return [...COUNTS, 1_234_567].map((n) => t('n', { n }));
  };

  test('English groups thousands, Hindi groups lakhs and crores (with Latin digits, as the console shows them)', () => {
    expect(numbers('en')).toEqual(['0', '1', '2', '100,000', '1,234,567']);
    expect(numbers('hi')).toEqual(['0', '1', '2', '1,00,000', '12,34,567']);
  });

  test('dates in the language chosen, through Intl', () => {
    const at = new Date(Date.UTC(2026, 11, 7, 9, 30));
    const date = (locale: Language) =>
      createTranslator({ locale, timeZone: 'Asia/Kolkata', messages: { at: compile('{at, date, long}') } })('at', { at });
    expect(date('en')).toBe('December 7, 2026');
    expect(date('hi')).toBe('7 दिसंबर 2026');
  });
});

describe('a count that agrees with a different number in each language', () => {
  test('“n of total match”: English agrees with the total, Hindi with the number shown', async () => {
    const en = (await import('./messages/en/groupsList.json')).default;
    const hi = (await import('./messages/hi/groupsList.json')).default;
    const t = (locale: Language, messages: unknown) => createTranslator({ locale, messages: { groupsList: messages as never } });
    const matching = (locale: Language, messages: unknown, shown: number, total: number) =>
      t(locale, messages)('groupsList.body.matching' as never, { shown, total } as never);
    expect(matching('en', en, 1, 3)).toBe('1 of 3 groups match');
    expect(matching('hi', hi, 1, 3)).toBe('3 समूहों में से 1 मेल खाता है');
    expect(matching('hi', hi, 2, 3)).toBe('3 समूहों में से 2 मेल खाते हैं');
    expect(matching('hi', hi, 12_345, 1_00_000)).toBe('1,00,000 समूहों में से 12,345 मेल खाते हैं');
  });
});
