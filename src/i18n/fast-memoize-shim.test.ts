import { _createCache as createCache, _createIntlFormatters as createIntlFormatters } from 'use-intl/core';
import { expect, test } from 'vitest';
import { memoize } from './fast-memoize-shim';

test('one result per distinct argument list, kept in the cache given', () => {
  const store: Record<string, unknown> = {};
  let made = 0;
  const make = memoize((locale: string, options?: object) => ({ locale, options, n: ++made }), {
    cache: { create: () => ({ get: (key) => store[key], set: (key, value) => (store[key] = value) }) },
  });
  expect(make('hi', { style: 'percent' })).toBe(make('hi', { style: 'percent' }));
  expect(make('hi')).not.toBe(make('en'));
  expect(made).toBe(3);
  expect(Object.keys(store)).toHaveLength(3);
});

test('use-intl runs on it (vite.config.ts aliases @formatjs/fast-memoize here): one Intl formatter per locale and options', () => {
  const cache = createCache();
  const formatters = createIntlFormatters(cache);
  expect(formatters.getNumberFormat('hi')).toBe(formatters.getNumberFormat('hi'));
  // The shim's key (the package's own would be {"0":"hi"}): the alias is in force.
  expect(Object.keys(cache.number)).toEqual(['["hi"]']);
  expect(formatters.getNumberFormat('hi').format(100_000)).toBe('1,00,000');
  expect(formatters.getPluralRules('hi')).not.toBe(formatters.getPluralRules('en'));
});
