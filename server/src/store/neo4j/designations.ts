import type { Designation, Evidence } from '@explorer/domain';
import { validity } from '@explorer/domain';
import { compareStrings } from '@explorer/domain';
import { ActorNotFoundError } from '../../errors/DomainError';
import type { DesignationCounts, DesignationFilter, DesignationListQuery } from '../GraphStore';
import { designationsFromLegacyLinks } from '../legacyDesignations';
import { inForceParams, relProjection, where } from './cypher';
import { rowToRelationship, type RelationshipRow } from './mapping';
import { Deadline, integer, run, type Neo4jClient } from './Neo4jClient';
import { WRITE_BATCH } from './writes';

/**
 * Designations in Neo4j: `(:Designation {id, authority, programs, …})
 * -[:DESIGNATES]->(:Actor)`. A node of its own, not a relationship from
 * the authority, so that the authority never becomes a hub: no walk pattern
 * names DESIGNATES (cypher.ts `relTypes` spells out the link types), and
 * "whom did the UN designate" is an index seek on `authority`, not an
 * expansion of 10,000 relationships. Dates keep their partial form, with
 * padded `validFrom`/`validTo` beside them as on relationships.
 */

export const DESIGNATES = 'DESIGNATES';

/** Properties of a `:Designation` node. */
export interface DesignationProps {
  id: string;
  authority: string;
  list?: string;
  programs: string[];
  /** The programs in lower case, for case-insensitive filters on an index-friendly list. */
  programKeys: string[];
  listKey?: string;
  listedOn?: string;
  delistedOn?: string;
  validFrom: string;
  validTo: string;
  sourceEntry?: string;
  reason?: string;
  origin: string;
  evidenceJson: string;
  propertiesJson?: string;
  /** The curated statement's Validity, as JSON. */
  validityJson?: string;
}

export type DesignationRow = { d: DesignationProps; actor: string };
type Row = DesignationRow;

export function designationToProps(d: Designation): DesignationProps {
  return defined({
    id: d.id,
    authority: d.authority,
    list: d.list,
    listKey: d.list?.toLowerCase(),
    programs: [...d.programs],
    programKeys: d.programs.map((p) => p.toLowerCase()),
    listedOn: d.listedOn,
    delistedOn: d.delistedOn,
    ...validity(d.listedOn, d.delistedOn),
    sourceEntry: d.sourceEntry,
    reason: d.reason,
    origin: d.origin,
    evidenceJson: JSON.stringify(d.evidence),
    propertiesJson: d.properties && JSON.stringify(d.properties),
    validityJson: d.validity && JSON.stringify(d.validity),
  });
}

export function rowToDesignation({ d, actor }: Row): Designation {
  return defined({
    id: d.id,
    actor,
    authority: d.authority,
    list: d.list,
    programs: d.programs ?? [],
    listedOn: d.listedOn,
    delistedOn: d.delistedOn,
    sourceEntry: d.sourceEntry,
    reason: d.reason,
    validity: d.validityJson ? (JSON.parse(d.validityJson) as Designation['validity']) : undefined,
    evidence: JSON.parse(d.evidenceJson) as Evidence[],
    origin: d.origin as Designation['origin'],
    properties: d.propertiesJson
      ? (JSON.parse(d.propertiesJson) as Designation['properties'])
      : undefined,
  });
}

/** The projection every read returns (decoded by rowToDesignation). */
export const DESIGNATION_PROJECTION = 'properties(d) AS d, a.id AS actor';

/**
 * `WHERE` of the DesignationFilter over `d` (the same rule as the embedded
 * store's `designationFilter`; the contract suite holds both to it), and of
 * `extra` (a literal condition, or '').
 */
function filterWhere(filter: DesignationFilter, extra: string): string {
  return where(
    filter.authority !== undefined && 'd.authority = $authority',
    filter.program !== undefined && '$program IN d.programKeys',
    filter.list !== undefined && 'd.listKey = $list',
    filter.since !== undefined && 'd.listedOn >= $since',
    !!filter.asOf && 'd.validFrom <= $asOfTo AND d.validTo >= $asOfFrom',
    extra,
  );
}

function filterParams(filter: DesignationFilter): Record<string, unknown> {
  return {
    authority: filter.authority ?? null,
    program: filter.program?.toLowerCase() ?? null,
    list: filter.list?.toLowerCase() ?? null,
    since: filter.since ?? null,
    ...inForceParams(filter.asOf),
  };
}

export async function upsertDesignations(
  client: Neo4jClient,
  designations: readonly Designation[],
): Promise<void> {
  if (designations.length === 0) return;
  const last = new Map(designations.map((d) => [d.id, d] as const));
  const rows = [...last.values()].map((d) => ({ actor: d.actor, props: designationToProps(d) }));
  // Check every actor and authority first, so a bad reference writes nothing.
  const ends = [...new Set(designations.flatMap((d) => [d.actor, d.authority]))];
  const absent = await client.read<{ id: string }>(
    'upsertDesignations',
    'UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) WITH id, a WHERE a IS NULL RETURN id',
    { ids: ends },
  );
  const missing = new Set(absent.map((r) => r.id));
  const bad = designations.find((d) => missing.has(d.actor) || missing.has(d.authority));
  if (bad) {
    throw new ActorNotFoundError(
      `upsertDesignations(${bad.id})`,
      missing.has(bad.actor) ? bad.actor : bad.authority,
    );
  }
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    const batch = rows.slice(i, i + WRITE_BATCH);
    await client.writeTx('upsertDesignations', (tx) =>
      run(
        tx,
        // A designation moved to another actor loses its old DESIGNATES edge.
        `UNWIND $rows AS row
         MATCH (a:Actor {id: row.actor})
         MERGE (d:Designation {id: row.props.id})
         SET d = row.props
         WITH d, a
         OPTIONAL MATCH (d)-[old:${DESIGNATES}]->(other:Actor) WHERE other <> a
         DELETE old
         WITH DISTINCT d, a
         MERGE (d)-[:${DESIGNATES}]->(a)`,
        { rows: batch },
      ),
    );
  }
}

