import type { Actor, Relationship } from '@explorer/domain';
import { StoreTimeoutError } from '../../errors/DomainError';
import { MAX_ENUMERATED_PATHS } from '../walk/walk';
import {
  IN_BIT,
  OUT_BIT,
  SANCTIONS_CODE,
  TYPE_BITS,
  type Scratch,
  type WalkIndex,
} from './walkIndex';

/**
 * The embedded store's walks on the integer index: the same answers as the
 * shared walk code (server/src/store/walk, checked by walks.test.ts on random
 * graphs), with integers only until the kept actors and relationships are
 * turned back into records.
 */

export interface IntSubgraph {
  actors: Actor[];
  relationships: Relationship[];
  truncated: boolean;
}

export interface IntPath {
  actors: Actor[];
  relationships: Relationship[];
}

/** Adjacency entries scanned between two looks at the clock. */
const CHECK_EVERY = 1 << 14;
/** A walk gives the event loop a turn after running this long. */
const SLICE_MS = 10;

/**
 * Deadline of one walk. Walks call `check` between BFS levels and every
 * CHECK_EVERY adjacency entries: past the deadline it fails with
 * StoreTimeoutError; after SLICE_MS of work it yields to the event loop so
 * other requests are served meanwhile (short walks never yield).
 */
export class WalkClock {
  private readonly deadline: number;
  private lastYield = Date.now();

  constructor(
    private readonly operation: string,
    private readonly timeoutMs: number,
  ) {
    this.deadline = this.lastYield + timeoutMs;
  }

  /** Time left before the deadline (at least 1 ms). */
  remainingMs(): number {
    return Math.max(1, this.deadline - Date.now());
  }

  async check(): Promise<void> {
    let now = Date.now();
    if (now - this.lastYield >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      now = this.lastYield = Date.now();
    }
    if (now > this.deadline) throw new StoreTimeoutError(this.operation, this.timeoutMs);
  }
}

export interface WalkRules {
  /** Types followed out of an actor (bit per type code), and into it. */
  outMask: number;
  inMask: number;
  valid: ((rel: number) => boolean) | undefined;
}

async function withScratch<T>(ix: WalkIndex, run: (s: Scratch) => Promise<T>): Promise<T> {
  const scratch = ix.acquire();
  try {
    return await run(scratch);
  } finally {
    ix.release(scratch);
  }
}

/**
 * neighborhoodIds: actors within `depth` hops (undirected over `mask`), every
 * usable relationship among them, cut at `limit` by (farther endpoint's
 * distance, nearer endpoint's distance, id). Stops expanding once the
 * relationships known (every key up to (d+1, d) after ring d) exceed `limit`.
 */
export function neighborhood(
  ix: WalkIndex,
  centre: number,
  mask: number,
  valid: WalkRules['valid'],
  depth: number,
  limit: number,
  clock: WalkClock,
): Promise<IntSubgraph> {
  return withScratch(ix, async ({ seen, dist, queue, stamp }) => {
    const { offsets, adj, adjOther, adjMeta } = ix;
    seen[centre] = stamp;
    dist[centre] = 0;
    queue[0] = centre;
    let tail = 1;
    let head = 0;
    // buckets[2d] has key (d, d), buckets[2d + 1] key (d + 1, d).
    const buckets: number[][] = [];
    let known = 0;
    let work = 0;
    for (let d = 0; d <= depth; d++) {
      await clock.check();
      const same: number[] = [];
      const next: number[] = [];
      buckets.push(same, next);
      const end = tail;
      for (; head < end; head++) {
        const u = queue[head]!;
        for (let k = offsets[u]!, stop = offsets[u + 1]!; k < stop; k++) {
          if ((++work & (CHECK_EVERY - 1)) === 0) await clock.check();
          if (!((mask >>> (adjMeta[k]! & TYPE_BITS)) & 1)) continue;
          // Each relationship counted once, from its nearer end (from the
          // lower-numbered one inside a ring; a self-loop is listed once).
          const v = adjOther[k]!;
          let far: number;
          if (seen[v] !== stamp) {
            if (d === depth) continue; // the last ring only links its own actors
            far = d + 1;
          } else {
            far = dist[v]!;
            if (far < d || (far === d && v < u)) continue;
          }
          const e = adj[k]!;
          if (valid && !valid(e)) continue;
          if (seen[v] !== stamp) {
            seen[v] = stamp;
            dist[v] = far;
            queue[tail++] = v;
          }
          known++;
          if (far === d) same.push(e);
          else next.push(e);
        }
      }
      if (known > limit) break;
    }
    const truncated = known > limit;
    if (!truncated) {
      const all: number[] = [];
      for (const b of buckets) for (const e of b) all.push(e);
      return {
        actors: ix.actorsById(queue.subarray(0, tail)),
        relationships: ix.relsById(all),
        truncated,
      };
    }
    const kept: number[] = [];
    for (const bucket of buckets) {
      const room = limit - kept.length;
      if (room === 0) break;
      if (bucket.length <= room) for (const e of bucket) kept.push(e);
      else {
        const first = firstById(bucket, room);
        for (let i = 0; i < first.length; i++) kept.push(first[i]!);
      }
    }
    return {
      actors: ix.actorsById(endpoints(ix, kept, centre)),
      relationships: ix.relsById(kept),
      truncated,
    };
  });
}

