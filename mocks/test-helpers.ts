/**
 * Small checks for tests under `noUncheckedIndexedAccess`: an index or a lookup that must hit
 * fails the test with a message saying what was missing, instead of a TypeError further on.
 */

/** The element at `index`; throws when the list is shorter. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an element at index ${index}, but the list has ${items.length}`);
  return item;
}

/** `value`, when it is there; throws naming `what` otherwise. */
export function defined<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}
