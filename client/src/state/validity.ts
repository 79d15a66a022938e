import { isValidOn, yearOf } from '@explorer/domain';

/**
 * Whether a relationship holds in a given year: the domain's validity rule
 * (`isValidOn`, the one the server applies to `asOf`) asked for the year as
 * a partial date, so what the graph hides and what paths and exposure skip
 * agree. Null: every year.
 */
export function validInYear(
  rel: { start: string | null; end: string | null },
  year: number | null,
): boolean {
  return year == null || isValidOn(rel, String(year));
}

/**
 * Years the time slider spans: from `first` (default 1979, the revolution)
 * or the earliest dated relationship, to `last` (default `first`) or the
 * latest dated one. Read from the data, never from the clock: the same
 * graph gives the same slider whatever the day.
 */
export function yearDomain(
  relationships: Iterable<{ start: string | null; end: string | null }>,
  first = 1979,
  last = first,
): [number, number] {
  let min = first;
  let max = last;
  for (const rel of relationships) {
    for (const y of [yearOf(rel.start), yearOf(rel.end)]) {
      if (y == null) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  return [min, max];
}
