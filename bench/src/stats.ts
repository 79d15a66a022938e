/** Sample summaries and the markdown tables the bench prints. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
}

/** Median and nearest-rank p95 (with few samples p95 is the maximum). */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, median: NaN, p95: NaN };
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const p95 = s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
  return { n: s.length, median, p95 };
}

/** Time of one call in milliseconds. */
export async function timeMs<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export type Unit = 'ms' | 'rows/s' | 'req/s' | 'fps' | 'B/rel' | 'MB' | 'KB' | 'B' | 's';

/**
 * One table row. `better` says which way is good, so the ratio reads
 * naturally: for times it is value / baseline (how many times slower than
 * the floor), for rates value / baseline (the fraction of the floor's rate).
 */
export interface Row {
  what: string;
  unit: Unit;
  value: Summary;
  baseline?: Summary;
  baselineLabel?: string;
  /** The goal in words, e.g. "<= 2 ms (median)". */
  goal?: string;
  /** true met, false missed, undefined not judged. */
  met?: boolean;
  note?: string;
}

export interface Table {
  title: string;
  rows: Row[];
  notes?: string[];
}

export function fmt(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return value >= 100
        ? `${value.toFixed(0)} ms`
        : value >= 10
          ? `${value.toFixed(1)} ms`
          : value >= 1
            ? `${value.toFixed(2)} ms`
            : `${value.toFixed(3)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'rows/s':
    case 'req/s':
      return `${value >= 1e5 ? (value / 1e3).toFixed(0) + 'k' : value >= 1e4 ? (value / 1e3).toFixed(1) + 'k' : value.toFixed(0)} ${unit}`;
    case 'fps':
      return `${value.toFixed(1)} fps`;
    case 'B/rel':
      return `${value.toFixed(0)} B/rel`;
    case 'MB':
      return `${value.toFixed(0)} MB`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'B':
      return `${value.toFixed(0)} B`;
  }
}

export function ratio(row: Row): string {
  if (!row.baseline || !Number.isFinite(row.baseline.median) || row.baseline.median === 0)
    return '—';
  const r = row.value.median / row.baseline.median;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** A table cell: pipes escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderTable(table: Table): string {
  const lines = [
    `### ${table.title}`,
    '',
    '| measure | n | median | p95 | baseline (median) | ratio | goal |',
    '| --- | ---: | ---: | ---: | --- | ---: | --- |',
  ];
  for (const row of table.rows) {
    const single = row.value.n <= 1;
    const base = row.baseline
      ? cell(`${row.baselineLabel ?? 'baseline'}: ${fmt(row.baseline.median, row.unit)}`)
      : '—';
    const goal = row.goal
      ? `${row.met === undefined ? '' : row.met ? '✅ ' : '❌ '}${row.goal}`
      : '';
    lines.push(
      `| ${cell(row.what + (row.note ? ` (${row.note})` : ''))} | ${row.value.n} | ${fmt(row.value.median, row.unit)} | ${single ? '—' : fmt(row.value.p95, row.unit)} | ${base} | ${ratio(row)} | ${goal} |`,
    );
  }
  if (table.notes?.length) lines.push('', ...table.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
