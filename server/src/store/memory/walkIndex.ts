import type { MultiDirectedGraph } from 'graphology';
import {
  compareStrings,
  inWindow,
  RELATION_TYPES,
  validityIntervals,
  windowBounds,
  type Actor,
  type Relationship,
  type RelationType,
  type TimeWindow,
} from '@explorer/domain';

/**
 * The integer index the embedded store walks on, derived from the graphology
 * graph (the store of record) and rebuilt on the first walk after a write:
 * actors and relationships numbered in id order (comparing or sorting numbers
 * = by id), adjacency as compressed sparse rows with, per entry, the
 * relationship, the actor at the other end and the type and direction
 * (graphology's adjacency order is not kept: no answer depends on it, see
 * walks.ts pathsTo). Validity intervals are encoded as numbers on the first
 * time question. About 27 B per relationship (+16 once dates are asked, +4 per concurrent walk).
 */

const TYPE_CODE = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
/** Type code of a type outside RELATION_TYPES (never expected; kept walkable). */
const OTHER_TYPE = 31;
export const TYPE_BITS = 31;
export const OUT_BIT = 32;
export const IN_BIT = 64;

/** Bit mask of relationship types; every type when none are given. */
export function typeMask(types: readonly RelationType[] | undefined): number {
  if (!types?.length) return -1;
  let mask = 0;
  for (const t of types) mask |= 1 << (TYPE_CODE.get(t) ?? OTHER_TYPE);
  return mask;
}

/** Each relationship's valid and stated intervals (validityIntervals), as yyyymmdd numbers. */
interface Dates {
  validFrom: Int32Array;
  validTo: Int32Array;
  statedFrom: Int32Array;
  statedTo: Int32Array;
}

/** Working arrays of one walk (taken from a pool: walks yield, so several may run at once). */
export interface Scratch {
  /** seen[actor] === stamp when reached in this walk; dist is then its distance. */
  seen: Int32Array;
  dist: Int32Array;
  /** relSeen[rel] === stamp when the walk has counted the relationship (traverse only; allocated on first use). */
  relSeen?: Int32Array;
  queue: Int32Array;
  /** First and last predecessor entry of each actor (path walks only; allocated on first use). */
  predFirst?: Int32Array;
  predLast?: Int32Array;
  /** Number of shortest paths from the start to each actor. */
  pathCount?: Float64Array;
  stamp: number;
}

export class WalkIndex {
  readonly actors: Actor[];
  readonly actorIndex = new Map<string, number>();
  readonly rels: Relationship[];
  /** adj[offsets[a] .. offsets[a+1]) are the relationships touching actor a (a self-loop once). */
  readonly offsets: Int32Array;
  readonly adj: Int32Array;
  /**
   * Alongside adj, so a walk reads its adjacency in sequence: the actor at
   * the other end, and the type code (low 5 bits) with OUT_BIT when the
   * actor is the source, IN_BIT when it is the target (both: a self-loop).
   */
  readonly adjOther: Int32Array;
  readonly adjMeta: Uint8Array;
  private dates: Dates | undefined;
  private readonly pool: Scratch[] = [];

  constructor(g: MultiDirectedGraph<Actor, Relationship>) {
    // Actors and relationships are numbered in id order: comparing numbers
    // compares ids (compareStrings), sorting numbers sorts by id.
    const n = g.order;
    const m = g.size;
    const actorIds = g.nodes().sort(); // default sort: UTF-16 code units, compareStrings' order
    this.actors = new Array<Actor>(n);
    for (let a = 0; a < n; a++) {
      this.actors[a] = g.getNodeAttributes(actorIds[a]!);
      this.actorIndex.set(actorIds[a]!, a);
    }
    const stored = new Array<Relationship>(m);
    let e = 0;
    g.forEachEdge((_key, rel) => {
      stored[e++] = rel;
    });
    const order = relationshipsById(stored);
    this.rels = new Array<Relationship>(m);
    // Endpoints and type codes only while building: the adjacency holds them.
    const src = new Int32Array(m);
    const dst = new Int32Array(m);
    const type = new Uint8Array(m);
    const degree = new Int32Array(n + 1);
    for (let r = 0; r < m; r++) {
      const rel = stored[order[r]!]!;
      const s = this.actorIndex.get(rel.source)!;
      const t = this.actorIndex.get(rel.target)!;
      this.rels[r] = rel;
      src[r] = s;
      dst[r] = t;
      type[r] = TYPE_CODE.get(rel.type) ?? OTHER_TYPE;
      degree[s]!++;
      if (t !== s) degree[t]!++;
    }
    this.offsets = new Int32Array(n + 1);
    for (let a = 0; a < n; a++) this.offsets[a + 1] = this.offsets[a]! + degree[a]!;
    const size = this.offsets[n]!;
    this.adj = new Int32Array(size);
    this.adjOther = new Int32Array(size);
    this.adjMeta = new Uint8Array(size);
    const fill = this.offsets.slice(0, n);
    for (let r = 0; r < m; r++) {
      const s = src[r]!;
      const t = dst[r]!;
      const code = type[r]!;
      let k = fill[s]!++;
      this.adj[k] = r;
      this.adjOther[k] = t;
      this.adjMeta[k] = code | OUT_BIT | (t === s ? IN_BIT : 0);
      if (t !== s) {
        k = fill[t]!++;
        this.adj[k] = r;
        this.adjOther[k] = s;
        this.adjMeta[k] = code | IN_BIT;
      }
    }
  }

