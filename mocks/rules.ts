/** DeepCall's documented rules for the values a request carries: ids, names, lists. */
import { errors } from './errors';
import type { MockAccount } from './types';

/** Sent at all: DeepCall treats null and '' as not sent. */
export function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Ids arrive as numbers or strings; anything else can never match a group. */
export function parseGroupId(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return NaN;
}

export function requireName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw errors.nameMissing();
  return name.trim();
}

/** Case-insensitive per account; a taken name gets the smallest free number appended: Sales → Sales1. */
export function uniqueName(account: MockAccount, name: string, ownId?: number): string {
  const taken = new Set(account.groups.filter((g) => g.id !== ownId).map((g) => g.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 1; ; n++) {
    const candidate = `${name}${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
