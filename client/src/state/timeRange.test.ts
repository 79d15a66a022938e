import { inWindow } from '@explorer/domain';
import { readRange, timeKey, timeQuery, windowOf } from './timeRange';

describe('the time filter', () => {
  it('asks for a year as asOf and a range as from/to, never both', () => {
    expect(timeQuery({ year: 2015, range: null, includeUndated: false })).toEqual({
      asOf: '2015',
      from: null,
      to: null,
      includeUndated: false,
    });
    expect(
      timeQuery({ year: 2015, range: { from: '2001', to: null }, includeUndated: true }),
    ).toEqual({ asOf: null, from: '2001', to: null, includeUndated: true });
  });

  it('sends no includeUndated without a window, where it would mean nothing', () => {
    expect(timeQuery({ year: null, range: null, includeUndated: true }).includeUndated).toBeNull();
    expect(timeKey(timeQuery({ year: null, range: null, includeUndated: true }))).toBe('*');
  });

  it('keys each window apart, undated or not', () => {
    const keys = new Set(
      [
        { year: 2015, range: null, includeUndated: false },
        { year: 2015, range: null, includeUndated: true },
        { year: null, range: { from: '2015', to: '2015' }, includeUndated: false },
        { year: null, range: { from: '2015', to: null }, includeUndated: false },
      ].map((c) => timeKey(timeQuery(c))),
    );
    expect(keys.size).toBe(4);
  });

  it("applies the domain's rule: an undated fact passes a window only when undated facts are asked for", () => {
    const undated = { validity: { kind: 'UNDATED' as const, reason: 'no date' } };
    const choice = { year: null, range: { from: '1979', to: '1980' } };
    expect(inWindow(undated, windowOf(timeQuery({ ...choice, includeUndated: false })))).toBe(
      false,
    );
    expect(inWindow(undated, windowOf(timeQuery({ ...choice, includeUndated: true })))).toBe(true);
    expect(windowOf(timeQuery({ year: null, range: null, includeUndated: false }))).toBeUndefined();
  });

  it('reads only partial ISO dates in order', () => {
    expect(readRange('2001-02-03', '2001-02')).toEqual({ from: '2001-02-03', to: '2001-02' });
    expect(readRange('1999', 'x')).toEqual({ from: '1999', to: null });
    expect(readRange(null, null)).toBeNull();
    expect(readRange('2002', '2001')).toBeNull();
  });
});
