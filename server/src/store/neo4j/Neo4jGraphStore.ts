import { datedFacts } from './datedFacts';
import type { Actor, Designation, Relationship } from '@explorer/domain';
import { compareMatches, compareStrings } from '@explorer/domain';
import { scoreActor } from '../../search/actorKeys';
import { ActorNotFoundError } from '../../errors/DomainError';
import type {
  DesignationCounts,
  DesignationFilter,
  DesignationListQuery,
  ActorListQuery,
  GraphQuery,
  GraphStore,
  LinkCount,
  LinksQuery,
  NearestDesignatedQuery,
  NeighborhoodQuery,
  Path,
  PathsQuery,
  RelationshipListQuery,
  RelationshipsQuery,
  SearchQuery,
  StoreStats,
  Subgraph,
  TraverseQuery,
  UpsertOptions,
  WalkFilter,
  DatedFacts,
  DatedFactsQuery,
} from '../GraphStore';
import { comparePaths, type IdPath } from '../walk/walk';
import {
  nearestIds,
  neighborhoodIds,
  shortestPathIds,
  traverseIds,
  type IdSubgraph,
} from '../walk/queries';
import { asOfParams, relProjection, relTypes, validOn, where } from './cypher';
import { luceneQuery } from './fulltext';
import { propsToActor, rowToRelationship, type ActorProps, type RelationshipRow } from './mapping';
import { Neo4jClient, integer, run, type Deadline, type Neo4jConnection } from './Neo4jClient';
import { MAX_ROWS_PER_LEVEL } from './limits';
import { ensureSchema } from './schema';
import { allShortestPathIds, listRelationships, readStats, searchCandidates } from './reads';
import { refuseDesignationLink } from '../designationLinks';
import * as designations from './designations';
import { DESIGNATES } from './designations';
import * as links from './links';
import { expander, fullRelationships, nearestExpander, traverser, type WalkContext } from './walks';
import { relationshipsWithId, upsertActors, upsertRelationships } from './writes';
import { acquireLock, releaseLock, renewLock, type LockHolder } from './locks';

export interface Neo4jGraphStoreOptions extends Neo4jConnection {
  /**
   * Most relationships one BFS level of a walk may read (default
   * MAX_ROWS_PER_LEVEL); a walk needing more fails with WalkTooLargeError
   * (WALK_TOO_LARGE) rather than answering from part of the graph.
   */
  maxRowsPerLevel?: number;
}

type RelRow = { rel: RelationshipRow };

