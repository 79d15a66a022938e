import type { Relationship, Validity } from './model';
import {
  inWindow,
  validityIntervals,
  validityOf,
  validityStatus,
  windowBounds,
  type TimeWindow,
  type ValidityStatus,
} from './validity';

type Timed = Pick<Relationship, 'start' | 'end' | 'validity'>;

const asOf = (date: string): TimeWindow => ({ from: date, to: date });
const status = (rel: Timed, window: TimeWindow): ValidityStatus => validityStatus(rel, window);
const v = (validity: Omit<Validity, 'reason'>): Validity => ({ reason: 'a test', ...validity });

describe('validityOf', () => {
  it('keeps a relationship its own validity', () => {
    const own = v({ kind: 'ENDED_BEFORE', endedBefore: '2025-04' });
    expect(validityOf({ validity: own })).toBe(own);
  });
  it('derives DATED or UNDATED for records without one (imports)', () => {
    expect(validityOf({ start: '2021-04-25' }).kind).toBe('DATED');
    expect(validityOf({ end: '2023' }).kind).toBe('DATED');
    expect(validityOf({}).kind).toBe('UNDATED');
  });
});

describe('validityStatus', () => {
  it('answers VALID for everything when there is no window', () => {
    expect(status({}, {})).toBe('VALID');
    expect(status({ validity: v({ kind: 'ENDED_BEFORE', endedBefore: '2000' }) }, {})).toBe(
      'VALID',
    );
  });

  describe('DATED and HISTORICAL', () => {
    const office: Timed = { start: '2013', end: '2021', validity: v({ kind: 'DATED' }) };
    it('overlap the window at each date’s precision', () => {
      expect(status(office, asOf('2013'))).toBe('VALID');
      expect(status(office, asOf('2021-12-31'))).toBe('VALID');
      expect(status(office, asOf('2022-01'))).toBe('OUTSIDE');
      expect(status(office, asOf('2012-12-31'))).toBe('OUTSIDE');
      expect(status(office, { from: '2000', to: '2013-01-01' })).toBe('VALID');
      expect(status(office, { from: '2022' })).toBe('OUTSIDE');
      expect(status(office, { to: '2012' })).toBe('OUTSIDE');
    });
    it('leave a missing bound open', () => {
      const since: Timed = { start: '2025-07-30', validity: v({ kind: 'DATED' }) };
      expect(status(since, asOf('2040'))).toBe('VALID');
      expect(status(since, asOf('2025-07-29'))).toBe('OUTSIDE');
    });
    it('treat a named period like its dates', () => {
      const war: Timed = {
        start: '1980-09',
        end: '1988-08',
        validity: v({ kind: 'HISTORICAL', period: 'the war', datesFrom: 'COMMON_KNOWLEDGE' }),
      };
      expect(status(war, asOf('1984'))).toBe('VALID');
      expect(status(war, asOf('1980-08'))).toBe('OUTSIDE');
      expect(status(war, asOf('2025-12'))).toBe('OUTSIDE');
    });
  });

  describe('ENDED_BEFORE', () => {
    const former: Timed = { validity: v({ kind: 'ENDED_BEFORE', endedBefore: '2025-04' }) };
    it('is OUTSIDE from the statement’s date on', () => {
      expect(status(former, asOf('2025-04'))).toBe('OUTSIDE');
      expect(status(former, asOf('2025-12'))).toBe('OUTSIDE');
      expect(status(former, { from: '2025-04-01', to: '2030' })).toBe('OUTSIDE');
    });
    it('is UNDATED before it: when it held is unknown', () => {
      expect(status(former, asOf('2025'))).toBe('UNDATED');
      expect(status(former, asOf('1979'))).toBe('UNDATED');
      expect(status(former, { from: '2020', to: '2026' })).toBe('UNDATED');
    });
    it('is VALID where the source says it held', () => {
      const held: Timed = {
        validity: v({ kind: 'ENDED_BEFORE', endedBefore: '2025-12', heldOn: '2016' }),
      };
      expect(status(held, asOf('2016-05'))).toBe('VALID');
      expect(status(held, asOf('2017'))).toBe('UNDATED');
    });
  });

  describe('UNDATED', () => {
    it('is UNDATED in any window', () => {
      const undated: Timed = { validity: v({ kind: 'UNDATED' }) };
      expect(status(undated, asOf('1979'))).toBe('UNDATED');
      expect(status(undated, asOf('2025-12'))).toBe('UNDATED');
    });
    it('is VALID in a window that meets the date on which the source says it held', () => {
      const now: Timed = { validity: v({ kind: 'UNDATED', heldOn: '2025-12' }) };
      expect(status(now, asOf('2025-12'))).toBe('VALID');
      expect(status(now, asOf('2025'))).toBe('VALID');
      expect(status(now, asOf('2025-12-15'))).toBe('VALID');
      expect(status(now, asOf('2025-11'))).toBe('UNDATED');
      expect(status(now, asOf('1979'))).toBe('UNDATED');
    });
  });
});

describe('validityIntervals: the same rule as intervals, for the stores', () => {
  // A deterministic generator: every kind, dates of each precision, windows open or closed.
  let seedValue = 7;
  const next = () => (seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const date = (): string => {
    const year = String(1975 + Math.floor(next() * 55));
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    return pick([year, `${year}-${month}`, `${year}-${month}-${day}`]);
  };
  const maybe = (): string | undefined => (next() < 0.3 ? undefined : date());
  const sorted = (a?: string, b?: string): [string | undefined, string | undefined] =>
    a && b && a > b ? [b, a] : [a, b];

  it('agrees with validityStatus on 20,000 random relationships and windows', () => {
    for (let i = 0; i < 20_000; i++) {
      const kind = pick(['DATED', 'ENDED_BEFORE', 'HISTORICAL', 'UNDATED'] as const);
      const [start, end] = sorted(maybe(), maybe());
      const rel: Timed = {
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        validity: v({
          kind,
          ...(kind === 'ENDED_BEFORE' && next() < 0.9 ? { endedBefore: date() } : {}),
          ...((kind === 'ENDED_BEFORE' || kind === 'UNDATED') && next() < 0.6
            ? { heldOn: date() }
            : {}),
        }),
      };
      const [from, to] = sorted(maybe(), maybe());
      const window: TimeWindow = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      if (from === undefined && to === undefined) continue;
      const { from: lo, to: hi } = windowBounds(window);
      const iv = validityIntervals(rel);
      const stated = lo <= iv.statedTo && hi >= iv.statedFrom;
      const valid = lo <= iv.validTo && hi >= iv.validFrom;
      const byIntervals: ValidityStatus = stated ? 'VALID' : valid ? 'UNDATED' : 'OUTSIDE';
      expect([rel, window, byIntervals]).toEqual([rel, window, validityStatus(rel, window)]);
    }
  });

  it('keeps undated facts out of a window unless asked for', () => {
    const undated: Timed = { validity: v({ kind: 'UNDATED', heldOn: '2025' }) };
    expect(inWindow(undated, { from: '1979', to: '1979' })).toBe(false);
    expect(inWindow(undated, { from: '1979', to: '1979', includeUndated: true })).toBe(true);
    expect(inWindow(undated, { from: '2025-06', to: '2025-06' })).toBe(true);
    expect(inWindow(undated, undefined)).toBe(true);
  });
});
