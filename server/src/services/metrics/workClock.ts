import { StoreTimeoutError } from '../../errors/DomainError';

/** Longest a computation holds the event loop before it lets other requests run. */
export const SLICE_MS = 8;

/**
 * A deadline and a time slice for a computation that runs on the event loop
 * in pieces (the walks' rule, for whole-graph metrics): `tick()` between
 * pieces gives other requests a turn once a slice is used up, and fails
 * with StoreTimeoutError (STORE_TIMEOUT) once the deadline has passed.
 */
export class WorkClock {
  private readonly deadline: number;
  private sliceStart = Date.now();

  constructor(
    private readonly operation: string,
    private readonly timeoutMs: number,
  ) {
    this.deadline = this.sliceStart + timeoutMs;
  }

  /** Cheap enough to call after every small piece of work. */
  async tick(): Promise<void> {
    let now = Date.now();
    if (now - this.sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      now = this.sliceStart = Date.now();
    }
    if (now > this.deadline) throw new StoreTimeoutError(this.operation, this.timeoutMs);
  }
}
