import type { TimeRange } from '../../state/timeRange';
import { slotOf } from './periods';

/** A brushed span of slots, first and last included, first <= last. */
export type Slots = readonly [number, number];

/** The slot under `x` pixels of a plot `width` wide split into `count` slots (clamped). */
export function slotAt(x: number, width: number, count: number): number {
  if (count <= 0 || width <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor((x / width) * count)));
}

/** A drag from slot `a` to slot `b`, either way round. */
export function slotsBetween(a: number, b: number): Slots {
  return a <= b ? [a, b] : [b, a];
}

/** The range the slots stand for: the first one's period to the last one's. */
export function rangeOfSlots(periods: readonly string[], slots: Slots): TimeRange {
  return { from: periods[slots[0]] ?? null, to: periods[slots[1]] ?? null };
}

/** Where a range sits on the periods (open sides at the ends); null: no range, all of them. */
export function slotsOfRange(range: TimeRange | null, periods: readonly string[]): Slots | null {
  if (!range || periods.length === 0) return null;
  const first = range.from ? slotOf(range.from, periods, 'from') : 0;
  const last = range.to ? slotOf(range.to, periods, 'to') : periods.length - 1;
  return slotsBetween(first, last);
}

/** How far each key moves a brush handle, in slots (PageUp/PageDown: ten periods). */
const STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -10,
  PageUp: 10,
};

/**
 * A brush handle moved by a key (the slider keys of WAI-ARIA: arrows by
 * one, Page keys by ten, Home and End to the limit); a handle never passes
 * the other one. Null: the key does not move it.
 */
export function moveHandle(
  slots: Slots,
  handle: 'start' | 'end',
  key: string,
  count: number,
): Slots | null {
  const [start, end] = slots;
  const [min, max] = handle === 'start' ? [0, end] : [start, count - 1];
  const current = handle === 'start' ? start : end;
  let next: number;
  if (key === 'Home') next = min;
  else if (key === 'End') next = max;
  else if (key in STEPS) next = Math.min(max, Math.max(min, current + STEPS[key]!));
  else return null;
  return handle === 'start' ? [next, end] : [start, next];
}

/**
 * Playback's next step: the same width one period later; null once its end
 * has reached the last period. Without a range it starts with the first period.
 */
export function nextStep(slots: Slots | null, count: number): Slots | null {
  if (count === 0) return null;
  if (!slots) return [0, 0];
  if (slots[1] + 1 >= count) return null;
  return [slots[0] + 1, slots[1] + 1];
}

/**
 * Where playback starts: the range as it is, unless it already ends at the
 * last period (then the same width from the first period) or spans them
 * all (then the first period alone: a range as wide as the timeline has
 * nowhere to go).
 */
export function playStart(slots: Slots | null, count: number): Slots | null {
  if (count === 0) return null;
  if (!slots || (slots[0] === 0 && slots[1] >= count - 1)) return [0, 0];
  if (slots[1] >= count - 1) return [0, slots[1] - slots[0]];
  return slots;
}
