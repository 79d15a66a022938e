import type { GraphStore } from './store/GraphStore';
import type { Logger } from './logger';

/**
 * Brings the store up and keeps trying while it is unreachable (Neo4j not yet
 * started, a restart). /readyz is 503 until the store has been prepared and
 * answers a ping. Retries back off (1 s doubling to 5 s), and start again
 * from 1 s when the failure changes (say from "unreachable" to a write past
 * its deadline while Neo4j warms up): the store is coming up, so try soon.
 */
export class Readiness {
  private prepared = false;
  private stopped = false;
  /** The store was unreachable since it was last seen ready. */
  private recovering = false;
  private lastError: string | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly prepare: () => Promise<void>,
    private readonly logger: Logger,
    /** Delay between attempts; doubles up to maxDelayMs. */
    private readonly delayMs = 1000,
    private readonly maxDelayMs = 5000,
  ) {}

  /** Resolves once prepared, retrying forever until stop(). */
  async start(): Promise<void> {
    let delay = this.delayMs;
    let lastKind: string | undefined;
    while (!this.stopped) {
      try {
        await this.prepare();
        this.prepared = true;
        this.lastError = undefined;
        return;
      } catch (err) {
        this.lastError = err instanceof Error ? err.message : String(err);
        const kind = errorKind(err);
        if (lastKind !== undefined && kind !== lastKind) delay = this.delayMs;
        lastKind = kind;
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
    if (!ok) {
      this.recovering = true;
      return { ready: false, store: this.store.name, reason: 'store unreachable' };
    }
    if (this.recovering) {
      // Back after an outage (a Neo4j restart): `RETURN 1` answers well before real
      // queries do on a cold database, so ready again once one answers in time.
      const answers = await this.store.stats().then(
        () => true,
        () => false,
      );
      if (!answers) return { ready: false, store: this.store.name, reason: 'store warming up' };
      this.recovering = false;
    }
    return { ready: true, store: this.store.name };
  }
}

/** What kind of failure: the domain code (STORE_UNAVAILABLE, STORE_TIMEOUT...) or the error's name. */
function errorKind(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return err instanceof Error ? err.name : typeof err;
}
