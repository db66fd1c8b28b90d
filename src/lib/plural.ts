/** "1 group", "3 groups": English counts for regular nouns. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