export async function getDesignations(
  client: Neo4jClient,
  ids: readonly string[],
): Promise<Designation[]> {
  if (ids.length === 0) return [];
  const rows = await client.read<Row>(
    'getDesignations',
    `UNWIND $ids AS id
     MATCH (d:Designation {id: id})-[:${DESIGNATES}]->(a:Actor)
     RETURN ${DESIGNATION_PROJECTION}`,
    { ids: [...new Set(ids)] },
  );
  const byId = new Map(rows.map((r) => [r.d.id, rowToDesignation(r)] as const));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function designationsOf(
  client: Neo4jClient,
  actorIds: readonly string[],
  filter: Pick<DesignationFilter, 'asOf' | 'authority'> = {},
  deadline?: Deadline,
): Promise<Designation[]> {
  if (actorIds.length === 0) return [];
  const order = [...new Set(actorIds)];
  const rows = await client.read<Row>(
    'designationsOf',
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})<-[:${DESIGNATES}]-(d:Designation)
     ${filterWhere(filter, '')}
     RETURN ${DESIGNATION_PROJECTION}`,
    { ids: order, ...filterParams(filter) },
    deadline,
  );
  const rank = new Map(order.map((id, i) => [id, i] as const));
  return rows
    .map(rowToDesignation)
    .sort(
      (a, b) =>
        rank.get(a.actor)! - rank.get(b.actor)! ||
        compareStrings(a.authority, b.authority) ||
        compareStrings(a.id, b.id),
    );
}

/** Which of `ids` hold a designation matching `filter`, in the order given. */
export async function designatedAmong(
  client: Neo4jClient,
  ids: readonly string[],
  filter: Pick<DesignationFilter, 'asOf' | 'authority'>,
  deadline: Deadline,
): Promise<string[]> {
  const rows = await client.read<{ id: string }>(
    'sanctionExposure',
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})<-[:${DESIGNATES}]-(d:Designation)
     ${filterWhere(filter, '')}
     RETURN DISTINCT id`,
    { ids: [...new Set(ids)], ...filterParams(filter) },
    deadline,
  );
  const hit = new Set(rows.map((r) => r.id));
  return ids.filter((id) => hit.has(id));
}

export async function listDesignations(
  client: Neo4jClient,
  query: DesignationListQuery,
): Promise<Designation[]> {
  const rows = await client.read<Row>(
    'listDesignations',
    `MATCH (d:Designation)-[:${DESIGNATES}]->(a:Actor)
     ${filterWhere(query, query.after !== undefined ? 'd.id > $after' : '')}
     WITH d, a
     ORDER BY d.id
     LIMIT $first
     RETURN ${DESIGNATION_PROJECTION}`,
    { ...filterParams(query), after: query.after ?? null, first: integer(query.first) },
  );
  return rows.map(rowToDesignation);
}

export async function countDesignations(
  client: Neo4jClient,
  filter: DesignationFilter,
): Promise<DesignationCounts> {
  const [row] = await client.read<{
    total: number;
    programs: [string, number][];
    lists: [string, number][];
    authorities: [string, number][];
  }>(
    'countDesignations',
    `MATCH (d:Designation)
     ${filterWhere(filter, '')}
     WITH collect(d) AS ds
     CALL (ds) { UNWIND ds AS d UNWIND d.programs AS p WITH p, count(*) AS n RETURN collect([p, n]) AS programs }
     CALL (ds) { UNWIND ds AS d WITH d.list AS l, count(*) AS n WHERE l IS NOT NULL RETURN collect([l, n]) AS lists }
     CALL (ds) { UNWIND ds AS d WITH d.authority AS x, count(*) AS n RETURN collect([x, n]) AS authorities }
     RETURN size(ds) AS total, programs, lists, authorities`,
    filterParams(filter),
  );
  const ranked = (pairs: [string, number][] | undefined) =>
    (pairs ?? [])
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || compareStrings(a.key, b.key));
  return {
    total: row?.total ?? 0,
    byProgram: ranked(row?.programs),
    byList: ranked(row?.lists),
    byAuthority: ranked(row?.authorities),
  };
}

export async function countAllDesignations(client: Neo4jClient): Promise<number> {
  const [row] = await client.read<{ n: number }>(
    'stats',
    'MATCH (d:Designation) RETURN count(d) AS n',
    {},
  );
  return row?.n ?? 0;
}

/**
 * Databases written before designations were records hold them as
 * `[:SANCTIONS]` relationships from the authority: they become Designation
 * nodes (designationsFromLegacyLinks: the ids a re-import writes), and the
 * relationships go. Idempotent; a no-op on a database without any.
 */
export async function migrateSanctionsRelationships(client: Neo4jClient): Promise<number> {
  const rows = await client.read<{ rel: RelationshipRow }>(
    'init',
    `MATCH ()-[r:SANCTIONS]->() RETURN ${relProjection('r')} AS rel`,
    {},
    new Deadline(10 * 60_000),
  );
  if (rows.length === 0) return 0;
  await upsertDesignations(
    client,
    designationsFromLegacyLinks(rows.map((row) => rowToRelationship(row.rel))),
  );
  await client.autoCommit(
    'init',
    'MATCH ()-[r:SANCTIONS]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS',
    {},
    10 * 60_000,
  );
  return rows.length;
}

/** The object without its undefined or null members (Neo4j has no nulls to store). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
  ) as T;
}
