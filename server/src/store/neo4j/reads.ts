import type { Actor, ActorKind, Origin, Relationship, RelationType } from '@explorer/domain';
import type { PathsQuery, RelationshipListQuery, StoreStats } from '../GraphStore';
import { MAX_ENUMERATED_PATHS, type IdPath } from '../walk/walk';
import {
  ALL_TYPES,
  asOfParams,
  hops,
  relProjection,
  relRef,
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
import { ACTOR_SEARCH_INDEX } from './schema';

/**
 * The Neo4j store's reads that are one query each and more than a lookup:
 * the counts, the full-text candidates of a search, and every shortest path
 * in one `allShortestPaths` query, the designations list. Writes are in
 * writes.ts, walks in walks.ts.
 */

/**
 * Most search candidates fetched from the full-text index before ranking in
 * TypeScript. Up to this many matches the result is exactly the embedded
 * store's; a query matching more (one or two letters on a large imported
 * graph) ranks only the first this many the index returns.
 */
export const MAX_SEARCH_CANDIDATES = 5000;

/** Actors by kind and relationships by type; per-type counts come from Neo4j's count store. */
export async function readStats(client: Neo4jClient): Promise<Omit<StoreStats, 'designations'>> {
  const perType = ALL_TYPES.map(
    (type) => `MATCH ()-[r:${relType(type)}]->() RETURN '${relType(type)}' AS type, count(r) AS n`,
  ).join(' UNION ALL ');
  const [row] = await client.read<{
    kinds: [string, number][];
    types: [string, number][];
  }>(
    'stats',
    `CALL () { MATCH (a:Actor) WITH a.kind AS kind, count(*) AS n RETURN collect([kind, n]) AS kinds }
     CALL () { CALL () { ${perType} } WITH type, n WHERE n > 0 RETURN collect([type, n]) AS types }
     RETURN kinds, types`,
    {},
  );
  const actorsByKind: Partial<Record<ActorKind, number>> = {};
  const relationshipsByType: Partial<Record<RelationType, number>> = {};
  for (const [kind, n] of row?.kinds ?? []) actorsByKind[kind as ActorKind] = n;
  for (const [type, n] of row?.types ?? []) relationshipsByType[type as RelationType] = n;
  const sum = (counts: object) =>
    Object.values(counts).reduce((total: number, n: number) => total + n, 0);
  return {
    actors: sum(actorsByKind),
    relationships: sum(relationshipsByType),
    actorsByKind,
    relationshipsByType,
  };
}

/** The actors the full-text index finds for a Lucene query (at most MAX_SEARCH_CANDIDATES), unranked. */
export async function searchCandidates(
  client: Neo4jClient,
  lucene: string,
  filter: { kinds?: readonly ActorKind[]; origin?: Origin },
  deadline: Deadline,
): Promise<Pick<Actor, 'id' | 'name' | 'aliases' | 'listedAs'>[]> {
  const { kinds, origin } = filter;
  return client.read<Pick<Actor, 'id' | 'name' | 'aliases' | 'listedAs'>>(
    'searchActors',
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node
     ${where(kinds?.length ? 'node.kind IN $kinds' : '', origin ? 'node.origin = $origin' : '')}
     RETURN node.id AS id, node.name AS name, node.aliases AS aliases,
            coalesce(node.listedAs, []) AS listedAs
     LIMIT $max`,
    {
      index: ACTOR_SEARCH_INDEX,
      query: lucene,
      kinds: kinds ?? [],
      origin: origin ?? null,
      max: integer(MAX_SEARCH_CANDIDATES),
    },
    deadline,
  );
}

/**
 * Every shortest path between two distinct actors, as ids, from one
 * `allShortestPaths` query (bidirectional, in the database), unordered; at
 * least one hop. Undefined when more than MAX_ENUMERATED_PATHS tie: which
 * are kept then depends on the enumeration order, so the shared BFS answers.
 */
export async function allShortestPathIds(
  client: Neo4jClient,
  fromId: string,
  toId: string,
  query: PathsQuery,
  deadline: Deadline,
): Promise<IdPath[] | undefined> {
  const rows = await client.read<{ actors: string[]; rels: RelationshipRef[] }>(
    'paths',
    `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
     MATCH p = allShortestPaths((a)-[${relTypes(query.types)}*..${hops(query.maxHops)}]-${query.directed ? '>' : ''}(b))
     ${where(query.when && `all(r IN relationships(p) WHERE ${validOn('r', query.when)})`)}
     WITH p
     LIMIT $max
     RETURN [n IN nodes(p) | n.id] AS actors,
            [r IN relationships(p) | ${relRef('r')}] AS rels`,
    {
      from: fromId,
      to: toId,
      max: integer(MAX_ENUMERATED_PATHS + 1),
      ...asOfParams(query.when),
    },
    deadline,
  );
  if (rows.length > MAX_ENUMERATED_PATHS) return undefined;
  return rows.map(({ actors, rels }) => ({ actors, rels: rels.map(relationshipStub) }));
}

/** Relationships by id order, of some types, from one source, by program, since a date, after a cursor. */
export async function listRelationships(
  client: Neo4jClient,
  query: RelationshipListQuery,
): Promise<Relationship[]> {
  const source = query.sourceId === undefined ? '(s:Actor)' : '(s:Actor {id: $sourceId})';
  const rows = await client.read<{ rel: RelationshipRow }>(
    'listRelationships',
    `MATCH ${source}-[r${relTypes(query.types)}]->(:Actor)
     ${where(
       query.program !== undefined && 'toLower(r.program) = $program',
       query.since !== undefined && 'r.start >= $since',
       query.after !== undefined && 'r.id > $after',
     )}
     WITH r
     ORDER BY r.id
     LIMIT $first
     RETURN ${relProjection('r')} AS rel`,
    {
      sourceId: query.sourceId ?? null,
      program: query.program?.toLowerCase() ?? null,
      since: query.since ?? null,
      after: query.after ?? null,
      first: integer(query.first),
    },
  );
  return rows.map((row) => rowToRelationship(row.rel));
}
