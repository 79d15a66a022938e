/**
 * When a relationship holds: its `Validity` (see model.ts), and the one rule
 * that says how a time filter (`asOf`, or a `from`/`to` range) treats it. The
 * stores implement the same rule (the memory store can call this; the Neo4j
 * store writes it in Cypher); graph-seed/README.md states it in words.
 */
import type { Relationship, Validity } from '@explorer/domain';
import { lowerBound, upperBound } from '@explorer/domain';

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
 */
export interface TimeWindow {
  from?: string;
  to?: string;
}

/**
 * How a relationship answers a time window:
 * - VALID: it held at some time in the window, as far as the source says;
 * - UNDATED: the source does not say whether it held then (returned only
 *   when undated facts are asked for, and flagged);
 * - OUTSIDE: the source says it did not hold then (never returned).
 */
export type ValidityStatus = 'VALID' | 'UNDATED' | 'OUTSIDE';

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';

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
  const span: [string, string] = [
    window.from === undefined ? OPEN_START : lowerBound(window.from),
    window.to === undefined ? OPEN_END : upperBound(window.to),
  ];
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
