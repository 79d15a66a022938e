import { StoreTimeoutError } from '../../errors/DomainError';

/** Longest a computation holds the event loop before it lets other requests run. */
export const SLICE_MS = 8;

/** When the running slice began (one slice per turn of the event loop, for all computations). */
let sliceStart = Date.now();
/** Computations waiting for a turn, first come first served. */
const waiting: (() => void)[] = [];
let scheduled = false;

/**
 * One waiting computation resumes per turn of the event loop, with a fresh
 * slice; I/O (other requests) is served between turns. Fifteen rankings in
 * one query then take turns, and a request waits for one slice at most,
 * not one per ranking.
 */
function pump(): void {
  scheduled = false;
  const next = waiting.shift();
  sliceStart = Date.now();
  next?.();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(pump);
}

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}

/**
 * A deadline and a time slice for a computation that runs on the event loop
 * in pieces (the walks' rule, for whole-graph metrics): `tick()` between
 * pieces waits for the next turn once the slice is used up, and fails with
 * StoreTimeoutError (STORE_TIMEOUT) once the deadline has passed.
 */
export class WorkClock {
  private readonly deadline: number;

  constructor(
    private readonly operation: string,
    private readonly timeoutMs: number,
  ) {
    this.deadline = Date.now() + timeoutMs;
  }

  /** Cheap enough to call after every small piece of work. */
  async tick(): Promise<void> {
    if (Date.now() - sliceStart >= SLICE_MS) await nextTurn();
    if (Date.now() > this.deadline) throw new StoreTimeoutError(this.operation, this.timeoutMs);
  }
}
