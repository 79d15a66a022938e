import type { Relationship } from '@explorer/domain';
import type { LinkCount, LinkGroupKey, LinksQuery, WalkFilter } from '../GraphStore';
import { asOfParams, relProjection, relTypes, validOn, where } from './cypher';
import { rowToRelationship, type RelationshipRow } from './mapping';
import { integer, type Neo4jClient } from './Neo4jClient';

/**
 * Neo4j's link summaries, grouped link lists and induced relationships
 * (GraphStore.linkSummary, linksOf, relationshipsAmong): one query each,
 * over the link types only (relTypes spells them out; designations are not
 * links). A group is told by `actor|TYPE|OUT/IN|KIND`, the key the embedded
 * store uses too.
 */

const groupKey = (k: LinkGroupKey): string => `${k.actor}|${k.type}|${k.direction}|${k.kind}`;

export async function linkSummary(
  client: Neo4jClient,
  actorIds: readonly string[],
  filter: WalkFilter,
): Promise<LinkCount[]> {
  const order = [...new Set(actorIds)];
  const rows = await client.read<LinkCount & Record<string, unknown>>(
    'linkSummary',
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})-[r${relTypes(filter.types)}]-(b:Actor)
     ${where(validOn('r', filter.when), 'a <> b')}
     WITH id, r, b, CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
     RETURN id AS actor, type(r) AS type, direction, b.kind AS kind, count(DISTINCT r) AS count
     ORDER BY actor, type, direction, kind`,
    { ids: order, ...asOfParams(filter.when) },
  );
  const rank = new Map(order.map((id, i) => [id, i] as const));
  // Stable by the order given (the query sorted within each actor).
  return rows.sort((a, b) => rank.get(a.actor)! - rank.get(b.actor)!);
}

export async function linksOf(
  client: Neo4jClient,
  actorIds: readonly string[],
  query: LinksQuery,
): Promise<Relationship[]> {
  const rows = await client.read<{ rel: RelationshipRow }>(
    'linksOf',
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})-[r${relTypes(query.types)}]-(b:Actor)
     ${where(validOn('r', query.when), 'a <> b')}
     WITH r, id + '|' + type(r) + '|' +
          CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END + '|' + b.kind AS key
     WHERE NOT key IN $skip AND ($only IS NULL OR key = $only) AND ($after IS NULL OR r.id > $after)
     WITH DISTINCT r
     ORDER BY r.id
     LIMIT $limit
     RETURN ${relProjection('r')} AS rel`,
    {
      ids: [...new Set(actorIds)],
      skip: (query.skip ?? []).map(groupKey),
      only: query.only ? groupKey(query.only) : null,
      after: query.after ?? null,
      limit: integer(query.limit),
      ...asOfParams(query.when),
    },
  );
  return rows.map((row) => rowToRelationship(row.rel));
}

export async function relationshipsAmong(
  client: Neo4jClient,
  actorIds: readonly string[],
  query: WalkFilter & { limit: number },
): Promise<Relationship[]> {
  const rows = await client.read<{ rel: RelationshipRow }>(
    'relationshipsAmong',
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})-[r${relTypes(query.types)}]->(b:Actor)
     ${where(validOn('r', query.when), 'b.id IN $ids')}
     WITH DISTINCT r
     ORDER BY r.id
     LIMIT $limit
     RETURN ${relProjection('r')} AS rel`,
    { ids: [...new Set(actorIds)], limit: integer(query.limit), ...asOfParams(query.when) },
  );
  return rows.map((row) => rowToRelationship(row.rel));
}
