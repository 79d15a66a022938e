import { yearOf } from '@explorer/domain';
import { validInYear, yearDomain } from './validity';

const rel = (start: string | null, end: string | null) => ({ start, end });

describe('validInYear', () => {
  it('keeps everything when no year is chosen', () => {
    expect(validInYear(rel('2013', '2021'), null)).toBe(true);
  });

  it('keeps a relationship whose period overlaps the year, at each date precision', () => {
    expect(validInYear(rel('2013', '2021'), 2013)).toBe(true);
    expect(validInYear(rel('2013', '2021'), 2021)).toBe(true);
    expect(validInYear(rel('2013', '2021'), 2022)).toBe(false);
    expect(validInYear(rel('2013', '2021'), 2012)).toBe(false);
    expect(validInYear(rel('2025-03-21', '2026-03-20'), 2026)).toBe(true);
    expect(validInYear(rel('2024-08', '2025-03'), 2024)).toBe(true);
    expect(validInYear(rel('2024-08', '2025-03'), 2023)).toBe(false);
  });

  it('treats a missing start or end as open', () => {
    expect(validInYear(rel(null, null), 1980)).toBe(true);
    expect(validInYear(rel('2025-07-30', null), 2030)).toBe(true);
    expect(validInYear(rel('2025-07-30', null), 2024)).toBe(false);
    expect(validInYear(rel(null, '2020'), 1990)).toBe(true);
    expect(validInYear(rel(null, '2020'), 2021)).toBe(false);
  });
});

describe('yearDomain', () => {
  it('spans 1979 to the latest dated relationship, never read from the clock', () => {
    expect(yearDomain([], 1979, 2026)).toEqual([1979, 2026]);
    expect(yearDomain([])).toEqual([1979, 1979]);
    expect(yearDomain([rel('2016', '2025-07')])).toEqual([1979, 2025]);
    expect(yearDomain([rel('1970', null), rel('2024', '2029')], 1979, 2026)).toEqual([1970, 2029]);
  });

  it('reads the year of partial dates', () => {
    expect(yearOf('2025-07-30')).toBe(2025);
    expect(yearOf(null)).toBeNull();
  });
});
