/**
 * Results of whole-graph metrics by key (the metric and a digest of the
 * subgraph's topology, i.e. the data version the result belongs to): a
 * ranking asked again over unchanged data is read back, not recomputed, and
 * identical rankings asked at the same time (aliases of one query, several
 * clients) share one computation. Least recently used entries go first.
 */
export class MetricCache<V> {
  private readonly done = new Map<string, V>();
  private readonly running = new Map<string, Promise<V>>();

  constructor(private readonly capacity = 64) {}

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.done.get(key);
    if (hit !== undefined) {
      this.done.delete(key);
      this.done.set(key, hit);
      return hit;
    }
    const pending = this.running.get(key);
    if (pending) return pending;
    const run = compute().then(
      (value) => {
        this.running.delete(key);
        this.done.set(key, value);
        if (this.done.size > this.capacity) this.done.delete(this.done.keys().next().value!);
        return value;
      },
      (error: unknown) => {
        // A failure (a deadline) is not remembered: the next ask tries again.
        this.running.delete(key);
        throw error;
      },
    );
    this.running.set(key, run);
    return run;
  }

  get size(): number {
    return this.done.size;
  }
}
