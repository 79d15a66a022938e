import type { RelationshipFields } from '../api/api';

type Money = NonNullable<RelationshipFields['amount']>;

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
const SCALES: [number, string][] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
];

/**
 * A short amount such as "$1bn", "€2.5m", "IRR 300tn"; hedged amounts get a
 * leading "≈". Three significant digits at most.
 */
export function formatMoney(money: Money): string {
  const symbol = SYMBOLS[money.currency];
  const prefix = symbol ?? `${money.currency} `;
  return `${money.approximate ? '≈' : ''}${prefix}${compact(money.value)}`;
}

/** formatMoney, plus the dollar value in brackets for other currencies when known. */
export function formatMoneyWithUsd(money: Money): string {
  const text = formatMoney(money);
  if (money.currency === 'USD' || money.usd == null) return text;
  return `${text} (≈${formatMoney({ value: money.usd, currency: 'USD', approximate: false, usd: null })})`;
}

function compact(value: number): string {
  const sign = value < 0 ? '-' : '';
  let abs = Math.abs(value);
  for (let i = 0; i < SCALES.length; i++) {
    const [scale, unit] = SCALES[i]!;
    if (abs >= scale * 0.9995) {
      let scaled = round3(abs / scale);
      // 999.96bn rounds to 1000bn: say 1tn instead.
      if (scaled >= 1000 && i > 0) {
        const [bigger, biggerUnit] = SCALES[i - 1]!;
        scaled = round3(abs / bigger);
        return `${sign}${scaled}${biggerUnit}`;
      }
      return `${sign}${scaled}${unit}`;
    }
  }
  abs = round3(abs);
  return `${sign}${abs}`;
}

function round3(value: number): number {
  return Number(value.toPrecision(3));
}

/** A dollar amount: "$23bn". */
export function formatUsd(value: number): string {
  return formatMoney({ value, currency: 'USD', approximate: false, usd: value });
}
