import type { TimelineBucket } from '../../api/api';

/** The three kinds of dated fact the timeline counts, bottom to top in a bar. */
export const SERIES = ['relationships', 'flows', 'designations'] as const;
export type Series = (typeof SERIES)[number];

export interface BarSegment {
  series: Series;
  count: number;
  /** Top edge, in pixels from the top of the plot. */
  y: number;
  height: number;
}

/** One period's bar: its slot and its stacked counts. */
export interface Bar {
  period: string;
  /** Left edge and width of the period's slot (the bar is drawn inside, less the gap). */
  x: number;
  width: number;
  total: number;
  flowUsd: number;
  segments: BarSegment[];
}

export interface PlotSize {
  width: number;
  height: number;
}

/**
 * Bars for every period (a period without events gets an empty bar, so that
 * the gaps in time show as gaps): equal slots across the width, heights on
 * one linear scale up to the tallest total, the series stacked from the
 * bottom. Buckets of other periods (a year-only date in a month view) are
 * left to the caller.
 */
export function histogramBars(
  buckets: readonly TimelineBucket[],
  periods: readonly string[],
  size: PlotSize,
): Bar[] {
  const byPeriod = new Map(buckets.map((b) => [b.period, b]));
  const totals = periods.map((p) => total(byPeriod.get(p)));
  const tallest = Math.max(1, ...totals);
  const slot = periods.length ? size.width / periods.length : 0;
  return periods.map((period, i) => {
    const bucket = byPeriod.get(period);
    const segments: BarSegment[] = [];
    let bottom = size.height;
    for (const series of SERIES) {
      const count = bucket?.[series] ?? 0;
      if (count === 0) continue;
      const height = (count / tallest) * size.height;
      segments.push({ series, count, y: bottom - height, height });
      bottom -= height;
    }
    return {
      period,
      x: i * slot,
      width: slot,
      total: totals[i]!,
      flowUsd: bucket?.flowUsd ?? 0,
      segments,
    };
  });
}

function total(bucket: TimelineBucket | undefined): number {
  return bucket ? bucket.relationships + bucket.flows + bucket.designations : 0;
}
