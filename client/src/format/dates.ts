/**
 * Periods of relationships as people read them. Dates stay ISO 8601 and
 * possibly partial ("2025", "2025-07"): the source's own precision.
 */

/** "2019–2023", "since 2019", "until 2023", "2025" (start = end), or "" when unknown. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start && end) return start === end ? start : `${start}–${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return '';
}

/** Years only, for edge labels: "2025" (start only or same year), "2019–2023", "–2023" or "". */
export function formatYears(start: string | null, end: string | null): string {
  const from = start?.slice(0, 4) ?? '';
  const to = end?.slice(0, 4) ?? '';
  if (!from && !to) return '';
  if (from === to) return from;
  if (!to) return from;
  return `${from}–${to}`;
}
