/**
 * What each export format cannot carry, written once. The import removes
 * control characters already (import/checkFields.ts); these make every
 * export well-formed whatever the store holds.
 */

/**
 * Characters XML 1.0 forbids outright (not even as a character reference):
 * C0 controls but tab, line feed and carriage return; lone surrogates;
 * U+FFFE and U+FFFF.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Control characters a CSV cell should not hold (spreadsheets and parsers stop at NUL). */
// eslint-disable-next-line no-control-regex
const NOT_CSV = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Shown in place of a character the format cannot carry. */
const REPLACEMENT = '\ufffd';

/** Text content of an XML element: markup escaped, forbidden characters replaced, CR kept as a reference. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, REPLACEMENT)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * A double-quoted XML attribute value: as text, plus the quote, and tab and
 * line breaks as references (a parser would otherwise turn them into spaces).
 */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** A CSV cell's text without control characters but tab and line breaks. */
export function csvText(value: string): string {
  return value.replace(NOT_CSV, REPLACEMENT);
}

/**
 * JSON text for a line-oriented file or a script: JSON.stringify, with the
 * line and paragraph separators (U+2028, U+2029; line breaks to some
 * readers) escaped too.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
