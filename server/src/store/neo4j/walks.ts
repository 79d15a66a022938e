import {
  compareStrings,
  type Relationship,
  type RelationType,
  type TimeWindow,
} from '@explorer/domain';
import { WalkTooLargeError } from '../../errors/DomainError';
import type { TraverseStep, WalkFilter } from '../GraphStore';
import type { Expand, ExpandNearest, Step } from '../walk/walk';
import {
  ALL_TYPES,
  asOfParams,
  relProjection,
  relRefColumns,
  relType,
  relTypes,
  validOn,
  where,
} from './cypher';
import {
  relationshipStub,
  rowToRelationship,
  type RelationshipRef,
  type RelationshipRow,
} from './mapping';
import { integer, type Deadline, type Neo4jClient } from './Neo4jClient';

/**
 * The `expand` primitives of the shared BFS walks (walk/walk.ts): one Cypher
 * query per BFS level returning every usable relationship touching the
 * frontier, as ids only (relationship id, type, endpoint ids: see
 * `relationshipStub`). Steps are then derived from each relationship's
 * endpoints exactly as the embedded store derives them, and the store reads
 * in full only the relationships a walk keeps (`fullRelationships`).
 */

/** What a walk needs of the store besides the walk's own filter. */
export interface WalkContext {
  client: Neo4jClient;
  deadline: Deadline;
  /** Most relationships one level may read (WalkTooLargeError past it). */
  maxRows: number;
}

type RefRow = RelationshipRef & { from: string };

/** Steps away from each frontier actor over usable relationships (out-relationships only when directed). */
export function expander(
  { client, deadline, maxRows }: WalkContext,
  operation: string,
  filter: WalkFilter,
  directed: boolean,
): Expand {
  // No ORDER BY: a level is all or nothing, and inFrontierOrder sorts it.
  const query = (among: boolean) => `
    UNWIND $frontier AS id
    MATCH (a:Actor {id: id})-[r${relTypes(filter.types)}]-${directed ? '>' : ''}(b)
    ${where(validOn('r', filter.when), among && 'b.id IN $among')}
    WITH DISTINCT id, r
    LIMIT $maxRows
    RETURN id AS from, ${relRefColumns('r')}`;
  const everyLink = query(false);
  // Links towards actors already reached only: a hub on the outer ring sends
  // the few that close the neighbourhood, not its whole relationship list.
  const amongLinks = query(true);
  return async (frontier, among) => {
    const rows = await client.read<RefRow>(
      operation,
      among ? amongLinks : everyLink,
      {
        frontier,
        maxRows: integer(maxRows + 1),
        ...(among ? { among: [...among] } : {}),
        ...asOfParams(filter.when),
      },
      deadline,
    );
    if (rows.length > maxRows) throw new WalkTooLargeError(operation, maxRows);
    return inFrontierOrder(
      frontier,
      rows.map((row) => {
        const to = row.source === row.from ? row.target : row.source;
        return { from: row.from, to, rel: relationshipStub(row) };
      }),
    );
  };
}

/**
 * ExpandNearest for neighbourhoods (undirected): the ring's new relationships
 * ordered and cut in the database, so a ring holding hubs ships at most
 * `take` rows. A link between two ring actors is kept from its smaller-id end
 * only, as one step.
 */
export function nearestExpander(
  { client, deadline, maxRows }: WalkContext,
  operation: string,
  filter: WalkFilter,
): ExpandNearest {
  const cypher = `
    UNWIND $frontier AS id
    MATCH (a:Actor {id: id})-[r${relTypes(filter.types)}]-(b)
    ${where(validOn('r', filter.when), 'NOT b.id IN $inner')}
    WITH DISTINCT id, r, b.id AS other
    WITH id, r, other IN $frontier AS withinRing, other
    WHERE NOT (withinRing AND other < id)
    ORDER BY withinRing DESC, r.id
    LIMIT $take
    RETURN id AS from, ${relRefColumns('r')}`;
  return async (frontier, { inner, take }) => {
    const rows = await client.read<RefRow>(
      operation,
      cypher,
      {
        frontier,
        inner: [...inner],
        take: integer(Math.min(take, maxRows + 1)),
        ...asOfParams(filter.when),
      },
      deadline,
    );
    if (rows.length > maxRows) throw new WalkTooLargeError(operation, maxRows);
    return rows.map((row) => {
      const to = row.source === row.from ? row.target : row.source;
      return { from: row.from, to, rel: relationshipStub(row) };
    });
  };
}

