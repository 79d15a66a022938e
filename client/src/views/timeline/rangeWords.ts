import type { TimeRange } from '../../state/timeRange';

/** A range as people read it: "2015 – 2020", "2025" (one period), "from 2015", "until 2020". */
export function rangeWords(range: TimeRange): string {
  if (range.from && range.to)
    return range.from === range.to ? range.from : `${range.from} – ${range.to}`;
  return range.from ? `from ${range.from}` : `until ${range.to ?? ''}`;
}
