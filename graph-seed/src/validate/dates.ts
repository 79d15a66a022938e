/**
 * Partial ISO 8601 dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD", with a real month
 * and a day that exists in that month (leap years included).
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialIsoDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
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
