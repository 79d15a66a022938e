/**
 * When a relationship holds: its `Validity` (see model.ts), and the one rule
 * that says how a time filter (`asOf`, or a `from`/`to` range) treats it.
 * `validityStatus` is the rule; `validityIntervals` is the same rule as two
 * padded intervals the stores keep beside each relationship (the embedded
 * store in its walk index, Neo4j as properties) and compare as strings, so
 * both stores agree with this function to the day. graph-seed/README.md
 * states it in words.
 */
import { isAfter, lowerBound, OPEN_END, OPEN_START, upperBound } from './dates';
import type { Relationship, Validity } from './model';

/**
 * The validity of a relationship: its own, or (imported records, written
 * before validity existed) DATED when it has a start or an end, else UNDATED.
 */
export function validityOf(rel: Pick<Relationship, 'start' | 'end' | 'validity'>): Validity {
  if (rel.validity) return rel.validity;
  return rel.start !== undefined || rel.end !== undefined
    ? { kind: 'DATED', reason: 'the dates of the record' }
    : { kind: 'UNDATED', reason: 'the record gives no dates' };
}

/**
 * A time filter, each bound a partial ISO date. `asOf: "2025"` is the window
 * from "2025" to "2025"; a range may be open on either side.
 * `includeUndated`: also keep what the source does not date for the window
 * (status UNDATED); without it only VALID relationships pass.
 */
export interface TimeWindow {
  from?: string;
  to?: string;
  includeUndated?: boolean;
}

/** The window `asOf` stands for (or the range from..to); undefined when neither is given. */
export function timeWindow(args: {
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  includeUndated?: boolean | null;
}): TimeWindow | undefined {
  const from = args.from ?? args.asOf ?? undefined;
  const to = args.to ?? args.asOf ?? undefined;
  if (from === undefined && to === undefined) return undefined;
  return { from, to, includeUndated: args.includeUndated ?? false };
}

/** The padded bounds of a window, open sides as sentinels. */
export function windowBounds(window: TimeWindow): { from: string; to: string } {
  return {
    from: window.from === undefined ? OPEN_START : lowerBound(window.from),
    to: window.to === undefined ? OPEN_END : upperBound(window.to),
  };
}

/** True when `to` is before `from` at the precision both share: an empty range. */
export function isEmptyWindow(window: TimeWindow): boolean {
  return window.from !== undefined && window.to !== undefined && isAfter(window.from, window.to);
}

/**
 * How a relationship answers a time window:
 * - VALID: it held at some time in the window, as far as the source says;
 * - UNDATED: the source does not say whether it held then (returned only
 *   when undated facts are asked for, and flagged);
 * - OUTSIDE: the source says it did not hold then (never returned).
 */
export type ValidityStatus = 'VALID' | 'UNDATED' | 'OUTSIDE';

function overlaps(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && a[1] >= b[0];
}

/**
 * The rule, per kind (every date read at its own precision: "2025-04" is the
 * whole of April 2025):
 * - DATED and HISTORICAL: VALID when start..end (a missing bound is open)
 *   overlaps the window, else OUTSIDE;
 * - ENDED_BEFORE: OUTSIDE when the window starts on or after `endedBefore`
 *   (as of that statement it no longer held); otherwise VALID when `heldOn`
 *   overlaps the window, else UNDATED;
 * - UNDATED: VALID when `heldOn` overlaps the window, else UNDATED.
 * Without a window every relationship is VALID.
 */
export function validityStatus(
  rel: Pick<Relationship, 'start' | 'end' | 'validity'>,
  window: TimeWindow,
): ValidityStatus {
  if (window.from === undefined && window.to === undefined) return 'VALID';
  const bounds = windowBounds(window);
  const span: [string, string] = [bounds.from, bounds.to];
  const validity = validityOf(rel);
  const heldOn = (): ValidityStatus =>
    validity.heldOn !== undefined &&
    overlaps([lowerBound(validity.heldOn), upperBound(validity.heldOn)], span)
      ? 'VALID'
      : 'UNDATED';
  switch (validity.kind) {
    case 'DATED':
    case 'HISTORICAL': {
      const own: [string, string] = [
        rel.start === undefined ? OPEN_START : lowerBound(rel.start),
        rel.end === undefined ? OPEN_END : upperBound(rel.end),
      ];
      return overlaps(own, span) ? 'VALID' : 'OUTSIDE';
    }
    case 'ENDED_BEFORE':
      if (validity.endedBefore !== undefined && span[0] >= lowerBound(validity.endedBefore)) {
        return 'OUTSIDE';
      }
      return heldOn();
    case 'UNDATED':
      return heldOn();
  }
}

/**
 * An interval no window overlaps: it starts after every date ("9999-12-32"
 * sorts after OPEN_END and still reads as digits where dates are encoded as
 * numbers) and ends before every date.
 */
const NEVER = { from: '9999-12-32', to: OPEN_START } as const;

/**
 * The rule as intervals, for the stores. A window's status is VALID when it
 * overlaps [statedFrom, statedTo], else UNDATED when it overlaps
 * [validFrom, validTo], else OUTSIDE (stated is inside valid):
 * - DATED, HISTORICAL: both are start..end;
 * - ENDED_BEFORE: valid up to the day before `endedBefore` (open start);
 *   stated is `heldOn`, cut at that same day;
 * - UNDATED: valid is open; stated is `heldOn` (or never).
 * A window passes a filter when it overlaps the stated interval, or, with
 * `includeUndated`, the valid one.
 */
export function validityIntervals(rel: Pick<Relationship, 'start' | 'end' | 'validity'>): {
  validFrom: string;
  validTo: string;
  statedFrom: string;
  statedTo: string;
} {
  const validity = validityOf(rel);
  const held =
    validity.heldOn === undefined
      ? NEVER
      : { from: lowerBound(validity.heldOn), to: upperBound(validity.heldOn) };
  switch (validity.kind) {
    case 'DATED':
    case 'HISTORICAL': {
      const from = rel.start === undefined ? OPEN_START : lowerBound(rel.start);
      const to = rel.end === undefined ? OPEN_END : upperBound(rel.end);
      return { validFrom: from, validTo: to, statedFrom: from, statedTo: to };
    }
    case 'ENDED_BEFORE': {
      if (validity.endedBefore === undefined) {
        return {
          validFrom: OPEN_START,
          validTo: OPEN_END,
          statedFrom: held.from,
          statedTo: held.to,
        };
      }
      // A window starting on or after endedBefore is OUTSIDE: the last day it may start is the one before.
      const last = dayBefore(lowerBound(validity.endedBefore));
      // VALID needs both: start by `last` and overlap heldOn. Overlapping
      // [heldOn start, min(heldOn end, last)] is exactly that, even when that
      // pair is out of order (no window then passes but one that spans it).
      return {
        validFrom: OPEN_START,
        validTo: last,
        statedFrom: held.from,
        statedTo: held.to < last ? held.to : last,
      };
    }
    case 'UNDATED':
      return { validFrom: OPEN_START, validTo: OPEN_END, statedFrom: held.from, statedTo: held.to };
  }
}

/** The day before a full date: "2025-01-01" -> "2024-12-31" (window starts are full dates). */
function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d - 1); // not Date.UTC: it reads years 0..99 as 1900..1999
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** Whether a relationship passes a time filter (every relationship does without one). */
export function inWindow(
  rel: Pick<Relationship, 'start' | 'end' | 'validity'>,
  window: TimeWindow | undefined,
): boolean {
  if (!window) return true;
  const status = validityStatus(rel, window);
  return status === 'VALID' || (status === 'UNDATED' && window.includeUndated === true);
}
