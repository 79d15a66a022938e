import { StoreTimeoutError } from '../../errors/DomainError';

/** Longest a computation holds the event loop before it lets other requests run. */
export const SLICE_MS = 8;

/**
 * When the running slice began. Shared by every computation: fifteen
 * rankings in one query take one slice per turn of the event loop between
 * them, not one each, so a request waiting for I/O waits one slice at most.
 */
let sliceStart = Date.now();

/**
 * A deadline and a time slice for a computation that runs on the event loop
 * in pieces (the walks' rule, for whole-graph metrics): `tick()` between
 * pieces gives other requests a turn once the slice is used up, and fails
 * with StoreTimeoutError (STORE_TIMEOUT) once the deadline has passed.
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
    let now = Date.now();
    if (now - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      now = sliceStart = Date.now();
    }
    if (now > this.deadline) throw new StoreTimeoutError(this.operation, this.timeoutMs);
  }
}
