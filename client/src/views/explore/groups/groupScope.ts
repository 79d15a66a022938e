import type { ActorGroup } from '../../../api/api';
import type { Scope } from '../../../app/useScope';
import type { ScopePart } from '../../../app/useSubgraphs';
import { groupEdgeId, groupNodeId } from '../../../graph/groups';
import { openedMembers, type GroupOpenings } from './groupState';

/**
 * The groups of the scope's answers, each once (a focus and an expansion may
 * both return the crowd around a shared actor), in the order they came.
 */
export function groupsOf(parts: readonly (ScopePart | null)[]): ActorGroup[] {
  const byId = new Map<string, ActorGroup>();
  for (const part of parts)
    for (const g of part?.groups ?? []) if (!byId.has(g.id)) byId.set(g.id, g);
  return [...byId.values()];
}

/**
 * `scope` with each group's node and link, and the members of the opened
 * ones, in it: what is not in the scope is not drawn, so closing a group
 * (dropping it from `openings`) hides its members again. The whole graph (a
 * null `ids`) already draws everything loaded.
 */
export function withGroups(
  scope: Scope | null,
  groups: readonly ActorGroup[],
  openings: GroupOpenings,
): Scope | null {
  if (!scope?.ids || groups.length === 0) return scope;
  const nodes = new Set(scope.ids.nodes);
  const edges = new Set(scope.ids.edges);
  for (const group of groups) {
    nodes.add(groupNodeId(group.id));
    edges.add(groupEdgeId(group.id));
    const opened = openings.get(group.id);
    if (!opened) continue;
    const members = openedMembers(opened);
    for (const a of members.actors) nodes.add(a.id);
    for (const r of members.relationships) {
      edges.add(r.id);
      nodes.add(r.source.id).add(r.target.id);
    }
  }
  return { ...scope, ids: { nodes, edges } };
}

/**
 * How many actors the view reaches, by the API's own numbers: the distinct
 * actors of its answers, plus the members each group stands for (the walk
 * does not go through a group, so its members are not among the actors).
 */
export function reachableCount(parts: readonly (ScopePart | null)[]): number {
  const actors = new Set<string>();
  for (const part of parts) {
    for (const a of part?.actors ?? []) actors.add(a.id);
    for (const r of part?.relationships ?? []) actors.add(r.source.id).add(r.target.id);
  }
  return actors.size + groupsOf(parts).reduce((sum, g) => sum + g.count, 0);
}
