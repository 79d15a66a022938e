import { isAfter, isPartialDate, type TimeWindow } from '@explorer/domain';

/**
 * A range of dates the graph is filtered to (the timeline's brush): either
 * side a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD), null when open.
 */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

/** What of the view decides the time filter. */
export interface TimeChoice {
  /** "As of" one year (the toolbar's slider); excludes `range`. */
  year: number | null;
  /** A range (the timeline's brush); excludes `year`. */
  range: TimeRange | null;
  /** Also keep what the sources do not date for the window (the API's `includeUndated`). */
  includeUndated: boolean;
}

/** The time arguments the API takes, as sent: asOf, or from/to, with includeUndated. */
export interface TimeQuery {
  asOf: string | null;
  from: string | null;
  to: string | null;
  /** Null without a window: the argument means nothing then, and is left out. */
  includeUndated: boolean | null;
}

export const NO_TIME: TimeQuery = { asOf: null, from: null, to: null, includeUndated: null };

/** The API's time arguments for a choice: a year is `asOf`, a range `from`/`to`. */
export function timeQuery(choice: TimeChoice): TimeQuery {
  if (choice.range && (choice.range.from || choice.range.to)) {
    const { from, to } = choice.range;
    return { asOf: null, from, to, includeUndated: choice.includeUndated };
  }
  if (choice.year != null)
    return {
      asOf: String(choice.year),
      from: null,
      to: null,
      includeUndated: choice.includeUndated,
    };
  return NO_TIME;
}

/** A stable text for a query, to key requests and caches by. */
export function timeKey(query: TimeQuery): string {
  if (!query.asOf && !query.from && !query.to) return '*';
  const span = query.asOf ?? `${query.from ?? ''}..${query.to ?? ''}`;
  return `${span}${query.includeUndated ? '+undated' : ''}`;
}

/** The domain's window for a query (what `inWindow` and `validityStatus` read); undefined: none. */
export function windowOf(query: TimeQuery): TimeWindow | undefined {
  const from = query.from ?? query.asOf ?? undefined;
  const to = query.to ?? query.asOf ?? undefined;
  if (from === undefined && to === undefined) return undefined;
  return { from, to, includeUndated: query.includeUndated ?? false };
}

/**
 * A range read from text (the URL): each side must be a partial ISO date,
 * and `to` may not be before `from` (the API refuses that); anything else
 * is no range, never an error.
 */
export function readRange(from: string | null, to: string | null): TimeRange | null {
  const side = (value: string | null) => (value && isPartialDate(value) ? value : null);
  const range = { from: side(from), to: side(to) };
  if (!range.from && !range.to) return null;
  if (range.from && range.to && isAfter(range.from, range.to)) return null;
  return range;
}
