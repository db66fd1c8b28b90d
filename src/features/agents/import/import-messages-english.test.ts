/**
 * The parser's and resolver's messages, said in English from the catalog, are word for word their
 * English sentences (problem, reason), which the failed-rows file and the tests read: they cannot drift.
 */
import { createTranslator } from 'use-intl';
import { describe, expect, test } from 'vitest';
import type { Agent, Group, GroupMember } from '@/api/types';
import { catalogs } from '@/i18n/catalogs';
import { agentsImport } from '@/i18n/namespaces/agentsImport';
import { sayImportMessage, type ImportTranslate } from './import-text';
import { parseImportCsv, type ImportRow } from './parse-import-csv';
import { resolveImport } from './resolve-import';

const t = createTranslator({ locale: 'en', messages: catalogs.en, namespace: agentsImport.name }) as unknown as ImportTranslate;

const files = [
  '',
  'group_id,agent_id\r\n',
  'group_id,agent_id,team,Notes\n1,2,x,y',
  'group_id,agent_id,,\n1,2,,',
  'group_id,agent_id,team\n1,2,x',
  'agent_id,takes_calls\n1,yes',
  'group,takes_calls\nSales,yes',
  'takes_calls,agent\nyes,Priya',
  'group,agent_id,GROUP\nA,1,B',
  'Dear team, here are the new groups\nSales',
  'Here are the new groups\nSales: Priya',
  'group,agent_id\nSales,1\n"Billing,2\nOps,3\n',
  'group\u0000,agent_id\n1,2',
];

describe('the parser says in English what its problem says', () => {
  test.each(files)('%j', async (file) => {
    const parsed = await parseImportCsv(file);
    if (parsed.ok) throw new Error('expected a problem');
    expect(sayImportMessage(t, parsed.message)).toBe(parsed.problem);
  });

  test('not UTF-8, UTF-16, and too many rows', async () => {
    for (const input of [new Uint8Array([0x67, 0xe9, 0x0a]).buffer, new Uint8Array([0xff, 0xfe, 0x67, 0x00]).buffer, ['group_id,agent_id', ...Array.from({ length: 50_001 }, (_, i) => `1,${i}`)].join('\n')]) {
      const parsed = await parseImportCsv(input);
      if (parsed.ok) throw new Error('expected a problem');
      expect(sayImportMessage(t, parsed.message)).toBe(parsed.problem);
    }
  });

  test("a row's own problems", async () => {
    const parsed = await parseImportCsv('group_id,agent_id,takes_calls\n,,maybe,extra\n');
    if (!parsed.ok) throw new Error(parsed.problem);
    const [row] = parsed.rows;
    expect(row?.problems?.map((message) => sayImportMessage(t, message)).join('; ')).toBe(row?.problem);
  });
});

test('the resolver says in English what its reasons say', () => {
  const group = (id: string, name: string): Group => ({ id, name, active: true }) as Group;
  const agent = (agentId: string, email: string): Agent => ({ agentId, name: agentId, email }) as Agent;
  const groups = [group('g1', 'Billing'), group('g2', 'Sales'), group('g3', 'Sales'), group('g4', 'Unread')];
  const agents = [agent('a1', 'a@example.com'), agent('a2', 'b@example.com'), agent('a3', 'b@example.com')];
  const members: Record<string, GroupMember[]> = { g1: [], g2: [], g3: [] };
  const row = (line: number, fields: Partial<ImportRow>): ImportRow => ({ line, cells: [], groupId: '', groupName: '', agentId: '', agentEmail: '', ...fields });
  const rows = [
    row(2, { groupId: 'nope', agentId: 'a1' }),
    row(3, { groupName: 'sales', agentId: 'a1' }),
    row(4, { groupName: 'Nowhere', agentId: 'a1' }),
    row(5, { groupId: 'g4', agentId: 'a1' }),
    row(6, { groupId: 'g1', agentId: 'zz' }),
    row(7, { groupId: 'g1', agentEmail: 'B@example.com' }),
    row(8, { groupId: 'g1', agentEmail: 'c@example.com' }),
    row(9, { groupId: 'g1', agentId: 'a1', takesCalls: true }),
    row(10, { groupId: 'g1', agentId: 'a1', takesCalls: true }),
    row(11, { groupId: 'g1', agentId: 'a2', takesCalls: true }),
    row(12, { groupId: 'g1', agentId: 'a2', takesCalls: false }),
    row(13, { groupId: 'g1', agentId: 'a2', takesCalls: false }),
  ];
  const { rows: outcomes } = resolveImport(rows, 'add', { groups, agents, membersOf: (id) => members[id] });
  const reasons = outcomes.filter((o) => o.reason !== undefined);
  expect(reasons).toHaveLength(11);
  for (const outcome of reasons) expect(outcome.reasons?.map((message) => sayImportMessage(t, message)).join('; ')).toBe(outcome.reason);
});
