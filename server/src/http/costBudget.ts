/**
 * Cost points each client may spend per minute, on top of the request count:
 * the rate limit follows the work a client causes (the price of each query,
 * queryCost.ts), not only how often it asks. A fixed one-minute window per
 * client IP; a request that does not fit in what is left of the window is
 * refused (HTTP 429) and not charged.
 */
export class CostBudget {
  private readonly windows = new Map<string, { start: number; spent: number }>();
  private lastSweep = 0;

  constructor(
    /** Points per client per window; 0 turns the budget off. */
    readonly perMinute: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges `points` to `client`, or says when the window that would fit them starts. */
  charge(client: string, points: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    if (this.perMinute <= 0) return { ok: true };
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, spent: 0 };
      this.windows.set(client, window);
    }
    if (window.spent + points > this.perMinute) {
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
      };
    }
    window.spent += points;
    return { ok: true };
  }

  /** Forgets windows that are over, at most once a window, so memory stays with the active clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [client, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(client);
    }
  }
}
