import { describe, expect, it } from 'vitest';
import type { Group } from '@/api/types';
import { GROUPS_CSV_HEADER, groupCsvRows } from './export-csv';

describe('groupCsvRows', () => {
  it('id, name, status, agents and created per group, empty where the server gave nothing', () => {
    const groups: Group[] = [
      { id: '7', name: 'Billing', active: false, agentCount: 0, createdAt: '2025-01-06 09:00:00' },
      { id: '8', name: 'Care', active: true },
    ];
    expect(groupCsvRows(groups)).toEqual([
      ['7', 'Billing', 'inactive', '0', '2025-01-06 09:00:00'],
      ['8', 'Care', 'active', '', ''],
    ]);
  });

  it('says whose clock the created dates are on: DeepCall sends them without a zone', () => {
    expect(GROUPS_CSV_HEADER.at(-1)).toBe('created (DeepCall server time)');
  });
});
