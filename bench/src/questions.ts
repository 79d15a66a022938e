import { ChainService } from '../../server/src/services/ChainService';
import type { GraphStore, TraverseStep } from '../../server/src/store/GraphStore';
import { log } from './ipc';
import { summarize, type Row } from './stats';

/**
 * One store question over a list of subjects, with the same question asked
 * of the baseline for each subject right after the store answered it.
 */
export interface Question {
  what: string;
  subjects: readonly string[];
  store: (subject: string) => Promise<unknown>;
  baseline: (subject: string) => unknown;
  goal?: string;
  /** Overrides the baseline label of the table for this row. */
  baselineLabel?: string;
  /** Subjects asked first and not measured (default 2). */
  warmup?: number;
}

export async function runQuestions(
  questions: readonly Question[],
  label: string,
  baselineLabel: string,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const q of questions) {
    const store = new Attempts('', 3);
    const base = new Attempts('baseline: ', 2);
    const warm = Math.min(q.warmup ?? 2, q.subjects.length);
    for (let i = 0; i < warm; i++) {
      await store.run(() => q.store(q.subjects[i]!));
      await base.run(async () => q.baseline(q.subjects[i]!));
    }
    store.reset();
    base.reset();
    const storeMs: number[] = [];
    const baseMs: number[] = [];
    const t0 = performance.now();
    for (const subject of q.subjects) {
      const s = await store.run(() => q.store(subject));
      if (s !== undefined) storeMs.push(s);
      const b = await base.run(async () => q.baseline(subject));
      if (b !== undefined) baseMs.push(b);
    }
    const notes = [store.note(storeMs.length), base.note(baseMs.length)].filter(Boolean);
    const row: Row = {
      what: q.what,
      unit: 'ms',
      value: summarize(storeMs),
      baseline: summarize(baseMs),
      baselineLabel: q.baselineLabel ?? baselineLabel,
      goal: q.goal,
      note: notes.length ? notes.join('; ') : undefined,
    };
    rows.push(row);
    log(
      `${label}: ${q.what}: median ${row.value.median.toFixed(3)} ms, p95 ${row.value.p95.toFixed(3)} ms ` +
        `(baseline ${row.baseline!.median.toFixed(3)} ms) [${((performance.now() - t0) / 1000).toFixed(1)} s]` +
        (row.note ? ` (${row.note})` : ''),
    );
  }
  return rows;
}

/**
 * Times calls of one side (store or baseline) of a question. A timeout
 * counts at its duration; after `maxTimeouts` of them, or any other error,
 * that side stops being asked (a query that exhausts Neo4j's transaction
 * memory would otherwise take the rest of the run), and the row says so.
 */
class Attempts {
  private timeouts = 0;
  private failure: string | undefined;
  constructor(
    private readonly prefix: string,
    private readonly maxTimeouts: number,
  ) {}

  reset(): void {
    this.timeouts = 0;
  }

  /** Milliseconds, or undefined when not asked or failed. */
  async run(fn: () => Promise<unknown>): Promise<number | undefined> {
    if (this.failure !== undefined || this.timeouts >= this.maxTimeouts) return undefined;
    const t = performance.now();
    try {
      await fn();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'STORE_TIMEOUT' || /TransactionTimedOut|Terminated/i.test(code)) {
        this.timeouts++;
        return performance.now() - t;
      }
      this.failure = (error instanceof Error ? error.message : String(error))
        .split('\n')[0]!
        .slice(0, 120);
      return undefined;
    }
    return performance.now() - t;
  }

  note(measured: number): string | undefined {
    const parts = [
      this.timeouts && `${this.timeouts} timed out (counted at their duration)`,
      this.timeouts >= this.maxTimeouts && `stopped after ${measured} subjects`,
      this.failure !== undefined && `failed: ${this.failure}`,
    ].filter(Boolean);
    return parts.length ? this.prefix + parts.join(', ') : undefined;
  }
}

/** The steps ChainService asks the store to follow for controlChain(direction: UP). */
export async function chainSteps(): Promise<TraverseStep[]> {
  let steps: TraverseStep[] = [];
  const spy = {
    traverse: async (_id: string, query: { steps: readonly TraverseStep[] }) => {
      steps = [...query.steps];
      return { actors: [], relationships: [], truncated: false };
    },
  } as unknown as GraphStore;
  await new ChainService(spy).controlChain('x', { direction: 'UP' });
  return steps;
}
