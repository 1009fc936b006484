import { describe, expect, it } from 'vitest';
import { csvTable, readCsv } from '../../../lib/import/csv';

function rows(text: string): string[][] {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`refused at line ${read.line}`);
  return [read.header, ...read.rows];
}

describe('readCsv', () => {
  it('keeps commas, doubled quotes and line ends inside quoted cells', () => {
    const text =
      'title,url\n"Rice, fish and rain","https://a.example/1"\n"He said ""enough""",x\n"Two lines\nin one",y\n';
    expect(rows(text)).toEqual([
      ['title', 'url'],
      ['Rice, fish and rain', 'https://a.example/1'],
      ['He said "enough"', 'x'],
      ['Two lines\nin one', 'y'],
    ]);
  });

  it('reads CRLF, LF and CR line ends alike', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(rows('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(rows('a,b\n1,2\n3,4\n')).toEqual(expected);
    expect(rows('a,b\r1,2\r3,4\r')).toEqual(expected);
  });

  it('drops a BOM, so the first column is still found by its name', () => {
    const table = csvTable('\uFEFFurl,title\nhttps://a.example/,Giảm nghèo bền vững ở Tây Bắc\n');
    if (!table.ok) throw new Error('refused');
    expect(table.header[0]).toBe('url');
    expect(table.get(table.rows[0]!, 'url')).toBe('https://a.example/');
  });

  it('reads a last line without a newline, and ignores empty lines at the end', () => {
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a,b\n1,2\n\n\r\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty cells, a trailing comma opening one more', () => {
    expect(rows('a,b,c\n,,\n1,2,')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '2', ''],
    ]);
  });

  it('says a file is malformed when a quoted cell never closes, and where it opened', () => {
    const read = readCsv('title,url\nfine,https://a.example/\n"cut short,https://b.example/\nmore,rows\n');
    expect(read).toEqual({ ok: false, header: ['title', 'url'], line: 3 });
  });

  it('reads 10,000 rows with quoted cells, all of them', () => {
    const lines = ['title,url'];
    for (let n = 0; n < 10_000; n += 1) lines.push(`"Row ${n}, ""quoted""\nsecond line",https://a.example/${n}`);
    const read = readCsv(lines.join('\r\n'));
    if (!read.ok) throw new Error('refused');
    expect(read.rows).toHaveLength(10_000);
    expect(read.rows[9_999]).toEqual(['Row 9999, "quoted"\nsecond line', 'https://a.example/9999']);
  });
});

describe('csvTable', () => {
  it('finds columns by name in any order, ignoring case, spaces and underscores', () => {
    const table = csvTable('Status, URL ,Time Added\narchive,https://a.example/,1700000000\n');
    if (!table.ok) throw new Error('refused');
    const row = table.rows[0]!;
    expect(table.get(row, 'time_added')).toBe('1700000000');
    expect(table.get(row, 'url')).toBe('https://a.example/');
    expect(table.get(row, 'STATUS')).toBe('archive');
  });

  it('answers undefined for a column the file does not have or a row too short to reach', () => {
    const table = csvTable('url,title,tags\nhttps://a.example/\n');
    if (!table.ok) throw new Error('refused');
    expect(table.get(table.rows[0]!, 'cursor')).toBeUndefined();
    expect(table.get(table.rows[0]!, 'tags')).toBeUndefined();
  });
});
