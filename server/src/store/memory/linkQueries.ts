import type { Actor, Relationship } from '@explorer/domain';
import type { MultiDirectedGraph } from 'graphology';
import { compareStrings } from '@explorer/domain';
import type { LinkCount, LinkGroupKey, LinksQuery, WalkFilter } from '../GraphStore';
import { relationshipFilter } from './relationshipFilter';

/**
 * The embedded store's link summaries, grouped link lists and induced
 * relationships (GraphStore.linkSummary, linksOf, relationshipsAmong), read
 * straight from graphology's adjacency.
 */

type Graph = MultiDirectedGraph<Actor, Relationship>;

export const groupKey = (k: LinkGroupKey): string =>
  `${k.actor}|${k.type}|${k.direction}|${k.kind}`;

/** Each relationship touching `actor` (not a self-loop) with its direction and neighbour. */
function forEachLink(
  g: Graph,
  actor: string,
  accept: (rel: Relationship) => boolean,
  visit: (rel: Relationship, direction: 'OUT' | 'IN', other: Actor) => void,
): void {
  if (!g.hasNode(actor)) return;
  g.forEachEdge(actor, (_key, rel, source, target, sourceAttrs, targetAttrs) => {
    if (source === target || !accept(rel)) return;
    if (source === actor) visit(rel, 'OUT', targetAttrs);
    else visit(rel, 'IN', sourceAttrs);
  });
}

export function linkSummary(
  g: Graph,
  actorIds: readonly string[],
  filter: WalkFilter,
): LinkCount[] {
  const accept = relationshipFilter(filter);
  const out: LinkCount[] = [];
  for (const actor of new Set(actorIds)) {
    const counts = new Map<string, LinkCount>();
    forEachLink(g, actor, accept, (rel, direction, other) => {
      const k = { actor, type: rel.type, direction, kind: other.kind };
      const key = groupKey(k);
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { ...k, count: 1 });
    });
    out.push(
      ...[...counts.values()].sort(
        (a, b) =>
          compareStrings(a.type, b.type) ||
          compareStrings(a.direction, b.direction) ||
          compareStrings(a.kind, b.kind),
      ),
    );
  }
  return out;
}

export function linksOf(g: Graph, actorIds: readonly string[], query: LinksQuery): Relationship[] {
  const accept = relationshipFilter(query);
  const skip = new Set((query.skip ?? []).map(groupKey));
  const only = query.only ? groupKey(query.only) : undefined;
  const found = new Map<string, Relationship>();
  for (const actor of new Set(actorIds)) {
    forEachLink(g, actor, accept, (rel, direction, other) => {
      const key = groupKey({ actor, type: rel.type, direction, kind: other.kind });
      if (skip.has(key) || (only !== undefined && key !== only)) return;
      if (query.after !== undefined && rel.id <= query.after) return;
      found.set(rel.id, rel);
    });
  }
  return [...found.values()].sort((a, b) => compareStrings(a.id, b.id)).slice(0, query.limit);
}

export function relationshipsAmong(
  g: Graph,
  actorIds: readonly string[],
  query: WalkFilter & { limit: number },
): Relationship[] {
  const accept = relationshipFilter(query);
  const ids = new Set(actorIds.filter((id) => g.hasNode(id)));
  const found: Relationship[] = [];
  for (const id of ids) {
    g.forEachOutEdge(id, (_key, rel, _source, target) => {
      if (ids.has(target) && accept(rel)) found.push(rel);
    });
  }
  return found.sort((a, b) => compareStrings(a.id, b.id)).slice(0, query.limit);
}
