import { lowerBound, upperBound } from '@explorer/domain';
import type { TimeBucket } from '../../api/api';

/**
 * The periods a timeline lays out, one slot each: years ("2015") or months
 * ("2015-03"). A timeline's span comes from the data (and the range shown),
 * never from the clock.
 */

/** Every year or month from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: string, last: string, bucket: TimeBucket): string[] {
  const [y1, y2] = [Number(first.slice(0, 4)), Number(last.slice(0, 4))];
  const out: string[] = [];
  if (bucket === 'YEAR') {
    for (let y = y1; y <= y2; y++) out.push(pad(y, 4));
    return out;
  }
  // A year-only bound stands for its whole year: January, or December at the end.
  const m1 = first.length >= 7 ? Number(first.slice(5, 7)) : 1;
  const m2 = last.length >= 7 ? Number(last.slice(5, 7)) : 12;
  for (let i = y1 * 12 + m1 - 1; i <= y2 * 12 + m2 - 1; i++) {
    out.push(`${pad(Math.floor(i / 12), 4)}-${pad((i % 12) + 1, 2)}`);
  }
  return out;
}

/**
 * The slot of `date` in `periods`, read as days: for the start of a range
 * the first period that ends on or after the date begins, for its end the
 * last one that begins by the day the date ends. A date before or after
 * them all is clamped to the ends.
 */
export function slotOf(date: string, periods: readonly string[], side: 'from' | 'to'): number {
  if (side === 'from') {
    const day = lowerBound(date);
    const index = periods.findIndex((p) => upperBound(p) >= day);
    return index === -1 ? Math.max(0, periods.length - 1) : index;
  }
  const day = upperBound(date);
  for (let i = periods.length - 1; i >= 0; i--) if (lowerBound(periods[i]!) <= day) return i;
  return 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