  get actorCount(): number {
    return this.actors.length;
  }

  get relCount(): number {
    return this.rels.length;
  }

  /**
   * The time test of a window (undefined when every relationship passes):
   * the domain's `inWindow`, as the overlap of the window with each
   * relationship's stated interval (or, with includeUndated, its valid one;
   * see validityIntervals) on padded dates encoded as yyyymmdd numbers,
   * falling back to `inWindow` itself for a date that does not encode.
   */
  validOn(window: TimeWindow | undefined): ((rel: number) => boolean) | undefined {
    if (!window) return undefined;
    const bounds = windowBounds(window);
    const lo = encode(bounds.from);
    const hi = encode(bounds.to);
    if (lo < 0 || hi < 0) return (e) => inWindow(this.rels[e]!, window);
    const dates = this.validity();
    const [from, to] = window.includeUndated
      ? [dates.validFrom, dates.validTo]
      : [dates.statedFrom, dates.statedTo];
    return (e) => {
      const f = from[e]!;
      const t = to[e]!;
      if (f < 0 || t < 0) return inWindow(this.rels[e]!, window);
      return f <= hi && t >= lo;
    };
  }

  private validity(): Dates {
    if (!this.dates) {
      const m = this.rels.length;
      const dates: Dates = {
        validFrom: new Int32Array(m),
        validTo: new Int32Array(m),
        statedFrom: new Int32Array(m),
        statedTo: new Int32Array(m),
      };
      for (let e = 0; e < m; e++) {
        const v = validityIntervals(this.rels[e]!);
        dates.validFrom[e] = encode(v.validFrom);
        dates.validTo[e] = encode(v.validTo);
        dates.statedFrom[e] = encode(v.statedFrom);
        dates.statedTo[e] = encode(v.statedTo);
      }
      this.dates = dates;
    }
    return this.dates;
  }

  acquire(): Scratch {
    const scratch = this.pool.pop() ?? {
      seen: new Int32Array(this.actors.length),
      dist: new Int32Array(this.actors.length),
      queue: new Int32Array(this.actors.length),
      stamp: 0,
    };
    if (scratch.stamp === 0x7fffffff) {
      scratch.seen.fill(0);
      scratch.relSeen?.fill(0);
      scratch.stamp = 0;
    }
    scratch.stamp++;
    return scratch;
  }

  release(scratch: Scratch): void {
    this.pool.push(scratch);
  }

  /** Relationships in id order (rels: any order, no duplicates). */
  relsById(rels: ArrayLike<number>): Relationship[] {
    return byIndex(rels, this.rels);
  }

  /** Actors in id order (actors: any order, no duplicates). */
  actorsById(actors: ArrayLike<number>): Actor[] {
    return byIndex(actors, this.actors);
  }
}

/**
 * Relationship indexes in id order. The native sort of "id\0index" strings
 * orders like compareStrings on the ids (\0 sorts before every other code
 * unit); ids containing \0 fall back to a comparator.
 */
function relationshipsById(rels: readonly Relationship[]): Int32Array {
  const m = rels.length;
  const order = new Int32Array(m);
  if (rels.some((r) => r.id.includes('\0'))) {
    for (let e = 0; e < m; e++) order[e] = e;
    return order.sort((a, b) => compareStrings(rels[a]!.id, rels[b]!.id));
  }
  const keyed = rels.map((r, e) => `${r.id}\0${e}`).sort();
  for (let r = 0; r < m; r++) {
    const key = keyed[r]!;
    order[r] = Number(key.slice(key.lastIndexOf('\0') + 1));
  }
  return order;
}

function byIndex<T>(items: ArrayLike<number>, records: readonly T[]): T[] {
  const sorted = Int32Array.from(items).sort();
  const out = new Array<T>(sorted.length);
  for (let i = 0; i < sorted.length; i++) out[i] = records[sorted[i]!]!;
  return out;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-02-31" -> 20250231 (order kept: padded dates compare like these numbers); -1 if not that shape. */
function encode(date: string): number {
  const m = FULL_DATE.exec(date);
  if (!m) return -1;
  return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
}
