import type { GraphStore } from './store/GraphStore';
import type { Logger } from './logger';

/**
 * Brings the store up and keeps trying while it is unreachable (Neo4j not yet
 * started, a restart). /readyz is 503 until the store has been prepared and
 * answers a ping.
 */
export class Readiness {
  private prepared = false;
  private stopped = false;
  private lastError: string | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly prepare: () => Promise<void>,
    private readonly logger: Logger,
    /** Delay between attempts; doubles up to maxDelayMs. */
    private readonly delayMs = 1000,
    private readonly maxDelayMs = 10000,
  ) {}

  /** Resolves once prepared, retrying forever until stop(). */
  async start(): Promise<void> {
    let delay = this.delayMs;
    while (!this.stopped) {
      try {
        await this.prepare();
        this.prepared = true;
        this.lastError = undefined;
        return;
      } catch (err) {
        this.lastError = err instanceof Error ? err.message : String(err);
        this.logger.warn(
          { store: this.store.name, err, retryInMs: delay },
          'store not ready; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, this.maxDelayMs);
      }
    }
  }

  stop(): void {
    this.stopped = true;
  }

  async check(): Promise<{ ready: boolean; store: string; reason?: string }> {
    if (!this.prepared)
      return { ready: false, store: this.store.name, reason: this.lastError ?? 'starting' };
    const ok = await this.store.ping().catch(() => false);
    return ok
      ? { ready: true, store: this.store.name }
      : { ready: false, store: this.store.name, reason: 'store unreachable' };
  }
}
