import type { Actor, Relationship } from '@explorer/graph-seed';
import { compareStrings } from '../../../server/src/domain/search';
import type { Subgraph, TraverseStep, WalkFilter } from '../../../server/src/store/GraphStore';
import type { Expand, Step } from '../../../server/src/store/walk/walk';
import { TYPE_CODE } from '../csr';

/**
 * Prototype of the proposed embedded-store layout (not used by the app):
 * actors and relationships in arrays indexed by integers, adjacency as CSR
 * (Int32Array offsets into relationship indexes), relationship endpoints and
 * types in typed arrays, and every relationship's rank in id order, so walks
 * touch integers only and build objects for what they return.
 *
 * `expander` feeds the shared walks (server/src/store/walk) unchanged, to
 * separate graphology's cost from the walk code's; `neighborhood` and
 * `traverse` answer exactly what MemoryGraphStore answers (checked by
 * proto/run.ts) without Step objects, Maps or string sorts.
 */
export class CompactGraph {
  readonly actors: Actor[];
  readonly rels: Relationship[];
  readonly index = new Map<string, number>();
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly type: Uint8Array;
  readonly offsets: Int32Array;
  readonly adj: Int32Array;
  /** Position of each relationship in id order, and the relationships in that order. */
  readonly rank: Int32Array;
  readonly order: Int32Array;
  /** Actors in id order. */
  readonly actorOrder: Int32Array;
  private readonly dist: Int32Array;
  private readonly seen: Int32Array;
  private readonly relSeen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(actors: readonly Actor[], rels: readonly Relationship[]) {
    this.actors = [...actors];
    this.rels = [...rels];
    actors.forEach((a, i) => this.index.set(a.id, i));
    const n = actors.length;
    const m = rels.length;
    this.src = new Int32Array(m);
    this.dst = new Int32Array(m);
    this.type = new Uint8Array(m);
    const deg = new Int32Array(n);
    for (let e = 0; e < m; e++) {
      const r = rels[e]!;
      const s = this.index.get(r.source)!;
      const t = this.index.get(r.target)!;
      this.src[e] = s;
      this.dst[e] = t;
      this.type[e] = TYPE_CODE.get(r.type)!;
      deg[s]!++;
      if (t !== s) deg[t]!++;
    }
    this.offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.offsets[i + 1] = this.offsets[i]! + deg[i]!;
    this.adj = new Int32Array(this.offsets[n]!);
    const fill = this.offsets.slice(0, n);
    for (let e = 0; e < m; e++) {
      const s = this.src[e]!;
      const t = this.dst[e]!;
      this.adj[fill[s]!++] = e;
      if (t !== s) this.adj[fill[t]!++] = e;
    }
    const order = new Int32Array(m);
    for (let e = 0; e < m; e++) order[e] = e;
    const ids = this.rels.map((r) => r.id);
    order.sort((a, b) => compareStrings(ids[a]!, ids[b]!));
    this.rank = new Int32Array(m);
    for (let i = 0; i < m; i++) this.rank[order[i]!] = i;
    this.order = order;
    this.actorOrder = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      compareStrings(this.actors[a]!.id, this.actors[b]!.id),
    );
    this.dist = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.relSeen = new Int32Array(m);
    this.queue = new Int32Array(n);
  }

  /** The shared walks' `expand` over this layout (no type/date filter: the bench uses none). */
  expander(filter: WalkFilter, directed: boolean): Expand {
    if (filter.types?.length || filter.asOf) throw new Error('prototype: no filters');
    return async (frontier) => {
      const steps: Step[] = [];
      for (const id of frontier) {
        const u = this.index.get(id)!;
        for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
          const e = this.adj[k]!;
          const rel = this.rels[e]!;
          if (this.src[e] === u) steps.push({ from: id, to: rel.target, rel });
          else if (!directed) steps.push({ from: id, to: rel.source, rel });
        }
      }
      return steps;
    };
  }

  /**
   * MemoryGraphStore.neighborhood's answer: the induced subgraph within
   * `depth`, cut to `limit` by (reach, id) with integer ranks.
   */
  neighborhood(centre: string, depth: number, limit: number): Subgraph {
    const stamp = ++this.stamp;
    const { dist, seen, queue, relSeen } = this;
    const c = this.index.get(centre)!;
    seen[c] = stamp;
    dist[c] = 0;
    queue[0] = c;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++]!;
      if (dist[u]! >= depth) continue;
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        const e = this.adj[k]!;
        const v = this.src[e] === u ? this.dst[e]! : this.src[e]!;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          dist[v] = dist[u]! + 1;
          queue[tail++] = v;
        }
      }
    }
    // Induced relationships, bucketed by reach (the farther endpoint's distance).
    const buckets: number[][] = Array.from({ length: depth + 1 }, () => []);
    let total = 0;
    for (let q = 0; q < tail; q++) {
      const u = queue[q]!;
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        const e = this.adj[k]!;
        if (relSeen[e] === stamp) continue;
        const v = this.src[e] === u ? this.dst[e]! : this.src[e]!;
        if (seen[v] !== stamp) continue;
        relSeen[e] = stamp;
        buckets[Math.max(dist[u]!, dist[v]!)]!.push(e);
        total++;
      }
    }
    const truncated = total > limit;
    const kept: number[] = [];
    for (const bucket of buckets) {
      if (kept.length >= limit) break;
      const room = limit - kept.length;
      if (bucket.length <= room) kept.push(...bucket);
      else kept.push(...this.smallestByRank(bucket, room));
    }
    kept.sort((a, b) => this.rank[a]! - this.rank[b]!);
    let actorIdx: number[];
    if (truncated) {
      const ends = new Set<number>([c]);
      for (const e of kept) ends.add(this.src[e]!).add(this.dst[e]!);
      actorIdx = [...ends];
    } else actorIdx = Array.from(queue.subarray(0, tail));
    const actors = actorIdx.map((i) => this.actors[i]!).sort((a, b) => compareStrings(a.id, b.id));
    return { actors, relationships: kept.map((e) => this.rels[e]!), truncated };
  }

  /**
   * The proposed cut: relationships ordered by (farther endpoint's distance,
   * nearer endpoint's distance, id), so a hub's own links come before the
   * links among its neighbours, and the ring at `depth` is only scanned for
   * links among its actors when the nearer buckets leave room under `limit`.
   * A different answer from today's when truncated, by design.
   */
  neighborhoodNearFirst(centre: string, depth: number, limit: number): Subgraph {
    const stamp = ++this.stamp;
    const { dist, seen, queue, relSeen } = this;
    const c = this.index.get(centre)!;
    seen[c] = stamp;
    dist[c] = 0;
    queue[0] = c;
    let head = 0;
    let tail = 1;
    const levelStart = [0];
    while (head < tail) {
      const u = queue[head++]!;
      if (dist[u]! >= depth) continue;
      if (dist[u]! + 1 > levelStart.length - 1) levelStart.push(tail);
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        const e = this.adj[k]!;
        const v = this.src[e] === u ? this.dst[e]! : this.src[e]!;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          dist[v] = dist[u]! + 1;
          queue[tail++] = v;
        }
      }
    }
    // Buckets (far, near), filled level by level from the nearer endpoint's side.
    const kept: number[] = [];
    let truncated = false;
    for (let near = 0; near <= depth && !truncated; near++) {
      const from = near < levelStart.length ? levelStart[near]! : tail;
      const to = near + 1 < levelStart.length ? levelStart[near + 1]! : tail;
      const byFar: number[][] = [[], []];
      for (let q = from; q < to; q++) {
        const u = queue[q]!;
        for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
          const e = this.adj[k]!;
          if (relSeen[e] === stamp) continue;
          const v = this.src[e] === u ? this.dst[e]! : this.src[e]!;
          if (seen[v] !== stamp || dist[v]! < near) continue;
          relSeen[e] = stamp;
          byFar[dist[v]! - near]!.push(e);
        }
      }
      for (const bucket of byFar) {
        const room = limit - kept.length;
        if (bucket.length > room) {
          kept.push(...this.smallestByRank(bucket, room));
          truncated = true;
          break;
        }
        kept.push(...bucket);
      }
      if (kept.length === limit && near < depth) {
        truncated = true; // conservative: farther buckets are not scanned
      }
    }
    kept.sort((a, b) => this.rank[a]! - this.rank[b]!);
    let actorIdx: number[];
    if (truncated) {
      const ends = new Set<number>([c]);
      for (const e of kept) ends.add(this.src[e]!).add(this.dst[e]!);
      actorIdx = [...ends];
    } else actorIdx = Array.from(queue.subarray(0, tail));
    const actors = actorIdx.map((i) => this.actors[i]!).sort((a, b) => compareStrings(a.id, b.id));
    return { actors, relationships: kept.map((e) => this.rels[e]!), truncated };
  }

  /** MemoryGraphStore.traverse's answer (directed rules, cut to `limit` by id). */
  traverse(
    start: string,
    steps: readonly TraverseStep[],
    maxHops: number,
    limit: number,
  ): Subgraph {
    let outMask = 0;
    let inMask = 0;
    for (const s of steps) {
      if (s.direction === 'OUT') outMask |= 1 << TYPE_CODE.get(s.type)!;
      else inMask |= 1 << TYPE_CODE.get(s.type)!;
    }
    const stamp = ++this.stamp;
    const { dist, seen, queue, relSeen } = this;
    const c = this.index.get(start)!;
    seen[c] = stamp;
    dist[c] = 0;
    queue[0] = c;
    let head = 0;
    let tail = 1;
    const used: number[] = [];
    while (head < tail) {
      const u = queue[head++]!;
      if (dist[u]! >= maxHops) continue;
      for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
        const e = this.adj[k]!;
        const bit = 1 << this.type[e]!;
        const s = this.src[e]!;
        const t = this.dst[e]!;
        const targets: number[] = [];
        if (s === u && outMask & bit) targets.push(t);
        if (t === u && inMask & bit && s !== t) targets.push(s);
        for (const v of targets) {
          if (relSeen[e] !== stamp) {
            relSeen[e] = stamp;
            used.push(e);
          }
          if (seen[v] !== stamp) {
            seen[v] = stamp;
            dist[v] = dist[u]! + 1;
            queue[tail++] = v;
          }
        }
      }
    }
    const truncated = used.length > limit;
    let relationships: Relationship[];
    if (used.length > this.rels.length / 16) {
      // Most of the graph: walk the id order once instead of sorting.
      relationships = [];
      for (let i = 0; i < this.order.length && relationships.length < limit; i++) {
        const e = this.order[i]!;
        if (relSeen[e] === stamp) relationships.push(this.rels[e]!);
      }
    } else {
      const kept = truncated ? this.smallestByRank(used, limit) : used;
      kept.sort((a, b) => this.rank[a]! - this.rank[b]!);
      relationships = kept.map((e) => this.rels[e]!);
    }
    let actors: Actor[];
    if (truncated) {
      const ends = new Set<string>([start]);
      for (const r of relationships) ends.add(r.source).add(r.target);
      actors = [...ends].map((id) => this.actors[this.index.get(id)!]!);
      actors.sort((a, b) => compareStrings(a.id, b.id));
    } else if (tail > this.actors.length / 16) {
      actors = [];
      for (let i = 0; i < this.actorOrder.length; i++) {
        const a = this.actorOrder[i]!;
        if (seen[a] === stamp) actors.push(this.actors[a]!);
      }
    } else {
      actors = Array.from(queue.subarray(0, tail), (i) => this.actors[i]!).sort((a, b) =>
        compareStrings(a.id, b.id),
      );
    }
    return { actors, relationships, truncated };
  }

  /** The k relationships of lowest rank (a partial selection; order not guaranteed). */
  private smallestByRank(list: readonly number[], k: number): number[] {
    if (list.length <= k) return [...list];
    const ranks = Int32Array.from(list, (e) => this.rank[e]!);
    ranks.sort();
    const cut = ranks[k - 1]!;
    return list.filter((e) => this.rank[e]! <= cut);
  }
}
