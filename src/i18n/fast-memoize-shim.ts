/**
 * What use-intl needs of @formatjs/fast-memoize, which vite.config.ts aliases here: one Intl formatter per
 * locale and options, kept in the cache use-intl hands over. The package's general strategies, default
 * caches and serializers cost the first download about 0.7 kB gzip that this console never runs.
 */
type Func = (...args: never[]) => unknown;

interface Options {
  cache: { create(): { get(key: string): unknown; set(key: string, value: unknown): void } };
}

/** `fn` called once per distinct argument list (compared as JSON, as fast-memoize's variadic strategy does). */
export function memoize<F extends Func>(fn: F, options: Options): F {
  const cache = options.cache.create();
  return ((...args: Parameters<F>) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(...args);
      cache.set(key, value);
    }
    return value;
  }) as F;
}

/** use-intl names the variadic strategy; every call here is variadic. */
export const strategies = { variadic: undefined, monadic: undefined };
