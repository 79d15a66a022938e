/**
 * Document text helpers: whitespace-insensitive search, the "one sentence" rule
 * for excerpts, and the headings that give each excerpt its section.
 */

/** Collapse every run of whitespace (spaces, line breaks) to one space, trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Longest excerpt accepted, in characters after collapsing whitespace. */
export const MAX_EXCERPT_LENGTH = 400;

/** Words ending in "." that do not end a sentence (besides initials like "U.S."). */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Jr',
  'Sr',
  'No',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
]);

/**
 * The one-sentence rule: an excerpt may not contain a sentence break, that is
 * ".", "!" or "?" (optionally followed by closing quotes or brackets), then
 * whitespace, then (after optional opening quotes or brackets) an uppercase
 * letter or a digit. A "." that ends initials ("U.S.", "J.") or a common
 * abbreviation ("Dr.", "etc.") is not a break. Returns the offending text or
 * undefined.
 */
export function findSentenceBreak(excerpt: string): string | undefined {
  const text = collapseWhitespace(excerpt);
  const [at] = sentenceBreaks(text);
  if (at === undefined) return undefined;
  return text.slice(Math.max(0, at.index - 20), at.index + at.length);
}

/**
 * The sentence breaks of a collapsed text: where each match starts, its
 * length, and where the next sentence starts (after the whitespace).
 */
function sentenceBreaks(text: string): { index: number; length: number; next: number }[] {
  const re = /([.!?])["'\u201d\u2019)\]]*\s+["'\u201c\u2018([]*[A-Z0-9]/g;
  const breaks: { index: number; length: number; next: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === '.') {
      const token = text.slice(0, m.index).split(/[\s(]/).pop() ?? '';
      if (/^(?:[A-Z]\.)*[A-Z]$/.test(token) || ABBREVIATIONS.has(token)) continue;
    }
    const space = /\s+/.exec(m[0]);
    const next = m.index + (space ? space.index + space[0].length : m[0].length - 1);
    breaks.push({ index: m.index, length: m[0].length, next });
  }
  return breaks;
}

/**
 * The sentences of a document, in order, by the same rule as
 * `findSentenceBreak`; headings (see `findHeadings`) are not sentences.
 */
export function splitSentences(text: string): string[] {
  const headingLines = new Set(findHeadings(text).map((h) => h.line));
  const body = collapseWhitespace(
    text
      .split(/\r?\n/)
      .map((line, i) => (headingLines.has(i + 1) ? '\n' : line))
      .join('\n'),
  );
  const sentences: string[] = [];
  let from = 0;
  for (const { next } of sentenceBreaks(body)) {
    sentences.push(body.slice(from, next).trim());
    from = next;
  }
  sentences.push(body.slice(from).trim());
  return sentences.filter((s) => s.length > 0);
}

export interface Heading {
  /** 1-based line number in the document. */
  line: number;
  text: string;
}

/**
 * Headings are the short stand-alone lines of a document. A line is a heading
 * when, trimmed, it is at most 80 characters, starts with an uppercase letter,
 * contains no comma, does not end in punctuation, and the next non-empty line
 * ends a sentence (so a hard-wrapped line of a paragraph is not a heading).
 */
export function findHeadings(text: string): Heading[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const headings: Heading[] = [];
  lines.forEach((line, i) => {
    if (line.length === 0 || line.length > 80) return;
    if (!/^\p{Lu}/u.test(line) || line.includes(',')) return;
    if (/[.!?;:,"'\u201d\u2019)\]\u2014\u2013-]$/.test(line)) return;
    const next = lines.slice(i + 1).find((l) => l.length > 0);
    if (next === undefined || !/[.!?"'\u201d\u2019)\]]$/.test(next)) return;
    headings.push({ line: i + 1, text: line });
  });
  return headings;
}

/** A document prepared for excerpt lookups. */
export class IndexedDocument {
  /** The text with whitespace collapsed. */
  readonly collapsed: string;
  readonly headings: Heading[];
  /** 1-based original line of each character of `collapsed`. */
  private readonly lineAt: number[] = [];

  constructor(readonly text: string) {
    let out = '';
    let line = 1;
    let pendingSpace = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (/\s/.test(c)) {
        if (c === '\n') line++;
        pendingSpace = out.length > 0;
        continue;
      }
      if (pendingSpace) {
        out += ' ';
        this.lineAt.push(line);
        pendingSpace = false;
      }
      out += c;
      this.lineAt.push(line);
    }
    this.collapsed = out;
    this.headings = findHeadings(text);
  }

  /** Lines on which the (collapsed) excerpt starts, one per occurrence. */
  occurrences(excerpt: string): number[] {
    const needle = collapseWhitespace(excerpt);
    if (needle.length === 0) return [];
    const lines: number[] = [];
    for (
      let i = this.collapsed.indexOf(needle);
      i >= 0;
      i = this.collapsed.indexOf(needle, i + 1)
    ) {
      lines.push(this.lineAt[i] ?? 0);
    }
    return lines;
  }

  /** The heading a line sits under, or undefined before the first heading. */
  sectionAt(line: number): string | undefined {
    let found: string | undefined;
    for (const h of this.headings) if (h.line < line) found = h.text;
    return found;
  }
}
