import { RELATION_TYPES, type Actor, type Relationship, type RelationType } from '@explorer/domain';

/**
 * The floor the embedded store is measured against: the same graph in
 * compressed sparse rows (Int32Array offsets into neighbour/edge arrays, one
 * entry per edge end) and plain breadth-first searches over it that answer
 * the same questions as the store, as counts (no objects built).
 */

export const TYPE_CODE = new Map<RelationType, number>(RELATION_TYPES.map((t, i) => [t, i]));

export function typeMask(types: readonly RelationType[] | undefined): number {
  if (!types?.length) return 0x7fffffff;
  let mask = 0;
  for (const t of types) mask |= 1 << TYPE_CODE.get(t)!;
  return mask;
}

export class Csr {
  readonly n: number;
  readonly m: number;
  readonly index = new Map<string, number>();
  readonly offsets: Int32Array;
  readonly nbr: Int32Array;
  readonly edge: Int32Array;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly type: Uint8Array;
  // Scratch space reused by every search (stamped, so never cleared).
  private readonly seen: Int32Array;
  private readonly dist: Int32Array;
  private readonly edgeSeen: Int32Array;
  private readonly queue: Int32Array;
  private readonly sigma: Float64Array;
  /** 1 for an actor holding a designation (a record on the actor, not an edge). */
  private readonly listed: Uint8Array;
  private stamp = 0;

  constructor(
    actors: readonly Actor[],
    rels: readonly Relationship[],
    designatedIds: Iterable<string> = [],
  ) {
    this.n = actors.length;
    this.m = rels.length;
    actors.forEach((a, i) => this.index.set(a.id, i));
    this.src = new Int32Array(this.m);
    this.dst = new Int32Array(this.m);
    this.type = new Uint8Array(this.m);
    const deg = new Int32Array(this.n + 1);
    for (let e = 0; e < this.m; e++) {
      const r = rels[e]!;
      const s = this.index.get(r.source)!;
      const t = this.index.get(r.target)!;
      this.src[e] = s;
      this.dst[e] = t;
      this.type[e] = TYPE_CODE.get(r.type)!;
      deg[s]!++;
      deg[t]!++;
    }
    this.offsets = new Int32Array(this.n + 1);
    for (let i = 0; i < this.n; i++) this.offsets[i + 1] = this.offsets[i]! + deg[i]!;
    this.nbr = new Int32Array(2 * this.m);
    this.edge = new Int32Array(2 * this.m);
    const fill = this.offsets.slice(0, this.n);
    for (let e = 0; e < this.m; e++) {
      const s = this.src[e]!;
      const t = this.dst[e]!;
      let k = fill[s]!++;
      this.nbr[k] = t;
      this.edge[k] = e;
      k = fill[t]!++;
      this.nbr[k] = s;
      this.edge[k] = e;
    }
    this.seen = new Int32Array(this.n);
    this.dist = new Int32Array(this.n);
    this.edgeSeen = new Int32Array(this.m);
    this.queue = new Int32Array(this.n);
    this.sigma = new Float64Array(this.n);
    this.listed = new Uint8Array(this.n);
    for (const id of designatedIds) {
      const i = this.index.get(id);
      if (i !== undefined) this.listed[i] = 1;
    }
  }

  /** Bytes of the typed arrays (the id index Map is not counted). */
  bytes(): number {
    return [
      this.offsets,
      this.nbr,
      this.edge,
      this.src,
      this.dst,
      this.type,
      this.seen,
      this.dist,
      this.edgeSeen,
      this.queue,
      this.sigma,
    ].reduce((sum, a) => sum + a.byteLength, 0);
  }

