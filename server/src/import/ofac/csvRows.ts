import * as fs from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import type { Issue } from '../model';

export interface CsvRow {
  fields: string[];
  /** Line where the record ends (records of this list span one line). */
  line: number;
}

/** The DOS end-of-file byte the OFAC files close with. */
const EOF_MARK = '\x1a';

/**
 * Streams a CSV file record by record (memory stays constant in the file's
 * size). A record the parser cannot read (a stray quote) is reported through
 * `onBadRow` and skipped; the rest is read. A trailing end-of-file byte
 * (0x1A) is ignored. Resolves with the number of records read.
 */
export async function readCsvRows(
  file: string,
  onRow: (row: CsvRow) => void,
  onBadRow: (issue: Issue) => void,
): Promise<number> {
  const source = fs.createReadStream(file);
  const parser = source.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error: CsvError | undefined) => {
        const line = typeof error?.['lines'] === 'number' ? error['lines'] : undefined;
        onBadRow({
          at: { file, line },
          reason: 'unreadable CSV record',
          detail: error?.message,
        });
        return undefined;
      },
    }),
  );
  let count = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (record.length === 1 && (record[0] === EOF_MARK || record[0]!.trim() === '')) continue;
      count++;
      onRow({ fields: record, line: info.lines });
    }
  } finally {
    // A row handler that throws (wrong format) stops the read: release the file too.
    source.destroy();
  }
  return count;
}

/** OFAC's null marker `-0- ` (unquoted, trailing space) and blanks as undefined; other values trimmed. */
export function ofacValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  return value === '' || value === '-0-' ? undefined : value;
}
