import type { Designation } from '@explorer/domain';
import { isInForce } from '@explorer/domain';
import { compareStrings } from '@explorer/domain';
import type { DesignationCounts, DesignationFilter, DesignationListQuery } from '../GraphStore';

/**
 * The embedded store's designations: records by id, indexed by designated
 * actor and by authority, so "who designated X" and "whom did the UN
 * designate" are lookups, and no walk ever sees them (they are not edges of
 * the graph).
 */
export class DesignationBook {
  private readonly byId = new Map<string, Designation>();
  private readonly byActor = new Map<string, Set<string>>();
  private readonly byAuthority = new Map<string, Set<string>>();
  /** Ids in id order, per authority ('' for all); rebuilt after writes. */
  private sorted = new Map<string, Designation[]>();

  get size(): number {
    return this.byId.size;
  }

  /** Inserts or replaces (the caller has checked the actors exist). */
  put(designation: Designation): void {
    const old = this.byId.get(designation.id);
    if (old) this.unindex(old);
    this.byId.set(designation.id, designation);
    add(this.byActor, designation.actor, designation.id);
    add(this.byAuthority, designation.authority, designation.id);
    this.sorted.clear();
  }

  /** Drops every designation of these actors or by these authorities (the actors are gone). */
  dropActor(id: string): void {
    for (const index of [this.byActor, this.byAuthority]) {
      for (const designationId of [...(index.get(id) ?? [])]) {
        const d = this.byId.get(designationId);
        if (!d) continue;
        this.unindex(d);
        this.byId.delete(designationId);
        this.sorted.clear();
      }
    }
  }

  get(ids: readonly string[]): Designation[] {
    return ids.flatMap((id) => this.byId.get(id) ?? []);
  }

  all(): IterableIterator<Designation> {
    return this.byId.values();
  }

  /** Of these actors, in the order given, then by authority and id. */
  of(actorIds: readonly string[], filter: Pick<DesignationFilter, 'asOf' | 'authority'> = {}) {
    const accept = designationFilter(filter);
    return [...new Set(actorIds)].flatMap((actor) =>
      [...(this.byActor.get(actor) ?? [])]
        .map((id) => this.byId.get(id)!)
        .filter(accept)
        .sort((a, b) => compareStrings(a.authority, b.authority) || compareStrings(a.id, b.id)),
    );
  }

  /** The actors holding a designation matching `filter`. */
  designatedActors(filter: Pick<DesignationFilter, 'asOf' | 'authority'>): Set<string> {
    const accept = designationFilter(filter);
    const pool =
      filter.authority === undefined
        ? this.byId.values()
        : [...(this.byAuthority.get(filter.authority) ?? [])].map((id) => this.byId.get(id)!);
    const found = new Set<string>();
    for (const d of pool) if (accept(d)) found.add(d.actor);
    return found;
  }

  list(query: DesignationListQuery): Designation[] {
    const accept = designationFilter(query);
    const found: Designation[] = [];
    const pool = this.inIdOrder(query.authority);
    // Keyset: binary search to the first id after the cursor.
    let i = query.after === undefined ? 0 : firstAfter(pool, query.after);
    for (; i < pool.length && found.length < query.first; i++) {
      if (accept(pool[i]!)) found.push(pool[i]!);
    }
    return found;
  }

  count(filter: DesignationFilter): DesignationCounts {
    const accept = designationFilter(filter);
    const programs = new Map<string, number>();
    const lists = new Map<string, number>();
    const authorities = new Map<string, number>();
    let total = 0;
    for (const d of this.inIdOrder(filter.authority)) {
      if (!accept(d)) continue;
      total++;
      for (const p of d.programs) bump(programs, p);
      if (d.list !== undefined) bump(lists, d.list);
      bump(authorities, d.authority);
    }
    return {
      total,
      byProgram: ranked(programs),
      byList: ranked(lists),
      byAuthority: ranked(authorities),
    };
  }

  private inIdOrder(authority: string | undefined): Designation[] {
    const key = authority ?? '';
    let pool = this.sorted.get(key);
    if (!pool) {
      const ids =
        authority === undefined
          ? [...this.byId.keys()]
          : [...(this.byAuthority.get(authority) ?? [])];
      pool = ids.sort(compareStrings).map((id) => this.byId.get(id)!);
      this.sorted.set(key, pool);
    }
    return pool;
  }

  private unindex(d: Designation): void {
    remove(this.byActor, d.actor, d.id);
    remove(this.byAuthority, d.authority, d.id);
  }
}

/**
 * The DesignationFilter rule, written once for the embedded store (the
 * Neo4j store says the same in Cypher; the contract suite holds both to it).
 */
export function designationFilter(filter: DesignationFilter): (d: Designation) => boolean {
  const program = filter.program?.toLowerCase();
  const list = filter.list?.toLowerCase();
  return (d) =>
    (filter.authority === undefined || d.authority === filter.authority) &&
    (program === undefined || d.programs.some((p) => p.toLowerCase() === program)) &&
    (list === undefined || d.list?.toLowerCase() === list) &&
    (filter.since === undefined || (d.listedOn !== undefined && d.listedOn >= filter.since)) &&
    isInForce(d, filter.asOf);
}

/** Counts largest first, then by key. */
export function ranked(counts: Map<string, number>): { key: string; count: number }[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.key, b.key));
}

function firstAfter(sorted: readonly Designation[], after: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.id <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function add(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}

function remove(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
}