/** Steps of a directed traversal: only the (type, direction) pairs of `steps`. */
export function traverser(
  { client, deadline, maxRows }: WalkContext,
  steps: readonly TraverseStep[],
  when: TimeWindow | undefined,
): Expand {
  const outTypes = typesWith(steps, 'OUT');
  const inTypes = typesWith(steps, 'IN');
  const branches = [
    outTypes.length > 0 &&
      `MATCH (a)-[r${relTypes(outTypes)}]->() ${where(validOn('r', when))} RETURN r`,
    inTypes.length > 0 &&
      `MATCH (a)<-[r${relTypes(inTypes)}]-() ${where(validOn('r', when))} RETURN r`,
  ].filter((b): b is string => typeof b === 'string');
  const cypher = `
    UNWIND $frontier AS id
    MATCH (a:Actor {id: id})
    CALL (a) { ${branches.join(' UNION ')} }
    WITH DISTINCT id, r
    LIMIT $maxRows
    RETURN id AS from, ${relRefColumns('r')}`;
  const outSet = new Set<string>(outTypes);
  const inSet = new Set<string>(inTypes);
  return async (frontier) => {
    if (branches.length === 0) return [];
    const rows = await client.read<RefRow>(
      'traverse',
      cypher,
      { frontier, maxRows: integer(maxRows + 1), ...asOfParams(when) },
      deadline,
    );
    if (rows.length > maxRows) throw new WalkTooLargeError('traverse', maxRows);
    const found: Step[] = [];
    for (const row of rows) {
      const { from } = row;
      const r = relationshipStub(row);
      if (r.source === from && outSet.has(r.type)) found.push({ from, to: r.target, rel: r });
      if (r.target === from && inSet.has(r.type) && r.source !== r.target)
        found.push({ from, to: r.source, rel: r });
    }
    return inFrontierOrder(frontier, found);
  };
}

/**
 * The full records of relationships a walk kept (known by id and type), by
 * id: one index seek per relationship, in its own type's index. The query
 * text is the same for any types (absent ones get an empty list), so Neo4j
 * plans it once. A relationship deleted since the walk read it is missing
 * from the map.
 */
export async function fullRelationships(
  { client, deadline }: WalkContext,
  operation: string,
  refs: Iterable<Pick<Relationship, 'id' | 'type'>>,
): Promise<Map<string, Relationship>> {
  const ids = Object.fromEntries(ALL_TYPES.map((type) => [type, new Set<string>()]));
  let any = false;
  for (const { id, type } of refs) {
    ids[type]?.add(id);
    any = true;
  }
  if (!any) return new Map();
  const rows = await client.read<{ rel: RelationshipRow }>(
    operation,
    FULL_RELATIONSHIPS,
    { ids: Object.fromEntries(Object.entries(ids).map(([type, set]) => [type, [...set]])) },
    deadline,
  );
  return new Map(rows.map(({ rel }) => [rel.props.id, rowToRelationship(rel)] as const));
}

const FULL_RELATIONSHIPS = `
  CALL () {
    ${ALL_TYPES.map((type) => `UNWIND $ids.${relType(type)} AS id MATCH ()-[r:${relType(type)} {id: id}]->() RETURN r`).join(' UNION ALL ')}
  }
  RETURN ${relProjection('r')} AS rel`;

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
