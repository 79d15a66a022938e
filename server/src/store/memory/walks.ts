import type { Actor, Relationship } from '@explorer/domain';
import { StoreTimeoutError } from '../../errors/DomainError';
import { IN_BIT, OUT_BIT, TYPE_BITS, type Scratch, type WalkIndex } from './walkIndex';

/**
 * The embedded store's walks on the integer index: the same answers as the
 * shared walk code (server/src/store/walk, checked by walks.test.ts on random
 * graphs), with integers only until the kept actors and relationships are
 * turned back into records. Neighbourhoods and chains here; shortest paths
 * and the nearest designated actors in pathWalks.ts.
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
export const CHECK_EVERY = 1 << 14;
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

/** Runs `run` with working arrays from the index's pool, returned afterwards. */
export async function withScratch<T>(ix: WalkIndex, run: (s: Scratch) => Promise<T>): Promise<T> {
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
