import type { TimelineBucket } from '../../api/api';
import { histogramBars } from './histogram';

const bucket = (period: string, counts: Partial<TimelineBucket>): TimelineBucket => ({
  period,
  relationships: 0,
  designations: 0,
  flows: 0,
  flowUsd: 0,
  ...counts,
});

describe('histogram bars', () => {
  const size = { width: 300, height: 100 };

  it('gives every period an equal slot, empty periods an empty bar', () => {
    const bars = histogramBars(
      [bucket('2001', { relationships: 2 })],
      ['2000', '2001', '2002'],
      size,
    );
    expect(bars.map((b) => [b.period, b.x, b.width, b.total])).toEqual([
      ['2000', 0, 100, 0],
      ['2001', 100, 100, 2],
      ['2002', 200, 100, 0],
    ]);
    expect(bars[0]!.segments).toEqual([]);
  });

  it('scales heights to the tallest total and stacks relationships, flows and designations from the bottom', () => {
    const bars = histogramBars(
      [
        bucket('2000', { relationships: 1, flows: 1, designations: 2, flowUsd: 1e9 }),
        bucket('2001', { designations: 2 }),
      ],
      ['2000', '2001'],
      size,
    );
    expect(bars[0]!.segments).toEqual([
      { series: 'relationships', count: 1, y: 75, height: 25 },
      { series: 'flows', count: 1, y: 50, height: 25 },
      { series: 'designations', count: 2, y: 0, height: 50 },
    ]);
    expect(bars[0]!.flowUsd).toBe(1e9);
    expect(bars[1]!.segments).toEqual([{ series: 'designations', count: 2, y: 50, height: 50 }]);
  });

  it('leaves out buckets of other periods (a year-only date among months)', () => {
    const bars = histogramBars(
      [bucket('2025', { relationships: 5 }), bucket('2025-02', { relationships: 1 })],
      ['2025-01', '2025-02'],
      size,
    );
    expect(bars.map((b) => b.total)).toEqual([0, 1]);
    expect(bars[1]!.segments[0]!.height).toBe(100);
  });
});
