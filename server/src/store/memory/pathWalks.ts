import { MAX_ENUMERATED_PATHS } from '../walk/walk';
import { IN_BIT, OUT_BIT, TYPE_BITS, type Scratch, type WalkIndex } from './walkIndex';
import { CHECK_EVERY, withScratch, type IntPath, type WalkClock, type WalkRules } from './walks';

/**
 * The embedded store's path walks on the integer index: all shortest paths
 * (`shortestPaths`, a bidirectional BFS) and the nearest designated actors
 * (`nearestDesignated`, sanctions exposure), with the same answers and order
 * as the shared walk code (server/src/store/walk; walks.test.ts compares
 * them on random graphs). Neighbourhoods and chains are in walks.ts.
 */

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

/** nearestIds with designated actors as targets (undirected over `mask`); undefined as shortestPaths. */
export function nearestDesignated(
  ix: WalkIndex,
  start: number,
  mask: number,
  valid: WalkRules['valid'],
  designatedFlags: Uint8Array,
  maxHops: number,
  first: number,
  clock: WalkClock,
): Promise<IntPath[] | undefined> {
  return withScratch(ix, async (scratch) => {
    const side = new Side(ix, scratch, start, 0);
    const designated = (a: number) => designatedFlags[a] === 1;
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
