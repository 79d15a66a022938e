import { formatPeriod, formatYears } from './dates';

describe('formatPeriod', () => {
  it('reads both ends, one end or none', () => {
    expect(formatPeriod('2019', '2023-05')).toBe('2019–2023-05');
    expect(formatPeriod('2025', '2025')).toBe('2025');
    expect(formatPeriod('2019-03', null)).toBe('since 2019-03');
    expect(formatPeriod(null, '2023')).toBe('until 2023');
    expect(formatPeriod(null, null)).toBe('');
  });
});

describe('formatYears', () => {
  it('keeps years only', () => {
    expect(formatYears('2025-07-30', null)).toBe('2025');
    expect(formatYears('2019-01', '2023-12')).toBe('2019–2023');
    expect(formatYears('2025', '2025-12')).toBe('2025');
    expect(formatYears(null, '2023')).toBe('–2023');
    expect(formatYears(null, null)).toBe('');
  });
});