/** traverseIds over per-type direction rules: everything reached and the relationships used, cut at `limit` by id. */
export function traverse(
  ix: WalkIndex,
  start: number,
  rules: WalkRules,
  maxHops: number,
  limit: number,
  clock: WalkClock,
): Promise<IntSubgraph> {
  return withScratch(ix, async (scratch) => {
    const { seen, queue, stamp } = scratch;
    const relSeen = (scratch.relSeen ??= new Int32Array(ix.relCount));
    const { offsets, adj, adjOther, adjMeta } = ix;
    const { outMask, inMask, valid } = rules;
    const anyMask = outMask | inMask;
    seen[start] = stamp;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    let work = 0;
    const used: number[] = [];
    for (let hop = 1; hop <= maxHops && head < tail; hop++) {
      await clock.check();
      const end = tail;
      for (; head < end; head++) {
        const u = queue[head]!;
        for (let k = offsets[u]!, stop = offsets[u + 1]!; k < stop; k++) {
          if ((++work & (CHECK_EVERY - 1)) === 0) await clock.check();
          const meta = adjMeta[k]!;
          const bit = meta & TYPE_BITS;
          if (!((anyMask >>> bit) & 1)) continue;
          // Out of u by an OUT rule, or into u by an IN rule (a self-loop only by OUT).
          const follow =
            meta & OUT_BIT ? (outMask >>> bit) & 1 : meta & IN_BIT ? (inMask >>> bit) & 1 : 0;
          if (!follow) continue;
          const e = adj[k]!;
          if (valid && !valid(e)) continue;
          const v = adjOther[k]!;
          if (relSeen[e] !== stamp) {
            relSeen[e] = stamp;
            used.push(e);
          }
          if (seen[v] !== stamp) {
            seen[v] = stamp;
            queue[tail++] = v;
          }
        }
      }
    }
    const truncated = used.length > limit;
    let relationships: Relationship[];
    if (used.length > ix.relCount / 16) {
      // Most of the graph: one pass in id order instead of sorting.
      relationships = [];
      const { rels } = ix;
      for (let e = 0; e < rels.length && relationships.length < limit; e++) {
        if (relSeen[e] === stamp) relationships.push(rels[e]!);
      }
    } else {
      relationships = ix.relsById(truncated ? firstById(used, limit) : used);
    }
    let actors: Actor[];
    if (truncated) {
      const ends = new Set<number>([start]);
      for (const rel of relationships) {
        ends.add(ix.actorIndex.get(rel.source)!).add(ix.actorIndex.get(rel.target)!);
      }
      actors = ix.actorsById([...ends]);
    } else if (tail > ix.actorCount / 16) {
      actors = [];
      for (let a = 0; a < ix.actorCount; a++) if (seen[a] === stamp) actors.push(ix.actors[a]!);
    } else {
      actors = ix.actorsById(queue.subarray(0, tail));
    }
    return { actors, relationships, truncated };
  });
}

/** Predecessor lists of one BFS (linked lists in typed arrays, in the order recorded). */
class Predecessors {
  from: Int32Array = new Int32Array(1024);
  rel: Int32Array = new Int32Array(1024);
  next: Int32Array = new Int32Array(1024);
  size = 0;
  /** First and last entry of each actor's list, valid when seen[actor] === stamp. */
  constructor(
    readonly first: Int32Array,
    readonly last: Int32Array,
  ) {}

  start(v: number, u: number, e: number): void {
    const k = this.add(u, e);
    this.first[v] = k;
    this.last[v] = k;
  }

  append(v: number, u: number, e: number): void {
    const k = this.add(u, e);
    this.next[this.last[v]!] = k;
    this.last[v] = k;
  }

  private add(u: number, e: number): number {
    if (this.size === this.from.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from);
      this.rel = grow(this.rel);
      this.next = grow(this.next);
    }
    const k = this.size++;
    this.from[k] = u;
    this.rel[k] = e;
    this.next[k] = -1;
    return k;
  }
}

interface RawPath {
  actors: number[];
  rels: number[];
}

