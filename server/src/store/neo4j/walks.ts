import type { RelationType } from '@explorer/graph-seed';
import { compareStrings } from '../../domain/search';
import type { TraverseStep, WalkFilter } from '../GraphStore';
import type { Expand, Step } from '../walk/walk';
import { asOfParams, relProjection, relType, relTypes, validOn, where } from './cypher';
import { rowToRelationship, type RelationshipRow } from './mapping';
import { integer, type Deadline, type Neo4jClient } from './Neo4jClient';

/**
 * The `expand` primitives of the shared BFS walks (walk/walk.ts): one Cypher
 * query per BFS level returning every usable relationship touching the
 * frontier. Steps are then derived from each relationship's endpoints
 * exactly as the embedded store derives them.
 */

/**
 * Most relationships one BFS level may fetch. A walk from a hub of a large
 * imported graph stops growing there instead of reading the whole graph;
 * past it a level is cut (by relationship id) and results are partial.
 */
export const MAX_ROWS_PER_LEVEL = 50_000;

type ExpandRow = { from: string; rel: RelationshipRow };

/** Steps away from each frontier actor over usable relationships (out-relationships only when directed). */
export function expander(
  client: Neo4jClient,
  operation: string,
  filter: WalkFilter,
  directed: boolean,
  deadline: Deadline,
): Expand {
  const cypher = `
    UNWIND $frontier AS id
    MATCH (a:Actor {id: id})-[r${relTypes(filter.types)}]-${directed ? '>' : ''}(b)
    ${where(validOn('r', filter.asOf))}
    WITH DISTINCT id, r
    ORDER BY id, r.id
    LIMIT $maxRows
    RETURN id AS from, ${relProjection('r')} AS rel`;
  return async (frontier) => {
    const rows = await client.read<ExpandRow>(
      operation,
      cypher,
      { frontier, maxRows: integer(MAX_ROWS_PER_LEVEL), ...asOfParams(filter.asOf) },
      deadline,
    );
    return inFrontierOrder(
      frontier,
      rows.map(({ from, rel }) => {
        const relationship = rowToRelationship(rel);
        const to = relationship.source === from ? relationship.target : relationship.source;
        return { from, to, rel: relationship };
      }),
    );
  };
}

/** Steps of a directed traversal: only the (type, direction) pairs of `steps`. */
export function traverser(
  client: Neo4jClient,
  steps: readonly TraverseStep[],
  asOf: string | undefined,
  deadline: Deadline,
): Expand {
  const outTypes = typesWith(steps, 'OUT');
  const inTypes = typesWith(steps, 'IN');
  const branches = [
    outTypes.length > 0 &&
      `MATCH (a)-[r${relTypes(outTypes)}]->() ${where(validOn('r', asOf))} RETURN r`,
    inTypes.length > 0 &&
      `MATCH (a)<-[r${relTypes(inTypes)}]-() ${where(validOn('r', asOf))} RETURN r`,
  ].filter((b): b is string => typeof b === 'string');
  const cypher = `
    UNWIND $frontier AS id
    MATCH (a:Actor {id: id})
    CALL (a) { ${branches.join(' UNION ')} }
    WITH DISTINCT id, r
    ORDER BY id, r.id
    LIMIT $maxRows
    RETURN id AS from, ${relProjection('r')} AS rel`;
  const outSet = new Set(outTypes);
  const inSet = new Set(inTypes);
  return async (frontier) => {
    if (branches.length === 0) return [];
    const rows = await client.read<ExpandRow>(
      'traverse',
      cypher,
      { frontier, maxRows: integer(MAX_ROWS_PER_LEVEL), ...asOfParams(asOf) },
      deadline,
    );
    const found: Step[] = [];
    for (const { from, rel } of rows) {
      const r = rowToRelationship(rel);
      if (r.source === from && outSet.has(r.type)) found.push({ from, to: r.target, rel: r });
      if (r.target === from && inSet.has(r.type) && r.source !== r.target)
        found.push({ from, to: r.source, rel: r });
    }
    return inFrontierOrder(frontier, found);
  };
}

/** Which of `ids` are the target of a SANCTIONS relationship valid on asOf, in the order given. */
export function designatedAmong(
  client: Neo4jClient,
  asOf: string | undefined,
  deadline: Deadline,
): (ids: readonly string[]) => Promise<string[]> {
  const cypher = `
    UNWIND $ids AS id
    MATCH (:Actor {id: id})<-[r:${relType('SANCTIONS')}]-()
    ${where(validOn('r', asOf))}
    RETURN DISTINCT id`;
  return async (ids) => {
    const rows = await client.read<{ id: string }>(
      'sanctionExposure',
      cypher,
      { ids: [...new Set(ids)], ...asOfParams(asOf) },
      deadline,
    );
    const hit = new Set(rows.map((r) => r.id));
    return ids.filter((id) => hit.has(id));
  };
}

function typesWith(steps: readonly TraverseStep[], direction: 'OUT' | 'IN'): RelationType[] {
  return [...new Set(steps.filter((s) => s.direction === direction).map((s) => s.type))];
}

/**
 * Steps grouped by frontier actor in frontier order, then by relationship id:
 * a stable order (the walks sort their results; order only matters when path
 * enumeration hits its cap).
 */
function inFrontierOrder(frontier: readonly string[], steps: Step[]): Step[] {
  const position = new Map(frontier.map((id, i) => [id, i] as const));
  return steps.sort(
    (a, b) =>
      (position.get(a.from) ?? 0) - (position.get(b.from) ?? 0) ||
      compareStrings(a.rel.id, b.rel.id),
  );
}
