import { periodsBetween, slotOf } from './periods';

describe('timeline periods', () => {
  it('lays out every year, or every month, between two dates', () => {
    expect(periodsBetween('1979', '1982-06', 'YEAR')).toEqual(['1979', '1980', '1981', '1982']);
    expect(periodsBetween('2024-11', '2025-02-14', 'MONTH')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(periodsBetween('2025', '2025', 'MONTH')).toHaveLength(12);
  });

  it('finds the slot of a date at any precision, a coarse start at its first slot and a coarse end at its last', () => {
    const months = periodsBetween('2024', '2025', 'MONTH');
    expect(slotOf('2025', months, 'from')).toBe(12);
    expect(slotOf('2025', months, 'to')).toBe(23);
    expect(slotOf('2024-03-15', months, 'from')).toBe(2);
    const years = periodsBetween('2000', '2010', 'YEAR');
    expect(slotOf('2004-05', years, 'from')).toBe(4);
    expect(slotOf('2004-05', years, 'to')).toBe(4);
  });

  it('clamps dates outside the periods to the ends', () => {
    const years = periodsBetween('2000', '2010', 'YEAR');
    expect(slotOf('1990', years, 'from')).toBe(0);
    expect(slotOf('2030', years, 'from')).toBe(10);
    expect(slotOf('1990', years, 'to')).toBe(0);
    expect(slotOf('2030', years, 'to')).toBe(10);
  });
});
