import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, parseImportCsv, type ParsedImport } from './parse-import-csv';

const bytes = (...b: number[]) => new Uint8Array(b).buffer;
const utf8 = (text: string) => new TextEncoder().encode(text);

function rowsOf(parsed: ParsedImport) {
  if (!parsed.ok) throw new Error(`expected rows, got: ${parsed.problem}`);
  return parsed.rows;
}

function problemOf(parsed: ParsedImport): string {
  if (parsed.ok) throw new Error('expected a problem, got rows');
  return parsed.problem;
}

describe('parseImportCsv: reading rows', () => {
  it('reads columns in any order, names in any case, with the header as line 1', async () => {
    const parsed = await parseImportCsv(' Agent_Email ,TAKES_CALLS,Group\r\npriya@example.com,Yes,Billing\r\nli@example.com,0,Sales\r\n');
    expect(parsed.ok && parsed.columns).toMatchObject({ header: ['agent_email', 'takes_calls', 'group'], separator: ',', group: 'group', agent: 'agent_email', takesCalls: true });
    expect(rowsOf(parsed)).toEqual([
      { line: 2, cells: ['priya@example.com', 'Yes', 'Billing'], groupId: '', groupName: 'Billing', agentId: '', agentEmail: 'priya@example.com', takesCalls: true },
      { line: 3, cells: ['li@example.com', '0', 'Sales'], groupId: '', groupName: 'Sales', agentId: '', agentEmail: 'li@example.com', takesCalls: false },
    ]);
  });

  it('reads every spelling of takes_calls, leaves an empty one unset, and flags an unreadable one on its row', async () => {
    const values = ['yes', 'NO', 'True', 'false', '1', '0', '', 'maybe'];
    const rows = rowsOf(await parseImportCsv(`group_id,agent_id,takes_calls\n${values.map((v, i) => `g,a${i},${v}`).join('\n')}`));
    expect(rows.map((r) => r.takesCalls)).toEqual([true, false, true, false, true, false, undefined, undefined]);
    expect(rows.map((r) => r.problem)).toEqual([...values.slice(0, 7).map(() => undefined), 'unreadable takes_calls “maybe” (use yes or no)']);
  });

  it('reads a UTF-8 file with a byte-order mark, from bytes, a Blob or pasted text', async () => {
    const text = '\uFEFFgroup,agent_id\nVertrieb Süd,7\n销售部,8\n';
    const expected = [expect.objectContaining({ groupName: 'Vertrieb Süd' }), expect.objectContaining({ groupName: '销售部' })];
    expect(rowsOf(await parseImportCsv(utf8(text).buffer))).toEqual(expected);
    expect(rowsOf(await parseImportCsv(new Blob([text])))).toEqual(expected);
    expect(rowsOf(await parseImportCsv(text))).toEqual(expected);
    expect(rowsOf(await parseImportCsv(text.slice(1)))).toEqual(expected);
  });

  it('reads semicolon-separated files, where commas are part of names', async () => {
    const parsed = await parseImportCsv('group;agent_email;takes_calls\nSales, North;a@example.com;no\n"Support; 2";b@example.com;yes\n');
    expect(parsed.ok && parsed.columns.separator).toBe(';');
    expect(rowsOf(parsed).map((r) => [r.groupName, r.agentEmail, r.takesCalls])).toEqual([
      ['Sales, North', 'a@example.com', false],
      ['Support; 2', 'b@example.com', true],
    ]);
  });

  it('trims cells, skips blank rows but counts them, and numbers rows as a spreadsheet does', async () => {
    const rows = rowsOf(await parseImportCsv('\ngroup_id,agent_id\n  5 , 9 \n\n,\n"two\nlines",10\n6,11'));
    expect(rows.map((r) => [r.line, r.groupId, r.agentId])).toEqual([
      [3, '5', '9'],
      [6, 'two\nlines', '10'],
      [7, '6', '11'],
    ]);
  });

  it('reads files whose lines end in CR alone, as the header line does', async () => {
    const rows = rowsOf(await parseImportCsv('group_id,agent_id\r5,"a\r\nb"\r6,8\r'));
    expect(rows.map((r) => [r.line, r.groupId, r.agentId])).toEqual([
      [2, '5', 'a\r\nb'],
      [3, '6', '8'],
    ]);
  });

  it('keeps a formula-looking cell as plain text, and strips only the console export escape', async () => {
    const rows = rowsOf(await parseImportCsv(`group,agent_id\n=SUM(A1),1\n'=SUM(A1),2\n'+1,3\n'-2,4\n'@x,5\n"'\t=1",6\n'plain,7\n''=x,8`));
    expect(rows.map((r) => r.groupName)).toEqual(['=SUM(A1)', '=SUM(A1)', '+1', '-2', '@x', '\t=1', "'plain", "''=x"]);
  });

  it('flags a row with no group, no agent, or more cells than the header on that row', async () => {
    const rows = rowsOf(await parseImportCsv('group_id,agent_id\n,7\n5,\n5,7,extra\n5,7,,\n'));
    expect(rows.map((r) => r.problem)).toEqual(['no group given', 'no agent given', "it has more cells than the header's 2 columns", undefined]);
  });

  it('accepts both id and name columns, and the agent and reason columns of its own files', async () => {
    const parsed = await parseImportCsv('group_id,group,agent_id,agent_email,agent,takes_calls,reason\n1,Billing,7,p@example.com,Priya,yes,row 2: x\n');
    expect(parsed.ok && parsed.columns).toMatchObject({ group: 'both', agent: 'both', takesCalls: true });
    expect(rowsOf(parsed)[0]).toMatchObject({ groupId: '1', groupName: 'Billing', agentId: '7', agentEmail: 'p@example.com' });
  });
});

