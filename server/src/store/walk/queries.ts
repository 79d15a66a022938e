import { compareStrings, type Relationship } from '@explorer/domain';
import {
  bfs,
  comparePaths,
  pathsTo,
  uniqueRelationships,
  type Expand,
  type ExpandNearest,
  type IdPath,
} from './walk';

/**
 * The bounded graph questions of the GraphStore contract, written once over
 * an `expand` primitive. Stores turn the id results into actors.
 */

export interface IdSubgraph {
  actorIds: string[];
  relationships: Relationship[];
  truncated: boolean;
}

/**
 * Actors within `depth` hops and every usable relationship among them (the
 * induced subgraph: one more expansion finds the links between actors of the
 * outermost ring). When more than `limit`, keeps the first `limit` in the
 * order (farther endpoint's distance, nearer endpoint's distance, id): the
 * centre's own links, then links among its neighbours, then links one ring
 * out, and so on.
 *
 * Expanding ring d finds exactly the relationships whose key is at most
 * (d + 1, d). Once those are more than `limit`, the kept set is decided, so
 * the walk stops there instead of reading further rings: a neighbourhood next
 * to a hub costs one expansion of the hub, not of the hub's whole
 * neighbourhood. With `nearest`, a ring's expansion asks only for the
 * relationships that can still be kept (see ExpandNearest): one more than
 * the room left under `limit`, so a cut is seen without reading the rest.
 */
export async function neighborhoodIds(
  centre: string,
  expand: Expand,
  depth: number,
  limit: number,
  nearest?: ExpandNearest,
): Promise<IdSubgraph> {
  const distance = new Map<string, number>([[centre, 0]]);
  const found = new Map<string, Relationship>();
  let frontier = [centre];
  for (let ring = 0; ring <= depth && frontier.length > 0; ring++) {
    const next: string[] = [];
    let steps;
    if (ring === depth) {
      // The last expansion only needs links among the actors already reached.
      steps = await expand(frontier, new Set(distance.keys()));
    } else if (nearest) {
      const inner = new Set([...distance].filter(([, d]) => d < ring).map(([id]) => id));
      // Every relationship found so far is nearer than this ring's: room is what is left.
      steps = await nearest(frontier, { inner, take: limit - found.size + 1 });
    } else {
      steps = await expand(frontier);
    }
    for (const step of steps) {
      if (!distance.has(step.to)) {
        if (ring === depth) continue;
        distance.set(step.to, ring + 1);
        next.push(step.to);
      }
      found.set(step.rel.id, step.rel);
    }
    if (found.size > limit) break;
    frontier = next;
  }

  const all = [...found.values()];
  const truncated = all.length > limit;
  const kept = truncated ? nearestFirst(all, distance).slice(0, limit) : all;
  const actorIds = truncated ? endpoints(kept, centre) : [...distance.keys()];
  return {
    actorIds: actorIds.sort(compareStrings),
    relationships: kept.sort((a, b) => compareStrings(a.id, b.id)),
    truncated,
  };
}

/** Relationships by (farther endpoint's distance, nearer endpoint's distance, id). */
function nearestFirst(rels: Relationship[], distance: ReadonlyMap<string, number>): Relationship[] {
  const keyed = rels.map((rel) => {
    const a = distance.get(rel.source)!;
    const b = distance.get(rel.target)!;
    return { rel, far: Math.max(a, b), near: Math.min(a, b) };
  });
  keyed.sort((x, y) => x.far - y.far || x.near - y.near || compareStrings(x.rel.id, y.rel.id));
  return keyed.map((k) => k.rel);
}

/** Every shortest path (at most maxHops), in contract order, at most `first`. */
export async function shortestPathIds(
  from: string,
  to: string,
  expand: Expand,
  maxHops: number,
  first: number,
): Promise<IdPath[]> {
  const result = await bfs(from, expand, {
    maxHops,
    targets: async (ids) => ids.filter((id) => id === to),
  });
  if (result.hits.length === 0) return [];
  return pathsTo(result, to).sort(comparePaths).slice(0, first);
}

/** Everything reached by a directed walk, with the relationships used, cut at `limit` by id. */
export async function traverseIds(
  start: string,
  expand: Expand,
  maxHops: number,
  limit: number,
): Promise<IdSubgraph> {
  const result = await bfs(start, expand, { maxHops });
  const all = uniqueRelationships(result.steps.map((s) => s.rel));
  const truncated = all.length > limit;
  const kept = all.slice(0, limit);
  const actorIds = truncated ? endpoints(kept, start) : [...result.distance.keys()];
  return { actorIds: actorIds.sort(compareStrings), relationships: kept, truncated };
}

/** Shortest paths to the nearest actors for which `isTarget` holds, in contract order. */
export async function nearestIds(
  start: string,
  expand: Expand,
  targets: (ids: readonly string[]) => Promise<readonly string[]>,
  maxHops: number,
  first: number,
): Promise<IdPath[]> {
  const result = await bfs(start, expand, { maxHops, targets });
  const paths = result.hits.flatMap((hit) => pathsTo(result, hit));
  return paths.sort(comparePaths).slice(0, first);
}

function endpoints(rels: readonly Relationship[], always: string): string[] {
  const ids = new Set<string>([always]);
  for (const rel of rels) {
    ids.add(rel.source);
    ids.add(rel.target);
  }
  return [...ids];
}
