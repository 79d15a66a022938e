import * as fs from 'node:fs';

/**
 * Longest line a reader takes (characters): far above any real list's (the
 * OFAC CSV's longest is about 1,100; an FtM entity line a few kB), far below
 * what would hold the process. A longer line is reported (RECORD_TOO_LONG)
 * and skipped without ever being held in memory whole.
 */
export const MAX_LINE_CHARS = 1024 * 1024;

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its end, or undefined when it was longer than the limit. */
  text: string | undefined;
  /** The first characters of the line (all of it when it fits), to tell which record it was. */
  head: string;
  /** Its length in characters (counted even when too long). */
  length: number;
}

const HEAD_CHARS = 200;

/**
 * The lines of a UTF-8 file, streamed, split as Node's readline splits them
 * (`\n`, `\r\n`, or a lone `\r`), each at most `maxChars` long: a longer one
 * comes back with `text` undefined, its characters dropped as they arrive.
 */
export async function* readLines(file: string, maxChars = MAX_LINE_CHARS): AsyncGenerator<Line> {
  const input = fs.createReadStream(file, { encoding: 'utf8' });
  let parts: string[] = [];
  let length = 0;
  let head = '';
  let tooLong = false;
  let number = 0;
  /** The previous chunk ended in `\r`: a `\n` opening this one belongs to that line end. */
  let pendingCr = false;

  const take = (piece: string): void => {
    if (head.length < HEAD_CHARS) head += piece.slice(0, HEAD_CHARS - head.length);
    length += piece.length;
    if (tooLong) return;
    if (length > maxChars) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  const end = (): Line => {
    const line = { number: ++number, text: tooLong ? undefined : parts.join(''), head, length };
    parts = [];
    length = 0;
    head = '';
    tooLong = false;
    return line;
  };

  try {
    for await (const chunk of input as AsyncIterable<string>) {
      let i = 0;
      if (pendingCr && chunk.startsWith('\n')) i = 1;
      pendingCr = false;
      for (;;) {
        const lf = chunk.indexOf('\n', i);
        const cr = chunk.indexOf('\r', i);
        const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        if (at < 0) {
          take(chunk.slice(i));
          break;
        }
        take(chunk.slice(i, at));
        yield end();
        if (chunk[at] === '\r') {
          if (at + 1 === chunk.length) {
            pendingCr = true;
            break;
          }
          i = chunk[at + 1] === '\n' ? at + 2 : at + 1;
        } else i = at + 1;
        if (i >= chunk.length) break;
      }
    }
    if (length > 0 || parts.length > 0) yield end();
  } finally {
    input.destroy();
  }
}
