import type { Actor, Relationship, RelationType } from '@explorer/domain';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { ActorNotFoundError } from '../../errors/DomainError';
import { ALL_TYPES, relType } from './cypher';
import { actorToProps, relationshipToProps } from './mapping';
import type { UpsertOptions } from '../GraphStore';
import { run, type Neo4jClient } from './Neo4jClient';

/**
 * Idempotent batched upserts, one write transaction per batch. Actors merge
 * on `id` and take the new properties wholesale (with `knownNew`: CREATE,
 * falling back to MERGE when the unique constraint finds an id stored after
 * all); a relationship is updated in place when its id exists with the
 * same type and endpoints, and otherwise (re)created, after removing any
 * relationship with that id and another type or other endpoints, so an id
 * always names exactly one relationship.
 *
 * Endpoints are checked by the CREATE itself (it matches both actors and
 * counts what it wrote): a missing one fails the transaction before it
 * commits, with the error naming the first relationship of the call that
 * lacks one. Finding a relationship id among the 15 types costs one index
 * seek per type and id (Neo4j indexes relationships per type): `knownNew`
 * lets a caller that knows its ids are new skip that search (ids are then
 * only looked for in their own type, by the CREATE).
 */

/** Rows per write transaction. */
export const WRITE_BATCH = 10_000;

export async function upsertActors(
  client: Neo4jClient,
  actors: readonly Actor[],
  options: UpsertOptions = {},
): Promise<void> {
  for (const batch of chunks(lastOfEachId(actors), WRITE_BATCH)) {
    const rows = batch.map(actorToProps);
    if (options.knownNew) {
      try {
        // CREATE: no locking index seek per row, unlike MERGE.
        await client.writeTx('upsertActors', (tx) =>
          run(tx, 'UNWIND $rows AS row CREATE (a:Actor) SET a = row', { rows }),
        );
        continue;
      } catch (error) {
        // An id stored after all (a caller wrong about knownNew, or another writer): the
        // unique constraint refused the batch and nothing was written. Merge it instead.
        if (!isConstraintViolation(error)) throw error;
      }
    }
    await client.writeTx('upsertActors', (tx) =>
      run(tx, 'UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a = row', { rows }),
    );
  }
}

function isConstraintViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof Neo4jError && e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return true;
  }
  return false;
}

export async function upsertRelationships(
  client: Neo4jClient,
  relationships: readonly Relationship[],
  options: UpsertOptions = {},
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
    await client.writeTx('upsertRelationships', (tx) =>
      writeRelationships(tx, batch, batches.length > 1 ? batch : relationships, options.knownNew),
    );
  }
}

/**
 * Writes one batch (distinct ids) in `tx`. A missing endpoint throws
 * ActorNotFoundError for the first relationship of `call` (in order) that
 * lacks one, which rolls the transaction back.
 */
export async function writeRelationships(
  tx: ManagedTransaction,
  batch: readonly Relationship[],
  call: readonly Relationship[],
  knownNew = false,
): Promise<void> {
  let rest: readonly Relationship[] = batch;
  if (knownNew) {
    // Created unless the id is already stored with the same type (one index seek). A type
    // group where that happened, or an endpoint is missing, takes the full path below.
    const left: Relationship[] = [];
    for (const [type, group] of byType(batch)) {
      if ((await create(tx, type, group, true)) !== group.length) left.push(...group);
    }
    if (left.length === 0) return;
    rest = left;
  }
  const updated = await updateInPlace(tx, rest);
  if (updated.size > 0) rest = rest.filter((rel) => !updated.has(rel.id));
  if (rest.length === 0) return;
  await removeMoved(tx, rest);
  for (const [type, group] of byType(rest)) {
    if ((await create(tx, type, group, false)) !== group.length) {
      await mustHaveEndpoints(tx, call);
      throw new Error(`upsertRelationships: an endpoint of a ${type} relationship is missing`);
    }
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

/**
 * Creates the relationships of one type whose endpoints both exist (and,
 * with `unlessStored`, whose id the type does not hold yet); returns how many.
 */
async function create(
  tx: ManagedTransaction,
  type: RelationType,
  group: readonly Relationship[],
  unlessStored: boolean,
): Promise<number> {
  const t = relType(type);
  const [row] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MATCH (s:Actor {id: row.source})
     MATCH (t:Actor {id: row.target})
     ${unlessStored ? `WHERE NOT EXISTS { MATCH ()-[:${t} {id: row.props.id}]->() }` : ''}
     CREATE (s)-[r:${t}]->(t)
     SET r = row.props
     RETURN count(*) AS n`,
    { rows: group.map(toRow) },
  );
  return row!.n;
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

/** The last record of each id, as the embedded store keeps when an id repeats in one call. */
function lastOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    byId.delete(item.id);
    byId.set(item.id, item);
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
