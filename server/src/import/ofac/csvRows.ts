import { IssueCode } from '../ImportError';
import { MAX_LINE_CHARS, readLines } from '../lines';
import type { Issue } from '../model';

export interface CsvRow {
  fields: string[];
  /** Line where the record starts (1-based). */
  line: number;
}

/** The DOS end-of-file byte the OFAC files close with. */
const EOF_MARK = '\x1a';

/** Most lines one record may span before an unclosed quote is taken for a broken record. */
const MAX_RECORD_LINES = 20;

/**
 * Streams a CSV file (RFC 4180: commas, double quotes, "" for a quote, CRLF
 * or LF) record by record, line by line, so memory stays constant in the
 * file's size. A quoted field may span lines (up to MAX_RECORD_LINES). A
 * record that breaks the quoting rules, or a line longer than MAX_LINE_CHARS,
 * is reported through `onBadRow` with the line it starts on (and the
 * record's first characters, to tell which entry it was) and skipped;
 * reading goes on from the next line. Blank lines and a trailing
 * end-of-file byte (0x1A) are ignored. Resolves with the number of records
 * read (good or bad).
 */
export async function readCsvRows(
  file: string,
  onRow: (row: CsvRow) => void,
  onBadRow: (issue: Issue, head: string) => void,
): Promise<number> {
  let count = 0;
  /** The lines of a record whose quoted field continues on the next line. */
  let pending: { lines: string[]; line: number } | undefined;
  const bad = (line: number, detail: string, head: string, code: Issue['code']): void => {
    count++;
    onBadRow(
      {
        at: { file, line },
        reason: code === IssueCode.RECORD_TOO_LONG ? 'line too long' : 'unreadable CSV record',
        detail,
        code,
      },
      head,
    );
  };
  const unreadable = (line: number, detail: string, head: string): void =>
    bad(line, detail, head, IssueCode.UNREADABLE_RECORD);
  /** A record still open when its lines end: given up, the lines after its first read again. */
  const flushPending = (where: string): void => {
    while (pending) {
      const { lines: rest, line } = pending;
      pending = undefined;
      unreadable(line, `quote not closed before ${where}`, rest[0]!);
      rest.slice(1).forEach((l, k) => handle(l, line + 1 + k));
    }
  };
  const handle = (raw: string, lineNo: number): void => {
    if (!pending && (raw === '' || raw === EOF_MARK)) return;
    const parts = pending ? [...pending.lines, raw] : [raw];
    const start = pending?.line ?? lineNo;
    pending = undefined;
    const parsed = parseRecord(parts.join('\n'));
    if (parsed === 'open') {
      if (parts.length < MAX_RECORD_LINES) {
        pending = { lines: parts, line: start };
        return;
      }
      // A quote never closed: give this record up and read on from the line after it.
      unreadable(start, `quote not closed within ${MAX_RECORD_LINES} lines`, parts[0]!);
      parts.slice(1).forEach((line, k) => handle(line, start + 1 + k));
    } else if (typeof parsed === 'string') {
      unreadable(start, parsed, parts[0]!);
      // A quote opened on the bad line took the next lines in: read them again on their own.
      parts.slice(1).forEach((line, k) => handle(line, start + 1 + k));
    } else {
      count++;
      onRow({ fields: parsed, line: start });
    }
  };

  for await (const line of readLines(file)) {
    if (line.text !== undefined) {
      handle(line.text, line.number);
      continue;
    }
    // Too long to be a record: what was pending ends here too.
    flushPending('an over-long line');
    bad(
      line.number,
      `${line.length} characters, at most ${MAX_LINE_CHARS}`,
      line.head,
      IssueCode.RECORD_TOO_LONG,
    );
  }
  flushPending('the end of the file');
  return count;
}

/**
 * The fields of one record, 'open' when a quoted field runs past the end of
 * the text, or a description of what breaks the quoting rules.
 */
export function parseRecord(text: string): string[] | 'open' | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) return 'open';
        value += text.slice(j, close);
        if (text[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text[i] !== ',') return `unexpected character after a closing quote at column ${i + 1}`;
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      const value = text.slice(i, end);
      if (value.includes('"')) return `quote inside an unquoted field at column ${i + 1}`;
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

/** OFAC's null marker `-0- ` (unquoted, trailing space) and blanks as undefined; other values trimmed. */
export function ofacValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  return value === '' || value === '-0-' ? undefined : value;
}
