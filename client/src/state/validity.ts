/**
 * Whether a relationship holds in a given year, by the API's rule (see
 * `schema.graphql`): its period overlaps the year, comparing partial dates at
 * their own precision; a missing start or end is open. The server applies the
 * same rule to `asOf`, so what the graph hides and what paths and exposure
 * skip agree.
 */
export function validInYear(
  rel: { start: string | null; end: string | null },
  year: number | null,
): boolean {
  if (year == null) return true;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const validFrom = rel.start ? lowerBound(rel.start) : '0000-01-01';
  const validTo = rel.end ? upperBound(rel.end) : '9999-12-31';
  return validFrom <= to && validTo >= from;
}

function lowerBound(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function upperBound(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** The year a partial date falls in, or null. */
export function yearOf(date: string | null | undefined): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : null;
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
