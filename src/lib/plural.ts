const englishRules = new Intl.PluralRules('en');

/**
 * An English word for a count, chosen by CLDR's rules (Intl), for the texts that stay English in every
 * language (support details, CSV files): `plural(3, 'key')` is "3 keys", `plural(1, 'row', 'rows', false)` "row".
 */
export function plural(count: number, one: string, other = `${one}s`, withCount = true): string {
  const word = englishRules.select(count) === 'one' ? one : other;
  return withCount ? `${count.toLocaleString('en')} ${word}` : word;
}
