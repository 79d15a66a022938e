import {
  isAfter,
  isPartialDate,
  isValidOn,
  lowerBound,
  upperBound,
  validity,
  yearOf,
} from './dates';

describe('partial ISO dates', () => {
  it.each(['2025', '2025-07', '2025-07-30', '2024-02-29'])('accepts %s', (d) =>
    expect(isPartialDate(d)).toBe(true),
  );
  it.each(['25', '2025-13', '2025-02-30', '2023-02-29', '2025-7-1', '2025/07/01', ''])(
    'rejects %s',
    (d) => expect(isPartialDate(d)).toBe(false),
  );

  it('pads to the earliest and latest day it can mean', () => {
    expect([lowerBound('2025'), upperBound('2025')]).toEqual(['2025-01-01', '2025-12-31']);
    expect([lowerBound('2025-02'), upperBound('2025-02')]).toEqual(['2025-02-01', '2025-02-31']);
    expect(validity(undefined, undefined)).toEqual({
      validFrom: '0000-01-01',
      validTo: '9999-12-31',
    });
  });

  it('a relationship is valid on a date its period overlaps, open ends open', () => {
    const office = { start: '2013', end: '2021' };
    expect(isValidOn(office, '2013-01-01')).toBe(true);
    expect(isValidOn(office, '2021-12-31')).toBe(true);
    expect(isValidOn(office, '2022')).toBe(false);
    expect(isValidOn(office, '2012-12')).toBe(false);
    expect(isValidOn({ start: '2025-07-30' }, '2025-07')).toBe(true);
    expect(isValidOn({ start: '2025-07-30' }, '2025-07-29')).toBe(false);
    expect(isValidOn({ end: '1999' }, '1800')).toBe(true);
    expect(isValidOn({}, undefined)).toBe(true);
  });
});

describe("partial ISO dates, as the curated data's validator reads them", () => {
  it.each(['2025', '2025-06', '2025-07-30', '2024-02-29'])('accepts %s', (d) => {
    expect(isPartialDate(d)).toBe(true);
  });
  it.each([
    '25',
    '2025-6',
    '2025-00',
    '2025-13',
    '2025-02-29',
    '2025-04-31',
    '2025/06',
    'June 2025',
  ])('rejects %s', (d) => {
    expect(isPartialDate(d)).toBe(false);
  });
  it('compares at the precision both dates share', () => {
    expect(isAfter('2025', '2025-03')).toBe(false);
    expect(isAfter('2025-04', '2025-03-31')).toBe(true);
    expect(isAfter('2024-08', '2025-03')).toBe(false);
  });
});

describe('yearOf', () => {
  it('reads the year of a partial date, null without one', () => {
    expect(yearOf('2025-07-30')).toBe(2025);
    expect(yearOf('1979')).toBe(1979);
    expect(yearOf(undefined)).toBeNull();
    expect(yearOf('')).toBeNull();
  });
});