/** comparePaths on numbers (in id order): fewest hops, then actor ids, then relationship ids, step by step. */
function comparePaths(a: RawPath, b: RawPath): number {
  if (a.rels.length !== b.rels.length) return a.rels.length - b.rels.length;
  for (let i = 0; i < a.rels.length; i++) {
    const byActor = a.actors[i + 1]! - b.actors[i + 1]!;
    if (byActor !== 0) return byActor;
    const byRel = a.rels[i]! - b.rels[i]!;
    if (byRel !== 0) return byRel;
  }
  return 0;
}

function toPaths(ix: WalkIndex, paths: RawPath[], first: number): IntPath[] {
  return paths
    .sort(comparePaths)
    .slice(0, first)
    .map((p) => ({
      actors: p.actors.map((a) => ix.actors[a]!),
      relationships: p.rels.map((e) => ix.rels[e]!),
    }));
}

/** One side of a bidirectional BFS, expanded a level at a time. */
class Side {
  readonly seen: Int32Array;
  readonly level: Int32Array;
  readonly queue: Int32Array;
  readonly preds: Predecessors;
  readonly count: Float64Array;
  readonly stamp: number;
  head = 0;
  tail = 1;
  depth = 0;

  constructor(
    ix: WalkIndex,
    scratch: Scratch,
    readonly start: number,
    /** Only adjacency entries with this bit (OUT_BIT forward, IN_BIT backward when directed; 0: any). */
    private readonly need: number,
  ) {
    this.seen = scratch.seen;
    this.level = scratch.dist;
    this.queue = scratch.queue;
    this.stamp = scratch.stamp;
    this.preds = new Predecessors(
      (scratch.predFirst ??= new Int32Array(ix.actorCount)),
      (scratch.predLast ??= new Int32Array(ix.actorCount)),
    );
    this.count = scratch.pathCount ??= new Float64Array(ix.actorCount);
    this.seen[start] = this.stamp;
    this.level[start] = 0;
    this.queue[0] = start;
    this.preds.first[start] = -1;
    this.count[start] = 1;
  }

  has(v: number): boolean {
    return this.seen[v] === this.stamp;
  }

  /** Adjacency entries the next expansion reads. */
  work(ix: WalkIndex): number {
    let sum = 0;
    for (let q = this.head; q < this.tail; q++) {
      const u = this.queue[q]!;
      sum += ix.offsets[u + 1]! - ix.offsets[u]!;
    }
    return sum;
  }

  /** Expands the frontier one level; the new actors are queue[from .. tail). */
  async expand(
    ix: WalkIndex,
    mask: number,
    valid: WalkRules['valid'],
    clock: WalkClock,
  ): Promise<number> {
    const { offsets, adj, adjOther, adjMeta } = ix;
    const { seen, level, queue, preds, count, stamp, need } = this;
    const hop = ++this.depth;
    const end = this.tail;
    let tail = end;
    let work = 0;
    for (let head = this.head; head < end; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, stop = offsets[u + 1]!; k < stop; k++) {
        if ((++work & (CHECK_EVERY - 1)) === 0) await clock.check();
        const meta = adjMeta[k]!;
        if (!((mask >>> (meta & TYPE_BITS)) & 1)) continue;
        if (need && !(meta & need)) continue;
        const e = adj[k]!;
        if (valid && !valid(e)) continue;
        const v = adjOther[k]!;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          level[v] = hop;
          queue[tail++] = v;
          preds.start(v, u, e);
          count[v] = count[u]!;
        } else if (level[v] === hop) {
          preds.append(v, u, e);
          count[v] = count[v]! + count[u]!;
        }
      }
    }
    this.head = end;
    this.tail = tail;
    return end;
  }

  /** Every path between the start and v through predecessors, as [v, ..., start]. */
  pathsFrom(v: number, out: RawPath[], actors: number[] = [v], rels: number[] = []): void {
    if (v === this.start) {
      out.push({ actors: [...actors], rels: [...rels] });
      return;
    }
    const { preds } = this;
    for (let k = preds.first[v]!; k !== -1; k = preds.next[k]!) {
      actors.push(preds.from[k]!);
      rels.push(preds.rel[k]!);
      this.pathsFrom(preds.from[k]!, out, actors, rels);
      actors.pop();
      rels.pop();
    }
  }
}

/**
 * shortestPathIds, searched from both ends (the smaller frontier expands
 * next) and enumerated in full, so the same set and order as the shared
 * one-sided walk. Undefined when there are more tied paths than
 * MAX_ENUMERATED_PATHS: which ones the shared walk keeps then depends on the
 * order graphology lists adjacency in, so the store asks the shared walk
 * itself (graphologyWalks.ts); below the cap every path is enumerated and
 * sorted, so the order of adjacency is irrelevant.
 */
