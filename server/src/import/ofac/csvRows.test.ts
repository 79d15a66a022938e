import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Issue } from '../model';
import { tempDir } from '../testSupport';
import { ofacValue, parseRecord, readCsvRows, type CsvRow } from './csvRows';

async function read(text: string): Promise<{ rows: CsvRow[]; bad: Issue[]; count: number }> {
  const file = path.join(tempDir(), 'x.csv');
  fs.writeFileSync(file, text, 'latin1');
  const rows: CsvRow[] = [];
  const bad: Issue[] = [];
  const count = await readCsvRows(
    file,
    (r) => rows.push(r),
    (i) => bad.push(i),
  );
  return { rows, bad: bad.map((i) => ({ ...i, at: { line: i.at.line, file: 'x' } })), count };
}

describe('readCsvRows', () => {
  it('reads quoted, unquoted and null-marker fields, "" escapes, CRLF and the 0x1A end byte', async () => {
    const { rows, bad } = await read('1,"A, B",-0- \r\n2,"say ""hi""",x\r\n\x1a');
    expect(bad).toEqual([]);
    expect(rows).toEqual([
      { fields: ['1', 'A, B', '-0- '], line: 1 },
      { fields: ['2', 'say "hi"', 'x'], line: 2 },
    ]);
    expect(ofacValue(rows[0]!.fields[2])).toBeUndefined();
  });

  it('reads a quoted field spanning lines, reporting the line it starts on', async () => {
    const { rows } = await read('1,"first\r\nsecond",x\r\n2,y\r\n');
    expect(rows).toEqual([
      { fields: ['1', 'first\nsecond', 'x'], line: 1 },
      { fields: ['2', 'y'], line: 3 },
    ]);
  });

  it('skips a record breaking the quoting rules, with its line, and reads the rest', async () => {
    const { rows, bad, count } = await read('1,"a"b,x\r\n2,ok\r\n3,a"b\r\n4,ok\r\n');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(bad.map((i) => [i.at.line, i.reason])).toEqual([
      [1, 'unreadable CSV record'],
      [3, 'unreadable CSV record'],
    ]);
    expect(count).toBe(4);
  });

  it('gives up a record whose quote never closes and reads on from the next line', async () => {
    const { rows, bad } = await read('1,"never closed\r\n2,ok\r\n3,ok\r\n');
    expect(bad).toEqual([
      {
        at: { file: 'x', line: 1 },
        reason: 'unreadable CSV record',
        detail: 'quote not closed before the end of the file',
        code: 'UNREADABLE_RECORD',
      },
    ]);
    expect(rows.map((r) => r.fields[0])).toEqual(['2', '3']);
  });

  it('parses one record at a time', () => {
    expect(parseRecord('a,"b""c",')).toEqual(['a', 'b"c', '']);
    expect(parseRecord('"open')).toBe('open');
  });
});
