/** A small seeded PRNG (mulberry32), so a walk is replayed exactly from its seed. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    return chosen;
  }

  /** One of the entries, with chances proportional to their weights (weight 0: never). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = entries.filter(([, weight]) => weight > 0).at(-1);
    if (!last) throw new Error('nothing to choose from');
    return last[0];
  }
}

/**
 * `npm test` walks two known seeds, 100 steps each, so a red run is the console's doing and replays as
 * it failed. Two, not three: each walk costs about 2.5 minutes of the gate's 10 (seed 2, which found
 * the walk's first bugs, is now a soak seed: WALK_SEED=2). WALK_SEED walks one seed instead
 * (`random`: a fresh one, printed) and WALK_STEPS sets the length: a long or random soak run.
 */
export const DEFAULT_WALK_SEEDS: readonly number[] = [11, 23];
export const DEFAULT_WALK_STEPS = 100;

/** A seed to walk: a number, or 'random' for one drawn when the walk starts (test titles must stay stable). */
export type WalkSeed = number | 'random';

/** WALK_SEED's one seed, or the known ones. */
export function walkSeeds(): WalkSeed[] {
  const raw = process.env.WALK_SEED;
  if (raw === 'random') return ['random'];
  if (raw !== undefined && raw !== '') {
    const seed = Number(raw);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`WALK_SEED must be a whole number ≥ 0 or "random", got "${raw}"`);
    return [seed];
  }
  return [...DEFAULT_WALK_SEEDS];
}

/** The number to seed the walk with: a fresh one for 'random' (printed by the walk, so it can be replayed). */
export function resolveSeed(seed: WalkSeed): number {
  return seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : seed;
}

/** WALK_STEPS, or DEFAULT_WALK_STEPS. */
export function walkSteps(): number {
  const raw = process.env.WALK_STEPS;
  if (raw === undefined || raw === '') return DEFAULT_WALK_STEPS;
  const steps = Number(raw);
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`WALK_STEPS must be a whole number ≥ 1, got "${raw}"`);
  return steps;
}
