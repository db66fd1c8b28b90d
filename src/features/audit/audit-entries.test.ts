import { describe, expect, test } from 'vitest';
import { describeChange } from '@/features/change-record/describe-change';
import { csvRows, filterEntries, NO_FILTER } from './audit-entries';
import type { AuditEntry } from './audit-log';

const base = { id: 'r1', account: 'acc', at: Date.UTC(2025, 5, 1, 12), seq: 1, groupId: '7', groupName: 'Sales', ok: true } as const;
const ann = { agentId: 'a1', name: 'Ann', receivesCalls: true };
const bob = { agentId: 'a2', name: 'Bob', receivesCalls: false };

describe('what an audit entry says', () => {
  test('each kind of change, before → after', () => {
    const on = { name: 'Sales', active: true };
    const off = { name: 'Sales', active: false };
    const cases: [AuditEntry, string][] = [
      [{ ...base, kind: 'create', after: on }, 'created as “Sales”, active'],
      [{ ...base, kind: 'delete', before: on }, 'deleted'],
      [{ ...base, kind: 'update', before: on, after: { name: 'Sales EU', active: false } }, 'renamed “Sales” → “Sales EU”, active → inactive'],
      [{ ...base, kind: 'update', before: on, after: on }, 'saved without changes'],
      [{ ...base, kind: 'undo', before: off, after: on }, 'active again (inactive → active)'],
      [{ ...base, kind: 'members', members: { add: [ann], remove: [bob], calls: [] } }, 'members — joined: Ann; left: Bob'],
      [{ ...base, kind: 'undo', members: { add: [], remove: [], calls: [{ agent: bob, receivesCalls: true }] } }, 'undid: members — now take calls: Bob'],
    ];
    for (const [entry, said] of cases) expect(describeChange(entry, { besideName: true })).toBe(said);
  });

  test('filters combine; the name matches before or after a rename, in any case', () => {
    const entries: AuditEntry[] = [
      { ...base, seq: 2, kind: 'update', groupName: 'Billing', before: { name: 'Billing', active: true }, after: { name: 'Billing EU', active: true } },
      { ...base, seq: 1, kind: 'delete', groupName: 'Support', ok: false, error: 'Not allowed' },
    ];
    expect(filterEntries(entries, NO_FILTER)).toBe(entries);
    expect(filterEntries(entries, { ...NO_FILTER, name: 'billing eu' })).toHaveLength(1);
    expect(filterEntries(entries, { ...NO_FILTER, outcome: 'failed' }).map((e) => e.groupName)).toEqual(['Support']);
    expect(filterEntries(entries, { ...NO_FILTER, kind: 'delete', outcome: 'done' })).toEqual([]);
  });

  test('CSV rows carry time (UTC), group, kind, change, before, after, outcome and reason', () => {
    const [row] = csvRows([{ ...base, kind: 'delete', before: { name: 'Sales', active: true }, ok: false, error: 'Not allowed' }]);
    expect(row).toEqual(['2025-06-01T12:00:00.000Z', '7', 'Sales', 'Delete', 'deleted', '“Sales”, active', '', 'Failed', 'Not allowed', '', '']);
  });

  test('the changes of one import are tied together by its batch', () => {
    const batch = { id: 'batch-1', label: 'Import of team.csv (Replace)' };
    const [row] = csvRows([{ ...base, kind: 'members', batch }]);
    expect(row?.at(-1)).toBe('Import of team.csv (Replace) (batch-1)');
  });
});
