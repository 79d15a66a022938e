/**
 * Partial ISO 8601 dates ("2025", "2025-07", "2025-07-30") and validity: the
 * one date rule of the API, the curated data's validator and the view.
 *
 * A relationship is valid on a date when its period overlaps that date at the
 * date's own precision: asOf "2025" matches anything valid at some time in
 * 2025. Missing start or end is open. Both stores compare the same padded
 * strings, so they agree to the day; the view's year filter asks the same
 * question with asOf = the year.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", with a real month and a day that exists in that month (leap years included). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * True when `start` is after `end`, comparing at the precision both share
 * ("2025" is not after "2025-03"; "2025-04" is after "2025-03-31").
 */
export function isAfter(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return start.slice(0, n) > end.slice(0, n);
}

/** Earliest full date a partial date can mean: "2025" -> "2025-01-01". */
export function lowerBound(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Latest full date a partial date can mean: "2025-02" -> "2025-02-31" (sorts after every day of it). */
export function upperBound(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** The precision a partial date carries. */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

/** Sentinels for open ends; they sort before and after every real date. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

/** The padded validity interval stored alongside a relationship. */
export function validity(
  start?: string | null,
  end?: string | null,
): { validFrom: string; validTo: string } {
  return {
    validFrom: start ? lowerBound(start) : OPEN_START,
    validTo: end ? upperBound(end) : OPEN_END,
  };
}

/** The padded interval a (possibly partial) asOf date stands for. */
export function asOfInterval(asOf: string): { from: string; to: string } {
  return { from: lowerBound(asOf), to: upperBound(asOf) };
}

/** True when the relationship period overlaps asOf (or asOf is not given). */
export function isValidOn(
  rel: { start?: string | null | undefined; end?: string | null | undefined },
  asOf: string | null | undefined,
): boolean {
  if (!asOf) return true;
  const { validFrom, validTo } = validity(rel.start, rel.end);
  const { from, to } = asOfInterval(asOf);
  return validFrom <= to && validTo >= from;
}

/** The year a partial date falls in, or null. */
export function yearOf(date: string | null | undefined): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : null;
}

/** True when a designation is in force on asOf (listedOn..delistedOn, open ends; always without asOf). */
export function isInForce(
  designation: { listedOn?: string | undefined; delistedOn?: string | undefined },
  asOf: string | undefined,
): boolean {
  return isValidOn({ start: designation.listedOn, end: designation.delistedOn }, asOf);
}

/** True when some day of a partial date lies in [from, to] (padded full dates): "2025" falls in 2025-06-01..2025-06-30. */
export function fallsWithin(date: string | undefined, from: string, to: string): boolean {
  return date !== undefined && lowerBound(date) <= to && upperBound(date) >= from;
}
