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
    const warm = Math.min(q.warmup ?? 2, q.subjects.length);
    for (let i = 0; i < warm; i++) {
      await q.store(q.subjects[i]!);
      await q.baseline(q.subjects[i]!);
    }
    const storeMs: number[] = [];
    const baseMs: number[] = [];
    let storeTimeouts = 0;
    let baseTimeouts = 0;
    const t0 = performance.now();
    for (const subject of q.subjects) {
      let t = performance.now();
      if (!(await completes(() => q.store(subject)))) storeTimeouts++;
      storeMs.push(performance.now() - t);
      t = performance.now();
      if (!(await completes(async () => q.baseline(subject)))) baseTimeouts++;
      baseMs.push(performance.now() - t);
    }
    const notes = [
      storeTimeouts && `${storeTimeouts} of ${storeMs.length} timed out, counted at the timeout`,
      baseTimeouts && `baseline: ${baseTimeouts} timed out`,
    ].filter(Boolean);
    const row: Row = {
      what: q.what,
      unit: 'ms',
      value: summarize(storeMs),
      baseline: summarize(baseMs),
      baselineLabel,
      goal: q.goal,
      note: notes.length ? notes.join('; ') : undefined,
    };
    rows.push(row);
    log(
      `${label}: ${q.what}: median ${row.value.median.toFixed(3)} ms, p95 ${row.value.p95.toFixed(3)} ms ` +
        `(baseline ${row.baseline!.median.toFixed(3)} ms) [${((performance.now() - t0) / 1000).toFixed(1)} s]`,
    );
  }
  return rows;
}

/** Runs `fn`: true when it completed, false when it failed with a timeout (store or Neo4j transaction), rethrows anything else. */
async function completes(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'STORE_TIMEOUT' || /TransactionTimedOut|Terminated/i.test(code)) return false;
    throw error;
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