describe('parseImportCsv: files it refuses, saying why', () => {
  it('an empty file, or one of blank lines', async () => {
    expect(problemOf(await parseImportCsv(''))).toMatch(/^This file is empty/);
    expect(problemOf(await parseImportCsv(new ArrayBuffer(0)))).toMatch(/^This file is empty/);
    expect(problemOf(await parseImportCsv('\uFEFF\r\n \r\n'))).toMatch(/^This file is empty/);
  });

  it('a header with no rows', async () => {
    expect(problemOf(await parseImportCsv('group_id,agent_id\r\n'))).toBe('This file has a header but no rows under it: there is nothing to import.');
    expect(problemOf(await parseImportCsv('group_id,agent_id\n,\n\n'))).toMatch(/no rows/);
  });

  it('names the unknown columns', async () => {
    expect(problemOf(await parseImportCsv('group_id,agent_id,team,Notes\n1,2,x,y'))).toMatch(/^Unknown columns: team, notes\./);
    expect(problemOf(await parseImportCsv('group_id,agent_id,,\n1,2,,'))).toMatch(/^Unknown columns: \(a column with no name\)/);
  });

  it('says which of the group and agent columns is missing', async () => {
    expect(problemOf(await parseImportCsv('agent_id,takes_calls\n1,yes'))).toBe('No group column in the header: add group_id or group.');
    expect(problemOf(await parseImportCsv('group,takes_calls\nSales,yes'))).toBe('No agent column in the header: add agent_id or agent_email.');
    expect(problemOf(await parseImportCsv('takes_calls,agent\nyes,Priya'))).toMatch(/^No group column \(group_id or group\) and no agent column/);
  });

  it('a column named twice', async () => {
    expect(problemOf(await parseImportCsv('group,agent_id,GROUP\nA,1,B'))).toBe('The column group appears twice in the header.');
  });

  it('no header: a file whose first row is data or prose', async () => {
    expect(problemOf(await parseImportCsv('Dear team, here are the new groups\nSales'))).toMatch(/^The header names no column an import reads/);
    expect(problemOf(await parseImportCsv('Here are the new groups\nSales: Priya'))).toMatch(/^This does not look like a membership CSV: .*It reads “Here are the new groups”/);
    expect(problemOf(await parseImportCsv('5,7,yes\n6,8,no'))).toMatch(/^The header names no column an import reads \(5, 7, yes\)/);
  });

  it('more than 50,000 rows, with the limit and the count', async () => {
    const lines = ['group_id,agent_id'];
    for (let i = 0; i <= MAX_IMPORT_ROWS; i += 1) lines.push(`g${i % 7},a${i}`);
    expect(lines).toHaveLength(50_002);
    expect(problemOf(await parseImportCsv(lines.join('\n')))).toBe('This file has 50,001 rows: an import takes at most 50,000. Split it into smaller files.');
    expect(rowsOf(await parseImportCsv(lines.slice(0, -1).join('\n')))).toHaveLength(50_000);
  });

  it('bytes that are not UTF-8, and UTF-16 text', async () => {
    // "Müller" in Windows-1252: the ü is one byte (0xFC), never valid UTF-8.
    const latin1 = bytes(...utf8('group,agent_email\nM'), 0xfc, ...utf8('ller,m@example.com\n'));
    expect(problemOf(await parseImportCsv(latin1))).toMatch(/^This file is not UTF-8 text\. Save it from your spreadsheet as “CSV UTF-8”/);
    expect(problemOf(await parseImportCsv(new Blob([latin1])))).toMatch(/^This file is not UTF-8 text/);
    const utf16 = bytes(0xff, 0xfe, ...[...'group,agent_id\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(problemOf(await parseImportCsv(utf16))).toMatch(/^This file is not UTF-8 text \(it is UTF-16\)/);
  });

  it('binary data', async () => {
    expect(problemOf(await parseImportCsv(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00)))).toMatch(/^This file is not a CSV: it holds binary data/);
    expect(problemOf(await parseImportCsv(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))).toMatch(/^This file is not UTF-8 text/);
  });

  it('a quote that never closes, naming the row', async () => {
    expect(problemOf(await parseImportCsv('group,agent_id\nSales,1\n"Billing,2\nOps,3\n'))).toMatch(/^Row 3 has a quote mark/);
  });
});