/**
 * The GraphStore over Neo4j 5: `(:Actor)` nodes, one Neo4j relationship
 * type per RelationType, and `(:Designation)-[:DESIGNATES]->(:Actor)`
 * records (designations.ts) that no walk follows. Each method is one bounded query (a walk: one per
 * BFS level, through the shared walk/ algorithms, reading ids only; paths:
 * one allShortestPaths query), then one read of the kept records, so answers
 * agree with the embedded store exactly; the contract suite checks both.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  private readonly client: Neo4jClient;
  private readonly maxRowsPerLevel: number;

  constructor(options: Neo4jGraphStoreOptions) {
    this.client = new Neo4jClient(options);
    this.maxRowsPerLevel = options.maxRowsPerLevel ?? MAX_ROWS_PER_LEVEL;
  }

  async init(): Promise<void> {
    await ensureSchema(this.client);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  async ping(): Promise<boolean> {
    return this.client.ping();
  }

  /** A named lock in the database (locks.ts): undefined when taken, else who holds it. */
  async acquireLock(lock: {
    name: string;
    owner: string;
    info: string;
    ttlMs: number;
    replacing?: string;
  }): Promise<LockHolder | undefined> {
    return acquireLock(this.client, lock);
  }

  async renewLock(lock: { name: string; owner: string; ttlMs: number }): Promise<boolean> {
    return renewLock(this.client, lock);
  }

  async releaseLock(lock: { name: string; owner: string }): Promise<void> {
    await releaseLock(this.client, lock);
  }

  /** Deletes every node and relationship, in batches (tests and re-imports only). */
  async clear(): Promise<void> {
    // Relationships first, in batches of their own: DETACH DELETE of 5,000
    // nodes can mean hundreds of thousands of relationships in one
    // transaction when hubs are among them (out of memory on a 1M graph).
    await this.client.autoCommit(
      'clear',
      'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS',
      {},
      10 * 60_000,
    );
    await this.client.autoCommit(
      'clear',
      'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
      {},
      10 * 60_000,
    );
  }

  async upsertActors(actors: readonly Actor[], options?: UpsertOptions): Promise<void> {
    await upsertActors(this.client, actors, options);
  }

  /** Removes actors and their relationships (an import's merged duplicates), in one transaction. */
  async deleteActors(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.client.writeTx('deleteActors', (tx) =>
      run(
        tx,
        // Their designations go with them, and those they issued (no authority left).
        `UNWIND $ids AS id
         MATCH (a:Actor {id: id})
         OPTIONAL MATCH (a)<-[:${DESIGNATES}]-(held:Designation)
         DETACH DELETE held
         WITH DISTINCT a, id
         OPTIONAL MATCH (issued:Designation {authority: id})
         DETACH DELETE issued
         WITH DISTINCT a
         DETACH DELETE a`,
        { ids: [...new Set(ids)] },
      ),
    );
  }

  async upsertRelationships(
    relationships: readonly Relationship[],
    options?: UpsertOptions,
  ): Promise<void> {
    for (const rel of relationships) refuseDesignationLink(rel);
    await upsertRelationships(this.client, relationships, options);
  }

  async upsertDesignations(list: readonly Designation[]): Promise<void> {
    await designations.upsertDesignations(this.client, list);
  }

  async getDesignations(ids: readonly string[]): Promise<Designation[]> {
    return designations.getDesignations(this.client, ids);
  }

  async designationsOf(
    actorIds: readonly string[],
    filter?: Pick<DesignationFilter, 'asOf' | 'authority'>,
  ): Promise<Designation[]> {
    return designations.designationsOf(this.client, actorIds, filter);
  }

  async listDesignations(query: DesignationListQuery): Promise<Designation[]> {
    return designations.listDesignations(this.client, query);
  }

  async countDesignations(filter: DesignationFilter): Promise<DesignationCounts> {
    return designations.countDesignations(this.client, filter);
  }

  async linkSummary(actorIds: readonly string[], filter: WalkFilter): Promise<LinkCount[]> {
    return links.linkSummary(this.client, actorIds, filter);
  }

  async linksOf(actorIds: readonly string[], query: LinksQuery): Promise<Relationship[]> {
    return links.linksOf(this.client, actorIds, query);
  }

  async relationshipsAmong(
    actorIds: readonly string[],
    query: WalkFilter & { limit: number },
  ): Promise<Relationship[]> {
    return links.relationshipsAmong(this.client, actorIds, query);
  }

  async stats(): Promise<StoreStats> {
    return {
      ...(await readStats(this.client)),
      designations: await designations.countAllDesignations(this.client),
    };
  }

  async getActors(ids: readonly string[]): Promise<Actor[]> {
    return this.actorsById('getActors', ids, this.client.deadline());
  }

  async getRelationships(ids: readonly string[]): Promise<Relationship[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read<RelRow>(
      'getRelationships',
      `UNWIND $ids AS id
       ${relationshipsWithId('id')}
       RETURN DISTINCT ${relProjection('r')} AS rel`,
      { ids: [...new Set(ids)] },
    );
    const byId = new Map(rows.map(({ rel }) => [rel.props.id, rowToRelationship(rel)] as const));
    return ids.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  }

  async searchActors({ text, kinds, first, origin }: SearchQuery): Promise<Actor[]> {
    const query = luceneQuery(text);
    if (query === undefined || first <= 0) return [];
    const deadline = this.client.deadline();
    const candidates = await searchCandidates(this.client, query, { kinds, origin }, deadline);
    const best = candidates
      .map((actor) => ({ score: scoreActor(actor, text), actor }))
      .filter((m) => m.score > 0)
      .sort(compareMatches)
      .slice(0, first);
    return this.actorsById(
      'searchActors',
      best.map((m) => m.actor.id),
      deadline,
    );
  }

  async relationshipsOf(actorId: string, query: RelationshipsQuery): Promise<Relationship[]> {
    const left = query.direction === 'IN' ? '<-' : '-';
    const right = query.direction === 'OUT' ? '->' : '-';
    const rows = await this.client.read<RelRow>(
      'relationshipsOf',
      `MATCH (:Actor {id: $id})${left}[r${relTypes(query.types)}]${right}()
       ${where(validOn('r', query.when))}
       WITH DISTINCT r
       ORDER BY type(r), r.id
       LIMIT $first
       RETURN ${relProjection('r')} AS rel`,
      { id: actorId, first: integer(query.first), ...asOfParams(query.when) },
    );
    return rows.map((row) => rowToRelationship(row.rel));
  }

  async degrees(actorIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.client.read<{ id: string; degree: number }>(
      'degrees',
      // Out plus in: a self-loop counts twice, as in graphology.
      `UNWIND $ids AS id
       MATCH (a:Actor {id: id})
       RETURN id, COUNT { (a)-[${relTypes(undefined)}]->() } + COUNT { (a)<-[${relTypes(undefined)}]-() } AS degree`,
      { ids: [...new Set(actorIds)] },
    );
    const byId = new Map(rows.map((r) => [r.id, r.degree] as const));
    return new Map(actorIds.filter((id) => byId.has(id)).map((id) => [id, byId.get(id)!] as const));
  }

  async listActors({ kinds, after, first }: ActorListQuery): Promise<Actor[]> {
    const rows = await this.client.read<{ a: ActorProps }>(
      'listActors',
      `MATCH (a:Actor)
       ${where(kinds?.length ? 'a.kind IN $kinds' : '', after !== undefined ? 'a.id > $after' : '')}
       WITH a
       ORDER BY a.id
       LIMIT $first
       RETURN properties(a) AS a`,
      { kinds: kinds ?? [], after: after ?? null, first: integer(first) },
    );
    return rows.map(({ a }) => propsToActor(a));
  }

  async graph({ kinds, limit, types, when, origin, after }: GraphQuery): Promise<Subgraph> {
    const rows = await this.client.read<RelRow & { s: ActorProps; t: ActorProps }>(
      'graph',
      `MATCH (s:Actor)-[r${relTypes(types)}]->(t:Actor)
       ${where(validOn('r', when), kinds?.length ? 's.kind IN $kinds AND t.kind IN $kinds' : '', origin ? 'r.origin = $origin' : '', after !== undefined ? 'r.id > $after' : '')}
       WITH s, r, t
       ORDER BY r.id
       LIMIT $max
       RETURN ${relProjection('r')} AS rel, properties(s) AS s, properties(t) AS t`,
      {
        kinds: kinds ?? [],
        origin: origin ?? null,
        after: after ?? null,
        max: integer(limit + 1),
        ...asOfParams(when),
      },
    );
    const kept = rows.slice(0, limit);
    const actors = new Map<string, Actor>();
    for (const { s, t } of kept) {
      actors.set(s.id, propsToActor(s));
      actors.set(t.id, propsToActor(t));
    }
    return {
      actors: [...actors.keys()].sort(compareStrings).map((id) => actors.get(id)!),
      relationships: kept.map((row) => rowToRelationship(row.rel)),
      truncated: rows.length > limit,
    };
  }

  async neighborhood(actorId: string, query: NeighborhoodQuery): Promise<Subgraph> {
    const walk = this.walk();
    await this.mustExist('neighborhood', [actorId], walk.deadline);
    const expand = expander(walk, 'neighborhood', query, false);
    const nearest = nearestExpander(walk, 'neighborhood', query);
    return this.materialize(
      'neighborhood',
      await neighborhoodIds(actorId, expand, query.depth, query.limit, nearest),
      walk,
    );
  }

  /**
   * One `allShortestPaths` query (bidirectional, in the database) returning
   * ids only, ordered by comparePaths here; only the kept paths are read in
   * full. Its paths are exactly the shared BFS's (every shortest path, each
   * parallel relationship its own path; a self-loop is never on one), so the
   * answer is the embedded store's. Past MAX_ENUMERATED_PATHS tied paths,
   * where the BFS's answer depends on its enumeration order, the BFS
   * answers instead.
   */
  async shortestPaths(fromId: string, toId: string, query: PathsQuery): Promise<Path[]> {
    const walk = this.walk();
    await this.mustExist('paths', [fromId, toId], walk.deadline);
    // As the BFS: an actor is its own 0-hop path; no hop allowed, no path (Cypher refuses both).
    if (fromId === toId) {
      return this.toPaths('paths', [{ actors: [fromId], rels: [] }].slice(0, query.first), walk);
    }
    if (!(query.maxHops >= 1)) return [];
    const found = await allShortestPathIds(this.client, fromId, toId, query, walk.deadline);
    const paths =
      found === undefined
        ? await shortestPathIds(
            fromId,
            toId,
            expander(walk, 'paths', query, query.directed),
            query.maxHops,
            query.first,
          )
        : found.sort(comparePaths).slice(0, query.first);
    return this.toPaths('paths', paths, walk);
  }

  async traverse(actorId: string, query: TraverseQuery): Promise<Subgraph> {
    const walk = this.walk();
    await this.mustExist('traverse', [actorId], walk.deadline);
    const expand = traverser(walk, query.steps, query.when);
    return this.materialize(
      'traverse',
      await traverseIds(actorId, expand, query.maxHops, query.limit),
      walk,
    );
  }

  async nearestDesignated(actorId: string, query: NearestDesignatedQuery): Promise<Path[]> {
    const walk = this.walk();
    await this.mustExist('sanctionExposure', [actorId], walk.deadline);
    const filter = { types: query.via, when: query.when };
    const expand = expander(walk, 'sanctionExposure', filter, false);
    const targets = (ids: readonly string[]) =>
      designations.designatedAmong(this.client, ids, query, walk.deadline);
    const paths = await nearestIds(actorId, expand, targets, query.maxHops, query.first);
    return this.toPaths('sanctionExposure', paths, walk);
  }

  async listRelationships(query: RelationshipListQuery): Promise<Relationship[]> {
    return listRelationships(this.client, query);
  }

  async datedFacts(query: DatedFactsQuery): Promise<DatedFacts> {
    return datedFacts(this.client, query);
  }

  /** Throws ActorNotFoundError for the first of `ids` that is no actor. */
  private async mustExist(
    operation: string,
    ids: readonly string[],
    deadline: Deadline,
  ): Promise<void> {
    const rows = await this.client.read<{ id: string }>(
      operation,
      'UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) WITH id, a WHERE a IS NULL RETURN id',
      { ids },
      deadline,
    );
    const missing = new Set(rows.map((r) => r.id));
    const first = ids.find((id) => missing.has(id));
    if (first !== undefined) throw new ActorNotFoundError(operation, first);
  }

  /** The actors of `ids` that exist, in the order of `ids`. */
  private async actorsById(
    operation: string,
    ids: readonly string[],
    deadline: Deadline,
  ): Promise<Actor[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read<{ a: ActorProps }>(
      operation,
      'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN properties(a) AS a',
      { ids: [...new Set(ids)] },
      deadline,
    );
    const byId = new Map(rows.map(({ a }) => [a.id, propsToActor(a)] as const));
    return ids.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  }

  /** What a walk of one store call needs: the client, the call's deadline, the level cap. */
  private walk(): WalkContext {
    return {
      client: this.client,
      deadline: this.client.deadline(),
      maxRows: this.maxRowsPerLevel,
    };
  }

  /** A walk's answer with its actors and (id-only) relationships read in full. */
  private async materialize(
    operation: string,
    sub: IdSubgraph,
    walk: WalkContext,
  ): Promise<Subgraph> {
    const [actors, rels] = await Promise.all([
      this.actorsById(operation, sub.actorIds, walk.deadline),
      fullRelationships(walk, operation, sub.relationships),
    ]);
    return {
      actors,
      // Relationships deleted since the walk read them are left out.
      relationships: sub.relationships.flatMap((r) => rels.get(r.id) ?? []),
      truncated: sub.truncated,
    };
  }

  /** Paths of ids as paths of full records; a path through anything deleted meanwhile is left out. */
  private async toPaths(operation: string, paths: IdPath[], walk: WalkContext): Promise<Path[]> {
    const [actors, rels] = await Promise.all([
      this.actorsById(
        operation,
        paths.flatMap((p) => p.actors),
        walk.deadline,
      ),
      fullRelationships(
        walk,
        operation,
        paths.flatMap((p) => p.rels),
      ),
    ]);
    const byId = new Map(actors.map((a) => [a.id, a] as const));
    return paths.flatMap((p) => {
      const path = {
        actors: p.actors.flatMap((id) => byId.get(id) ?? []),
        relationships: p.rels.flatMap((r) => rels.get(r.id) ?? []),
      };
      const whole =
        path.actors.length === p.actors.length && path.relationships.length === p.rels.length;
      return whole ? [path] : [];
    });
  }
}
