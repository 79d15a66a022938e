import type { DatedFacts, DatedFactsQuery } from '../GraphStore';
import { relProjection, relTypes } from './cypher';
import {
  DESIGNATES,
  DESIGNATION_PROJECTION,
  rowToDesignation,
  type DesignationRow,
} from './designations';
import { integer, type Neo4jClient } from './Neo4jClient';
import { rowToRelationship, type RelationshipRow } from './mapping';

/** Cypher: some day of partial date `x` lies in [$from, $to] (the domain's `fallsWithin`). */
function fallsWithin(x: string): string {
  return `(${x} IS NOT NULL AND
    (CASE size(${x}) WHEN 4 THEN ${x} + '-01-01' WHEN 7 THEN ${x} + '-01' ELSE ${x} END) <= $to AND
    (CASE size(${x}) WHEN 4 THEN ${x} + '-12-31' WHEN 7 THEN ${x} + '-31' ELSE ${x} END) >= $from)`;
}

/** Neo4j's `datedFacts`: one more than `limit` of each is read to tell truncation. */
export async function datedFacts(client: Neo4jClient, query: DatedFactsQuery): Promise<DatedFacts> {
  const params = { from: query.from, to: query.to, first: integer(query.limit + 1) };
  const rels = await client.read<{ rel: RelationshipRow }>(
    'timeline',
    `MATCH (:Actor)-[r${relTypes(query.types)}]->(:Actor)
     WHERE ${fallsWithin('r.start')} OR ${fallsWithin('r.end')}
     WITH r ORDER BY r.id LIMIT $first
     RETURN ${relProjection('r')} AS rel`,
    params,
  );
  const designations = await client.read<DesignationRow>(
    'timeline',
    `MATCH (d:Designation)-[:${DESIGNATES}]->(a:Actor)
     WHERE ${fallsWithin('d.listedOn')} OR ${fallsWithin('d.delistedOn')}
     WITH d, a ORDER BY d.id LIMIT $first
     RETURN ${DESIGNATION_PROJECTION}`,
    params,
  );
  return {
    relationships: rels.slice(0, query.limit).map((row) => rowToRelationship(row.rel)),
    designations: designations.slice(0, query.limit).map(rowToDesignation),
    truncated: rels.length > query.limit || designations.length > query.limit,
  };
}
