import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, csvText } from './csv-download';

const BOM = '\uFEFF';
/** The groups list's header, as a real file's. */
const header = ['id', 'name', 'status', 'agents', 'created'];

/** The cells a spreadsheet program reads back from the text (papaparse's own RFC 4180 reader). */
function readBack(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('csvText', () => {
  it('starts with a byte-order mark and the exact header, and ends lines with CRLF', async () => {
    const text = await csvText(header, [['1', 'Sales', 'active', '3', '2025-01-06 09:00:00']]);
    expect(text).toBe(`${BOM}id,name,status,agents,created\r\n1,Sales,active,3,2025-01-06 09:00:00`);
  });

  it('a header alone when there are no rows', async () => {
    expect(await csvText(header, [])).toBe(`${BOM}id,name,status,agents,created\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks per RFC 4180, and they read back exactly', async () => {
    const names = ['Sales, North', 'The "A" Team', 'two\nlines', 'cr\r\nlf', ' padded ', 'plain'];
    const text = await csvText(['name'], names.map((n) => [n]));
    expect(text).toContain('"Sales, North"');
    expect(text).toContain('"The ""A"" Team"');
    expect(text).toContain('"two\nlines"');
    expect(text).toContain('\r\nplain');
    expect(readBack(text)).toEqual([['name'], ...names.map((n) => [n])]);
  });

  it('keeps emoji, right-to-left and other non-Latin names exactly', async () => {
    const names = ['😀 Support 👩🏽‍💻', 'מכירות', 'مبيعات', '销售部', 'Ünïcödé'];
    const text = await csvText(['name'], names.map((n) => [n]));
    expect(readBack(text)).toEqual([['name'], ...names.map((n) => [n])]);
  });

  it('neutralises every cell a spreadsheet would run as a formula with a leading quote mark', async () => {
    const attacks = ['=SUM(A1)', '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")', '=1\n=2', '=cmd|\' /C calc\'!A0'];
    const text = await csvText(['name'], attacks.map((a) => [a]));
    expect(readBack(text).slice(1)).toEqual(attacks.map((a) => [`'${a}`]));
  });

  it('leaves cells that only contain those characters later alone', async () => {
    const safe = ['Sales = North', 'A+B', 'Tier-2', 'a@b.example', 'x\ty'];
    const text = await csvText(['name'], safe.map((s) => [s]));
    expect(readBack(text).slice(1)).toEqual(safe.map((s) => [s]));
  });
});

describe('csvFileName', () => {
  it('is the prefix and the local date', () => {
    expect(csvFileName('groups', new Date(2025, 0, 6, 23, 59))).toBe('groups-2025-01-06.csv');
    expect(csvFileName('groups', new Date(2025, 10, 30, 0, 1))).toBe('groups-2025-11-30.csv');
  });
});
