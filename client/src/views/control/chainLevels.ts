import type { RelationshipFields, Subgraph } from '../../api/api';

/** A relationship of a control chain and how many steps it sits from the actor. */
export interface ChainStep {
  relationship: RelationshipFields;
  /** 1 for the actor's own superiors (or subordinates), 2 for theirs... */
  distance: number;
}

/**
 * The relationships of a chain ordered by distance from `actorId` (breadth
 * first over the chain, either direction), then by type and id.
 */
export function chainSteps(actorId: string, chain: Subgraph): ChainStep[] {
  const adjacent = new Map<string, RelationshipFields[]>();
  for (const rel of chain.relationships) {
    for (const end of [rel.source.id, rel.target.id])
      adjacent.set(end, [...(adjacent.get(end) ?? []), rel]);
  }
  const distance = new Map([[actorId, 0]]);
  const queue = [actorId];
  const steps: ChainStep[] = [];
  const seen = new Set<string>();
  while (queue.length) {
    const node = queue.shift()!;
    for (const rel of adjacent.get(node) ?? []) {
      if (seen.has(rel.id)) continue;
      seen.add(rel.id);
      steps.push({ relationship: rel, distance: distance.get(node)! + 1 });
      const other = rel.source.id === node ? rel.target.id : rel.source.id;
      if (!distance.has(other)) {
        distance.set(other, distance.get(node)! + 1);
        queue.push(other);
      }
    }
  }
  return steps.sort(
    (a, b) =>
      a.distance - b.distance ||
      a.relationship.type.localeCompare(b.relationship.type) ||
      a.relationship.id.localeCompare(b.relationship.id),
  );
}
