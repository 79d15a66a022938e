import type { Relationship } from '@explorer/graph-seed';
import { compareStrings } from '../../domain/search';
import { bfs, comparePaths, pathsTo, uniqueRelationships, type Expand, type IdPath } from './walk';

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
 * outermost ring). When more than `limit`, keeps those nearest the centre
 * (by the farther endpoint), then by id.
 */
export async function neighborhoodIds(
  centre: string,
  expand: Expand,
  depth: number,
  limit: number,
): Promise<IdSubgraph> {
  const result = await bfs(centre, expand, { maxHops: depth });
  const ring = [...result.distance].filter(([, d]) => d === depth).map(([id]) => id);
  if (ring.length > 0) {
    for (const step of await expand(ring)) {
      if (result.distance.has(step.to)) result.steps.push(step);
    }
  }
  const reach = (rel: Relationship): number =>
    Math.max(result.distance.get(rel.source) ?? depth, result.distance.get(rel.target) ?? depth);
  const all = uniqueRelationships(result.steps.map((s) => s.rel));
  const truncated = all.length > limit;
  const kept = truncated
    ? [...all].sort((a, b) => reach(a) - reach(b) || compareStrings(a.id, b.id)).slice(0, limit)
    : all;
  const actorIds = truncated ? endpoints(kept, centre) : [...result.distance.keys()];
  return {
    actorIds: actorIds.sort(compareStrings),
    relationships: kept.sort((a, b) => compareStrings(a.id, b.id)),
    truncated,
  };
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
