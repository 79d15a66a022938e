import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIGURES_FILE } from './paths';

/**
 * What a resilience test measured (latencies, recovery times, p99, memory):
 * printed, and kept in test-results/resilience/figures.json for the record.
 */
export function figure(name: string, value: number | string, unit = ''): void {
  const shown = typeof value === 'number' ? `${Math.round(value * 10) / 10}${unit}` : value;
  process.stdout.write(`  [resilience] ${name}: ${shown}\n`);
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(fs.readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // first figure of the run
  }
  all[name] = typeof value === 'number' ? { value, unit } : value;
  fs.mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  fs.writeFileSync(FIGURES_FILE, `${JSON.stringify(all, null, 2)}\n`);
}
