import type { Group } from '@/api/types';

export type SortColumn = 'name' | 'status' | 'agents' | 'created';

export interface ListSort {
  column: SortColumn;
  descending: boolean;
}

const COLUMNS: readonly SortColumn[] = ['name', 'status', 'agents', 'created'];

/** `?sort=name`, `-name`, `status`… Anything else is the server's order (null). */
export function parseSort(value: string | null): ListSort | null {
  if (value === null) return null;
  const descending = value.startsWith('-');
  const column = COLUMNS.find((c) => c === (descending ? value.slice(1) : value));
  return column ? { column, descending } : null;
}

export function sortParam(sort: ListSort): string {
  return sort.descending ? `-${sort.column}` : sort.column;
}

/** A header clicked: its column ascending, or the other way round when it is the column sorted by already. */
export function nextSort(current: ListSort | null, column: SortColumn): ListSort {
  return { column, descending: current?.column === column && !current.descending };
}

/** The way people read names: case and accents ignored, numbers in order (`Sales 2` before `Sales 10`). */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every name's place in reading order. Collating 50,000 names costs ~60 ms in Chromium (ICU's
 * compare is the floor: a cheap pre-sorted start saved nothing), so it is done once per list, and
 * a refreshed list (a status switched, a group added or renamed) reuses the places of the names
 * it already knew: only new names are placed, by binary search.
 */
export class NameOrder {
  /** Distinct names known, in reading order. */
  private sorted: string[] = [];
  private place = new Map<string, number>();
  private readonly cache = new WeakMap<readonly Group[], Uint32Array>();

  /** `ranks[i]` orders `groups[i]` by name; groups with the same name keep the list's order. */
  ranks(groups: readonly Group[]): Uint32Array {
    const cached = this.cache.get(groups);
    if (cached) return cached;
    this.learn(groups);
    const places = new Float64Array(groups.length);
    for (let i = 0; i < groups.length; i++) places[i] = this.place.get(groups[i]?.name ?? '') ?? 0;
    const order = Array.from(groups.keys()).sort((a, b) => (places[a] ?? 0) - (places[b] ?? 0) || a - b);
    const ranks = new Uint32Array(groups.length);
    order.forEach((groupIndex, rank) => {
      ranks[groupIndex] = rank;
    });
    this.cache.set(groups, ranks);
    return ranks;
  }

  private learn(groups: readonly Group[]): void {
    const unknown = new Set<string>();
    for (const g of groups) if (!this.place.has(g.name)) unknown.add(g.name);
    if (unknown.size === 0) return;
    // A few new names go in by binary search; many (the first list, another account) mean one sort of all.
    // Names of groups gone since are forgotten then too.
    if (unknown.size * 8 > this.sorted.length) {
      this.sorted = [...new Set(groups.map((g) => g.name))].sort(collator.compare);
    } else {
      const merged = this.sorted.slice();
      for (const name of unknown) merged.splice(insertionPoint(merged, name), 0, name);
      this.sorted = merged;
    }
    // Names the collator holds equal ("é", "É") share a place, so their groups keep the list's order,
    // as a fresh sort keeps them, whichever of the names was learned first.
    const place = new Map<string, number>();
    this.sorted.forEach((name, i) => {
      const previous = this.sorted[i - 1];
      place.set(name, previous !== undefined && collator.compare(previous, name) === 0 ? (place.get(previous) ?? i) : i);
    });
    this.place = place;
  }
}

function insertionPoint(sorted: readonly string[], name: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (collator.compare(sorted[mid] ?? '', name) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

const DEEPCALL_DATE = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?$/;

/**
 * DeepCall's `create_date` ("YYYY-MM-DD HH:mm:ss", no zone) as a local date, or undefined when it
 * says something else. Read as local wall time, so the day shown is the day the server wrote.
 */
export function parseCreated(value: string | undefined): Date | undefined {
  const m = value === undefined ? null : DEEPCALL_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // 2025-02-30 would roll over into March: not a date the server meant.
  return date.getMonth() === Number(mo) - 1 && date.getDate() === Number(d) ? date : undefined;
}

/**
 * The positions of `groups` in the order asked for. Status, agents and created fall back to the
 * name (A to Z whichever way the column goes); groups without an agent count or a creation date
 * come last either way. Only numbers are compared: the names' order comes from `ranks`.
 */
export function sortOrder(groups: readonly Group[], sort: ListSort, ranks: Uint32Array): number[] {
  const order = Array.from(groups.keys());
  const rank = (i: number) => ranks[i] ?? 0;
  if (sort.column === 'name') {
    order.sort((a, b) => rank(a) - rank(b));
    return sort.descending ? order.reverse() : order;
  }
  const keys = new Float64Array(groups.length);
  groups.forEach((g, i) => {
    keys[i] =
      sort.column === 'status'
        ? g.active
          ? 0
          : 1
        : sort.column === 'agents'
          ? (g.agentCount ?? NaN)
          : (parseCreated(g.createdAt)?.getTime() ?? NaN);
  });
  const sign = sort.descending ? -1 : 1;
  const key = (i: number) => {
    const k = keys[i] ?? NaN;
    // Unknown values last, whichever the direction.
    return Number.isNaN(k) ? sign * Infinity : k;
  };
  order.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? rank(a) - rank(b) : sign * (ka < kb ? -1 : 1);
  });
  return order;
}

/** Built when the list's code loads, while the list is still on its way: it costs Chromium a few ms. */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
let localFormat: { locale: string; format: Intl.DateTimeFormat } | null = null;
const shownDates = new Map<string, string>();

/**
 * `create_date` as the browser's locale writes a date, or as `locale` does (the console's language when
 * it is not English, so a Hindi console says its months in Hindi); what the server sent when it is not a date.
 */
export function formatCreated(value: string, locale?: string): string {
  const key = locale ? `${locale} ${value}` : value;
  let shown = shownDates.get(key);
  if (shown === undefined) {
    const date = parseCreated(value);
    if (locale && localFormat?.locale !== locale) localFormat = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }) };
    shown = date ? (locale && localFormat ? localFormat.format : dateFormat).format(date) : value;
    if (shownDates.size > 5000) shownDates.clear();
    shownDates.set(key, shown);
  }
  return shown;
}
