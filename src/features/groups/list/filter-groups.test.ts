import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MockStore } from '../../../../mocks/store';
import type { Group } from '@/api/types';
import { buildSearchIndex, countStatuses, filterByStatus, filterGroups, parseStatus, reorderSearchIndex } from './filter-groups';

const groupsOf = (names: string[]): Group[] => names.map((name, i) => ({ id: String(i + 1), name, active: true }));
const byServerRule = (groups: Group[], term: string) =>
  groups.filter((g) => g.name.toLowerCase().includes(term.trim().toLowerCase()));

describe('filterGroups', () => {
  it('keeps list order and matches case-insensitively on the trimmed term', () => {
    const index = buildSearchIndex(groupsOf(['Sales North', 'Support', 'sales south', 'Billing']));
    expect(filterGroups(index, '  SALES ').map((g) => g.name)).toEqual(['Sales North', 'sales south']);
    expect(filterGroups(index, '')).toBe(index.groups);
    expect(filterGroups(index, 'zzz')).toEqual([]);
  });

  it('any sequence of terms gives the server rule’s result for each', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', ' ', 'é', 'ß');
    const name = fc.string({ unit: alphabet, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), fc.array(name, { minLength: 1, maxLength: 25 }), (names, terms) => {
        const groups = groupsOf(names);
        const index = buildSearchIndex(groups);
        for (const term of terms) expect(filterGroups(index, term)).toEqual(byServerRule(groups, term));
      }),
      { numRuns: 1000 },
    );
  });

  it('typing one letter at a time and deleting them again matches the mock server on 10,000 groups', () => {
    const store = new MockStore({ seedGroups: 10_000 });
    const account = store.authenticate({ ssid: 'demo-ssid' });
    const groups: Group[] = store.list(account, {}).map((g) => ({ id: String(g.id), name: g.name, active: true }));
    const index = buildSearchIndex(groups);
    const typed = ['s', 'sa', 'sal', 'sale', 'sales', 'sales ', 'sales 2', 'sales ', 'sales', 'sal', 's', ''];
    for (const term of typed) {
      const expected = store.list(account, { name: term }).map((g) => String(g.id));
      expect(filterGroups(index, term).map((g) => g.id)).toEqual(expected);
    }
  });
});

describe('a sorted list', () => {
  it('is searched in its own order, with the names lower-cased once for the list', () => {
    const index = buildSearchIndex(groupsOf(['Sales North', 'Billing', 'sales south', 'Support']));
    const sorted = reorderSearchIndex(index, [3, 2, 1, 0]);
    expect(sorted.lowerNames).toEqual(['support', 'sales south', 'billing', 'sales north']);
    expect(filterGroups(sorted, 'SALES').map((g) => g.name)).toEqual(['sales south', 'Sales North']);
    expect(filterGroups(sorted, '')).toBe(sorted.groups);
  });
});

describe('the status filter', () => {
  const groups: Group[] = [
    { id: '1', name: 'A', active: true },
    { id: '2', name: 'B', active: false },
    { id: '3', name: 'C', active: true },
  ];

  it('reads ?status=active and inactive, and anything else as all', () => {
    expect(parseStatus('active')).toBe('active');
    expect(parseStatus('inactive')).toBe('inactive');
    for (const bad of [null, '', 'Active', 'all', '1', 'inactive ']) expect(parseStatus(bad)).toBe('all');
  });

  it('counts each status and keeps the order', () => {
    expect(countStatuses(groups)).toEqual({ all: 3, active: 2, inactive: 1 });
    expect(countStatuses([])).toEqual({ all: 0, active: 0, inactive: 0 });
    expect(filterByStatus(groups, 'active').map((g) => g.id)).toEqual(['1', '3']);
    expect(filterByStatus(groups, 'inactive').map((g) => g.id)).toEqual(['2']);
    expect(filterByStatus(groups, 'all')).toBe(groups);
  });
});
