import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MockStore } from '../../../mocks/store';
import type { Group } from '@/api/schemas';
import { buildSearchIndex, filterGroups } from './filter-groups';

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