  node(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`no actor ${id}`);
    return i;
  }

  degree(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  /** BFS to `depth` over edges in `mask`, then the induced edges among the actors reached. */
  neighborhood(start: number, depth: number, mask = 0x7fffffff): { actors: number; rels: number } {
    const stamp = ++this.stamp;
    const reached = this.bfs(start, depth, mask, stamp);
    let rels = 0;
    for (let q = 0; q < reached; q++) {
      const u = this.queue[q]!;
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        const e = this.edge[k]!;
        if (
          (mask >>> this.type[e]!) & 1 &&
          this.seen[this.nbr[k]!] === stamp &&
          this.edgeSeen[e] !== stamp
        ) {
          this.edgeSeen[e] = stamp;
          rels++;
        }
      }
    }
    return { actors: reached, rels };
  }

  /** Everything reachable (either direction). */
  fullBfs(start: number): number {
    return this.bfs(start, 0x7fffffff, 0x7fffffff, ++this.stamp);
  }

  /** Hop count and number of shortest paths from `from` to `to` (undirected), within maxHops. */
  paths(from: number, to: number, maxHops: number): { hops: number; count: number } {
    const stamp = ++this.stamp;
    const { seen, dist, queue, sigma } = this;
    seen[from] = stamp;
    dist[from] = 0;
    sigma[from] = 1;
    queue[0] = from;
    let head = 0;
    let tail = 1;
    let found = from === to ? 0 : -1;
    while (head < tail && found < 0) {
      const levelEnd = tail;
      const d = dist[queue[head]!]!;
      if (d >= maxHops) break;
      for (; head < levelEnd; head++) {
        const u = queue[head]!;
        for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
          const v = this.nbr[k]!;
          if (seen[v] !== stamp) {
            seen[v] = stamp;
            dist[v] = d + 1;
            sigma[v] = sigma[u]!;
            queue[tail++] = v;
            if (v === to) found = d + 1;
          } else if (dist[v] === d + 1) sigma[v]! += sigma[u]!;
        }
      }
    }
    return found < 0 ? { hops: -1, count: 0 } : { hops: found, count: sigma[to]! };
  }

  /** Nearest designated actors, over `mask` edges, within maxHops. */
  nearestDesignated(start: number, mask: number, maxHops: number): { hops: number; hits: number } {
    const stamp = ++this.stamp;
    const { seen, dist, queue } = this;
    seen[start] = stamp;
    dist[start] = 0;
    queue[0] = start;
    if (this.designated(start)) return { hops: 0, hits: 1 };
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const levelEnd = tail;
      const d = dist[queue[head]!]!;
      if (d >= maxHops) break;
      for (; head < levelEnd; head++) {
        const u = queue[head]!;
        for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
          if (!((mask >>> this.type[this.edge[k]!]!) & 1)) continue;
          const v = this.nbr[k]!;
          if (seen[v] !== stamp) {
            seen[v] = stamp;
            dist[v] = d + 1;
            queue[tail++] = v;
          }
        }
      }
      let hits = 0;
      for (let q = levelEnd; q < tail; q++) if (this.designated(queue[q]!)) hits++;
      if (hits > 0) return { hops: d + 1, hits };
    }
    return { hops: -1, hits: 0 };
  }

  /** Directed walk: `out`/`in` masks of types followed from source to target / target to source. */
  traverse(start: number, outMask: number, inMask: number, maxHops: number): number {
    const stamp = ++this.stamp;
    const { seen, dist, queue } = this;
    seen[start] = stamp;
    dist[start] = 0;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    let rels = 0;
    while (head < tail) {
      const u = queue[head++]!;
      const d = dist[u]!;
      if (d >= maxHops) continue;
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        const e = this.edge[k]!;
        const bit = 1 << this.type[e]!;
        const follow = this.src[e] === u ? outMask & bit : inMask & bit;
        if (!follow) continue;
        rels++;
        const v = this.nbr[k]!;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          dist[v] = d + 1;
          queue[tail++] = v;
        }
      }
    }
    return rels;
  }

  /** Edges of `node` whose type is in `mask` (the generator makes no self-loops). */
  relationshipsOf(node: number, mask: number): number {
    let count = 0;
    for (let k = this.offsets[node]!; k < this.offsets[node + 1]!; k++) {
      if ((mask >>> this.type[this.edge[k]!]!) & 1) count++;
    }
    return count;
  }

  private designated(v: number): boolean {
    return this.listed[v] === 1;
  }

  /** Plain BFS to `depth`; the actors reached are queue[0..returned). */
  private bfs(start: number, depth: number, mask: number, stamp: number): number {
    const { seen, dist, queue } = this;
    seen[start] = stamp;
    dist[start] = 0;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++]!;
      const d = dist[u]!;
      if (d >= depth) continue;
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        if (!((mask >>> this.type[this.edge[k]!]!) & 1)) continue;
        const v = this.nbr[k]!;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          dist[v] = d + 1;
          queue[tail++] = v;
        }
      }
    }
    return tail;
  }
}

/**
 * The search floor: every actor's lower-cased words in one array, and a
 * query matches when each of its words is a prefix of one of them.
 */
export class NameScan {
  private readonly words: string[][];
  constructor(actors: readonly Actor[]) {
    this.words = actors.map((a) =>
      [a.name, ...a.aliases]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  }
  search(text: string, first: number): number[] {
    const tokens = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const hits: number[] = [];
    for (let i = 0; i < this.words.length; i++) {
      const words = this.words[i]!;
      if (tokens.every((t) => words.some((w) => w.startsWith(t)))) hits.push(i);
    }
    return hits.slice(0, first);
  }
}
