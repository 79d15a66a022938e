import { formatMoney, formatMoneyWithUsd } from './money';

const usd = (value: number, approximate = false) => ({
  value,
  currency: 'USD',
  approximate,
  usd: value,
});

describe('formatMoney', () => {
  it.each([
    [1e9, '$1bn'],
    [500e9, '$500bn'],
    [1.5e6, '$1.5m'],
    [12_345_678, '$12.3m'],
    [999.96e9, '$1tn'],
    [2500, '$2.5k'],
    [750, '$750'],
  ])('writes %p dollars as %s', (value, text) => {
    expect(formatMoney(usd(value))).toBe(text);
  });

  it('marks hedged amounts with ≈', () => {
    expect(formatMoney(usd(1e9, true))).toBe('≈$1bn');
  });

  it('writes other currencies with their code or symbol', () => {
    expect(formatMoney({ value: 3e14, currency: 'IRR', approximate: false, usd: null })).toBe(
      'IRR 300tn',
    );
    expect(formatMoney({ value: 2e9, currency: 'EUR', approximate: false, usd: null })).toBe(
      '€2bn',
    );
  });

  it('adds the dollar value for other currencies when known', () => {
    expect(
      formatMoneyWithUsd({ value: 3e14, currency: 'IRR', approximate: true, usd: 7.1e9 }),
    ).toBe('≈IRR 300tn (≈$7.1bn)');
    expect(formatMoneyWithUsd(usd(1e9))).toBe('$1bn');
  });
});