export function shortestPaths(
  ix: WalkIndex,
  from: number,
  to: number,
  mask: number,
  valid: WalkRules['valid'],
  directed: boolean,
  maxHops: number,
  first: number,
  clock: WalkClock,
): Promise<IntPath[] | undefined> {
  if (from === to) return Promise.resolve(toPaths(ix, [{ actors: [from], rels: [] }], first));
  return withScratch(ix, (forward) =>
    withScratch(ix, async (backward) => {
      const fwd = new Side(ix, forward, from, directed ? OUT_BIT : 0);
      const bwd = new Side(ix, backward, to, directed ? IN_BIT : 0);
      const meet: number[] = [];
      while (fwd.depth + bwd.depth < maxHops && fwd.head < fwd.tail && bwd.head < bwd.tail) {
        await clock.check();
        const [side, other] = fwd.work(ix) <= bwd.work(ix) ? [fwd, bwd] : [bwd, fwd];
        const start = await side.expand(ix, mask, valid, clock);
        // The first level to touch the other side: every actor met lies on a shortest path.
        for (let q = start; q < side.tail; q++) {
          const v = side.queue[q]!;
          if (other.has(v)) meet.push(v);
        }
        if (meet.length > 0) break;
      }
      if (meet.length === 0) return [];
      let total = 0;
      for (const v of meet) total += fwd.count[v]! * bwd.count[v]!;
      if (total > MAX_ENUMERATED_PATHS) return undefined;
      const paths: RawPath[] = [];
      for (const v of meet) {
        const heads: RawPath[] = [];
        const tails: RawPath[] = [];
        fwd.pathsFrom(v, heads);
        bwd.pathsFrom(v, tails);
        for (const h of heads) {
          const actors = h.actors.reverse(); // from .. v
          const rels = h.rels.reverse();
          for (const t of tails) {
            // t: v .. to
            paths.push({ actors: [...actors, ...t.actors.slice(1)], rels: [...rels, ...t.rels] });
          }
        }
      }
      return toPaths(ix, paths, first);
    }),
  );
}

/** Whether a SANCTIONS relationship valid on asOf points at the actor. */
export function isDesignated(ix: WalkIndex, actor: number, valid: WalkRules['valid']): boolean {
  const { offsets, adj, adjMeta } = ix;
  for (let k = offsets[actor]!, stop = offsets[actor + 1]!; k < stop; k++) {
    const meta = adjMeta[k]!;
    if ((meta & TYPE_BITS) === SANCTIONS_CODE && meta & IN_BIT && (!valid || valid(adj[k]!)))
      return true;
  }
  return false;
}

/** nearestIds with designated actors as targets (undirected over `mask`); undefined as shortestPaths. */
export function nearestDesignated(
  ix: WalkIndex,
  start: number,
  mask: number,
  valid: WalkRules['valid'],
  maxHops: number,
  first: number,
  clock: WalkClock,
): Promise<IntPath[] | undefined> {
  return withScratch(ix, async (scratch) => {
    const side = new Side(ix, scratch, start, 0);
    const designated = (a: number) => isDesignated(ix, a, valid);
    // Stops after the first level holding a designated actor: all at the least distance.
    const hits = designated(start) ? [start] : [];
    while (hits.length === 0 && side.depth < maxHops && side.head < side.tail) {
      await clock.check();
      const from = await side.expand(ix, mask, valid, clock);
      for (let q = from; q < side.tail; q++)
        if (designated(side.queue[q]!)) hits.push(side.queue[q]!);
    }
    const paths: RawPath[] = [];
    for (const hit of hits) {
      if (side.count[hit]! > MAX_ENUMERATED_PATHS) return undefined;
      const back: RawPath[] = [];
      side.pathsFrom(hit, back);
      for (const p of back) paths.push({ actors: p.actors.reverse(), rels: p.rels.reverse() });
    }
    return toPaths(ix, paths, first);
  });
}

/** The k relationships first in id order (in no particular order). */
function firstById(list: readonly number[], k: number): ArrayLike<number> {
  if (list.length <= k) return list;
  const copy = Int32Array.from(list);
  selectSmallest(copy, k);
  return copy.subarray(0, k);
}

/**
 * Moves the k smallest values of `a` (distinct) to a[0 .. k) in linear
 * expected time (quickselect, median of three), in no particular order.
 */
export function selectSmallest(a: Int32Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of a[lo], a[mid], a[hi] as the pivot.
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // a[lo .. j] <= pivot <= a[i .. hi], and j < i.
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}

function endpoints(ix: WalkIndex, rels: readonly number[], always: number): number[] {
  const ends = new Set<number>([always]);
  for (const e of rels) {
    const rel = ix.rels[e]!;
    ends.add(ix.actorIndex.get(rel.source)!).add(ix.actorIndex.get(rel.target)!);
  }
  return [...ends];
}
