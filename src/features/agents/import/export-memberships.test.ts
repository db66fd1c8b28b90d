import { describe, expect, it, vi } from 'vitest';
import type { Agent, Group, GroupMember } from '@/api/types';
import * as csv from '@/lib/csv-download';
import {
  downloadMembershipsCsv,
  failedRows,
  failedRowsCsv,
  failedRowsTable,
  MEMBERSHIPS_CSV_HEADER,
  membershipRows,
} from './export-memberships';
import { parseImportCsv } from './parse-import-csv';
import { resolveImport } from './resolve-import';

const groups: Group[] = [
  { id: '10', name: 'Sales 10', active: true },
  { id: '2', name: 'sales 2', active: true },
  { id: '3', name: 'Billing', active: false },
  { id: '4', name: 'Unread', active: true },
];
const agents: Agent[] = [
  { agentId: '7', name: 'Zoë', email: 'zoe@example.com' },
  { agentId: '8', name: 'adam' },
  { agentId: '9', name: '=Boss', email: 'boss@example.com' },
];
const members: Record<string, GroupMember[]> = {
  '10': [
    { agentId: '7', name: 'Zoë', receivesCalls: true },
    { agentId: '8', name: 'adam', receivesCalls: false },
  ],
  '2': [{ agentId: '9', name: '=Boss', email: 'boss@example.com', receivesCalls: true }],
  '3': [],
};
const membersOf = (id: string) => members[id];

describe('membershipRows', () => {
  it('one row per membership, by group name then agent name as people read them, emails from the roster where the member lacks one', () => {
    expect(MEMBERSHIPS_CSV_HEADER.join(',')).toBe('group_id,group,agent_id,agent_email,agent,takes_calls');
    expect(membershipRows(groups, agents, membersOf)).toEqual([
      ['2', 'sales 2', '9', 'boss@example.com', '=Boss', 'yes'],
      ['10', 'Sales 10', '8', '', 'adam', 'no'],
      ['10', 'Sales 10', '7', 'zoe@example.com', 'Zoë', 'yes'],
    ]);
  });

  it('downloads memberships-<date>.csv and names the groups it could not read', async () => {
    const download = vi.spyOn(csv, 'downloadCsv').mockResolvedValue();
    const result = await downloadMembershipsCsv(groups, agents, membersOf);
    expect(result).toEqual({ rows: 3, unread: [groups[3]] });
    expect(download).toHaveBeenCalledWith(expect.stringMatching(/^memberships-\d{4}-\d{2}-\d{2}\.csv$/), MEMBERSHIPS_CSV_HEADER, expect.any(Array));
  });

  it('its text starts with a byte-order mark, escapes formula cells, and reads back exactly', async () => {
    const text = await csv.csvText(MEMBERSHIPS_CSV_HEADER, membershipRows(groups, agents, membersOf));
    expect(text.startsWith('\uFEFFgroup_id,group,agent_id,agent_email,agent,takes_calls\r\n')).toBe(true);
    expect(text).toContain(',"\'=Boss",');
    const parsed = await parseImportCsv(text);
    expect(parsed.ok && parsed.rows.map((r) => r.cells[4])).toEqual(['=Boss', 'adam', 'Zoë']);
  });
});

describe('failed rows', () => {
  it('lists rows in error and every row of a group that failed, with the row number in the reason', async () => {
    const parsed = await parseImportCsv('group_id,agent_id,takes_calls,reason\n10,7,yes,old\n10,99,,\n2,8,no,\n3,9,maybe,\n2,9,,\n');
    if (!parsed.ok) throw new Error(parsed.problem);
    const resolved = resolveImport(parsed.rows, 'replace', { groups, agents, membersOf });
    const failed = failedRows(parsed.rows, resolved.rows, new Map([['2', 'sales 2 was not changed: DeepCall refused it (1503)']]));
    expect(failed.map((f) => [f.row.line, f.reason])).toEqual([
      [3, 'unknown agent: no agent has id 99'],
      [4, 'sales 2 was not changed: DeepCall refused it (1503)'],
      [5, 'unreadable takes_calls “maybe” (use yes or no)'],
      [6, 'sales 2 was not changed: DeepCall refused it (1503)'],
    ]);
    const table = failedRowsTable(parsed.columns.header, failed);
    expect(table.header).toEqual(['group_id', 'agent_id', 'takes_calls', 'reason']);
    expect(table.rows[0]).toEqual(['10', '99', '', 'row 3: unknown agent: no agent has id 99']);

    // The file, once downloaded, is itself an import file: its reason column is ignored.
    const again = await parseImportCsv(await failedRowsCsv(parsed.columns.header, failed));
    expect(again.ok && again.rows.map((r) => [r.groupId, r.agentId])).toEqual([
      ['10', '99'],
      ['2', '8'],
      ['3', '9'],
      ['2', '9'],
    ]);
  });
});
