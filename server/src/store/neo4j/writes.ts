import type { Actor, Relationship, RelationType } from '@explorer/graph-seed';
import { ActorNotFoundError } from '../../errors/DomainError';
import { ALL_TYPES, relType } from './cypher';
import { actorToProps, relationshipToProps } from './mapping';
import { run, type Neo4jClient } from './Neo4jClient';
import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Idempotent batched upserts. Actors merge on `id` and take the new
 * properties wholesale; a relationship is updated in place when its id exists
 * with the same type and endpoints, and otherwise (re)created, after removing
 * any relationship with that id and another type or other endpoints, so an id
 * always names exactly one relationship.
 */

/** Rows per write transaction. */
export const WRITE_BATCH = 2000;

export async function upsertActors(client: Neo4jClient, actors: readonly Actor[]): Promise<void> {
  for (const batch of chunks(actors, WRITE_BATCH)) {
    const rows = batch.map(actorToProps);
    await client.writeTx('upsertActors', (tx) =>
      run(tx, 'UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a = row', { rows }),
    );
  }
}

export async function upsertRelationships(
  client: Neo4jClient,
  relationships: readonly Relationship[],
): Promise<void> {
  if (relationships.length === 0) return;
  // Refuse an unknown type before anything is written.
  for (const rel of relationships) relType(rel.type);
  const batches = chunks(lastOfEachId(relationships), WRITE_BATCH);
  // With several transactions, check the whole call first so a bad reference writes nothing.
  if (batches.length > 1) {
    for (const batch of chunks(relationships, WRITE_BATCH)) {
      await client.readTx('upsertRelationships', (tx) => mustHaveEndpoints(tx, batch));
    }
  }
  for (const batch of batches) {
    await client.writeTx('upsertRelationships', async (tx) => {
      await mustHaveEndpoints(tx, batches.length > 1 ? batch : relationships);
      const updated = await updateInPlace(tx, batch);
      const rest = batch.filter((rel) => !updated.has(rel.id));
      if (rest.length === 0) return;
      await removeMoved(tx, rest);
      await create(tx, rest);
    });
  }
}

/*
 * Not MERGE: Neo4j 5 plans MERGE of a relationship pattern with a property as
 * a scan of the type's whole id index for every row. These queries seek the
 * index by id instead.
 */

/** Updates the relationships already stored with the same id, type and endpoints; returns their ids. */
async function updateInPlace(
  tx: ManagedTransaction,
  batch: readonly Relationship[],
): Promise<Set<string>> {
  const updated = new Set<string>();
  for (const [type, group] of byType(batch)) {
    const found = await run<{ id: string }>(
      tx,
      `UNWIND $rows AS row
       MATCH (s)-[r:${relType(type)} {id: row.props.id}]->(t)
       WHERE s.id = row.source AND t.id = row.target
       SET r = row.props
       RETURN row.props.id AS id`,
      { rows: group.map(toRow) },
    );
    for (const { id } of found) updated.add(id);
  }
  return updated;
}

/** Creates relationships whose id is stored nowhere (removeMoved ran first). */
async function create(tx: ManagedTransaction, batch: readonly Relationship[]): Promise<void> {
  for (const [type, group] of byType(batch)) {
    await run(
      tx,
      `UNWIND $rows AS row
       MATCH (s:Actor {id: row.source})
       MATCH (t:Actor {id: row.target})
       CREATE (s)-[r:${relType(type)}]->(t)
       SET r = row.props`,
      { rows: group.map(toRow) },
    );
  }
}

function toRow(rel: Relationship) {
  return { source: rel.source, target: rel.target, props: relationshipToProps(rel) };
}

/**
 * `CALL (var) { ... }` finding the relationship(s) whose id is `var`, of any
 * type: one index seek per type (Neo4j indexes relationships per type).
 */
export function relationshipsWithId(idVar: string): string {
  const branches = ALL_TYPES.map(
    (type) => `MATCH ()-[r:${relType(type)} {id: ${idVar}}]->() RETURN r`,
  );
  return `CALL (${idVar}) { ${branches.join(' UNION ALL ')} }`;
}

/** Throws ActorNotFoundError for the first relationship (in order) with a missing endpoint. */
async function mustHaveEndpoints(
  tx: ManagedTransaction,
  relationships: readonly Relationship[],
): Promise<void> {
  const ids = [...new Set(relationships.flatMap((r) => [r.source, r.target]))];
  const rows = await run<{ id: string }>(
    tx,
    'UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) WITH id, a WHERE a IS NULL RETURN id',
    { ids },
  );
  if (rows.length === 0) return;
  const missing = new Set(rows.map((r) => r.id));
  for (const rel of relationships) {
    for (const end of [rel.source, rel.target]) {
      if (missing.has(end)) throw new ActorNotFoundError(`upsertRelationships(${rel.id})`, end);
    }
  }
}

/** Deletes relationships that carry an id of the batch with another type or other endpoints (one index seek per type and id). */
async function removeMoved(tx: ManagedTransaction, batch: readonly Relationship[]): Promise<void> {
  const rows = batch.map((rel) => ({
    id: rel.id,
    type: rel.type,
    source: rel.source,
    target: rel.target,
  }));
  await run(
    tx,
    `UNWIND $rows AS row
     WITH row, row.id AS id
     ${relationshipsWithId('id')}
     WITH row, r
     WHERE type(r) <> row.type OR startNode(r).id <> row.source OR endNode(r).id <> row.target
     DELETE r`,
    { rows },
  );
}

/** The last record of each id, as the embedded store keeps when an id repeats in one call. */
function lastOfEachId(relationships: readonly Relationship[]): Relationship[] {
  const byId = new Map<string, Relationship>();
  for (const rel of relationships) {
    byId.delete(rel.id);
    byId.set(rel.id, rel);
  }
  return [...byId.values()];
}

function byType(relationships: readonly Relationship[]): Map<RelationType, Relationship[]> {
  const groups = new Map<RelationType, Relationship[]>();
  for (const rel of relationships) {
    const group = groups.get(rel.type);
    if (group) group.push(rel);
    else groups.set(rel.type, [rel]);
  }
  return groups;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
