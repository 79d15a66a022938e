import type {
  Actor,
  ActorKind,
  Designation,
  GraphSink,
  Origin,
  Relationship,
  RelationType,
  TimeWindow,
} from '@explorer/domain';

/** Which way to follow relationships from an actor. */
export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Filters shared by every query that walks relationships. */
export interface WalkFilter {
  /** Only these relationship types; undefined or empty means all. */
  types?: readonly RelationType[];
  /**
   * Only relationships that hold in this window (an `asOf` date is the
   * window from it to it): the domain's `inWindow` rule, per validity kind;
   * undated ones only with `includeUndated`.
   */
  when?: TimeWindow;
}

export interface SearchQuery {
  text: string;
  kinds?: readonly ActorKind[];
  /** Only actors of this origin (curated from the essay, or imported from a list). */
  origin?: Origin;
  /** Maximum results. */
  first: number;
}

export interface RelationshipsQuery extends WalkFilter {
  direction: Direction;
  /** Maximum results; ordered by type, then id. */
  first: number;
}

export interface GraphQuery extends WalkFilter {
  kinds?: readonly ActorKind[];
  /** Only relationships of this origin. */
  origin?: Origin;
  /** Maximum relationships, by id; actors are those the relationships returned touch. */
  limit: number;
  /** Only relationships with an id greater than this (keyset pagination: exports page the whole graph). */
  after?: string;
}

/** A page of actors, by id: how exports reach the actors no relationship touches. */
export interface ActorListQuery {
  kinds?: readonly ActorKind[];
  /** Only actors with an id greater than this (keyset pagination). */
  after?: string;
  /** Maximum results, ordered by id. */
  first: number;
}

export interface NeighborhoodQuery extends WalkFilter {
  /** Hops from the centre, 1..3. */
  depth: number;
  /**
   * Maximum relationships returned. Past it, the result is truncated to the
   * first `limit` by (farther endpoint's distance, nearer endpoint's
   * distance, id), and its actors are those the kept relationships touch.
   */
  limit: number;
}

export interface PathsQuery extends WalkFilter {
  maxHops: number;
  directed: boolean;
  /** Maximum paths. */
  first: number;
}

/** One step rule of a directed traversal: follow `type` relationships in `direction` from the current actor. */
export interface TraverseStep {
  type: RelationType;
  direction: 'OUT' | 'IN';
}

export interface TraverseQuery {
  steps: readonly TraverseStep[];
  maxHops: number;
  /** Relationships followed: those in this window (see WalkFilter.when). */
  when?: TimeWindow;
  /** Maximum relationships returned. */
  limit: number;
}

export interface NearestDesignatedQuery {
  /** Relationship types a path may use (never SANCTIONS: designations are not links); either direction. */
  via: readonly RelationType[];
  maxHops: number;
  /** Relationships a path may use: those in this window (see WalkFilter.when). */
  when?: TimeWindow;
  /** Designations that count: those in force on this date (see DesignationFilter.asOf). */
  asOf?: string;
  /** Only designations by this authority (actor id) count; default any. */
  authority?: string;
  /** Maximum paths returned. */
  first: number;
}

/**
 * A group of an actor's links: its relationships of one type, one direction
 * (OUT: the actor is the source), to neighbours of one kind. Neighbourhood
 * grouping (services/grouping) collapses a large one into one node.
 */
export interface LinkGroupKey {
  actor: string;
  type: RelationType;
  direction: 'OUT' | 'IN';
  kind: ActorKind;
}

export interface LinkCount extends LinkGroupKey {
  /** Relationships in the group (valid on asOf, of the types asked for); self-loops not counted. */
  count: number;
}

export interface LinksQuery extends WalkFilter {
  /** Leave out the relationships of these groups (seen from their actor). */
  skip?: readonly LinkGroupKey[];
  /** Only the relationships of this group. */
  only?: LinkGroupKey;
  /** Only relationships with an id greater than this (keyset pagination). */
  after?: string;
  /** Most relationships returned, by id. */
  limit: number;
}

/** Which designations: every filter optional, all must hold. */
export interface DesignationFilter {
  /** Designating authority (actor id). */
  authority?: string;
  /** A program the designation lists (case-insensitive, exact). */
  program?: string;
  /** The list it is on (case-insensitive, exact), e.g. "OFAC SDN". */
  list?: string;
  /** In force on this date: listedOn <= asOf <= delistedOn (open ends), at each date's precision. */
  asOf?: string;
  /** Listed on or after this date (a designation without listedOn is excluded). */
  since?: string;
}

export interface DesignationListQuery extends DesignationFilter {
  /** Only designations with an id greater than this (keyset pagination). */
  after?: string;
  /** Maximum results, ordered by id. */
  first: number;
}

/** How many designations match a filter, in all and by program, list and authority. */
export interface DesignationCounts {
  total: number;
  /** A designation under two programs counts once for each; largest first, then by name. */
  byProgram: { key: string; count: number }[];
  byList: { key: string; count: number }[];
  byAuthority: { key: string; count: number }[];
}

export interface RelationshipListQuery {
  types?: readonly RelationType[];
  /** Only relationships whose source is this actor. */
  sourceId?: string;
  /** Only relationships whose program equals this (case-insensitive). */
  program?: string;
  /** Only relationships whose start is on or after this ISO date (missing start excluded). */
  since?: string;
  /** Only relationships with an id greater than this (keyset pagination). */
  after?: string;
  /** Maximum results, ordered by id. */
  first: number;
}

/** What `datedFacts` reads: a window of padded full dates (open ends as sentinels). */
export interface DatedFactsQuery {
  from: string;
  to: string;
  types?: readonly RelationType[];
  /** Most relationships and most designations returned (each), by id. */
  limit: number;
}

/**
 * The facts dated inside a window, for the timeline: relationships whose
 * `start` or `end`, and designations whose `listedOn` or `delistedOn`, fall
 * in it (a partial date falls in it when some day of it does).
 */
export interface DatedFacts {
  relationships: Relationship[];
  designations: Designation[];
  /** True when either list stopped at `limit`. */
  truncated: boolean;
}

export interface Subgraph {
  actors: Actor[];
  relationships: Relationship[];
  truncated: boolean;
}

/** A path: actors[i] and actors[i+1] are joined by relationships[i] (in either direction). */
export interface Path {
  actors: Actor[];
  relationships: Relationship[];
}

/** Options of the upserts. */
export interface UpsertOptions {
  /**
   * The caller guarantees that none of these ids is stored (an importer
   * writing what its plan found missing, a load into an empty store), so
   * the store may create them without first searching for the id.
   * Neo4j: actors are created without the lookup (one stored after all makes
   * the unique constraint refuse the batch, which is then merged: still
   * correct); a relationship id is still found when it is stored with the
   * same type (then updated in place or moved to its new endpoints, so
   * repeating a call is harmless), but not searched among the other types:
   * an id stored under another type would be left there too, two
   * relationships with one id. The embedded store ignores the option.
   */
  knownNew?: boolean;
}

export interface StoreStats {
  actors: number;
  relationships: number;
  designations: number;
  actorsByKind: Partial<Record<ActorKind, number>>;
  relationshipsByType: Partial<Record<RelationType, number>>;
}

/**
 * The one interface between the domain services and storage. Every method is
 * bounded (depth, limit, first) so that a database can answer it with one
 * indexed query, never by loading the whole graph.
 *
 * Ordering rules (both stores must agree, the contract suite checks it):
 * - actors in a Subgraph: by id; relationships: by id;
 * - search: best score first, then name, then id;
 * - paths: fewest hops first, then by the sequence of actor ids, then relationship ids.
 */
export interface GraphStore extends GraphSink {
  /**
   * Inserts or replaces actors by id; the last record of an id repeated in
   * one call wins. Idempotent.
   */
  upsertActors(actors: readonly Actor[], options?: UpsertOptions): Promise<void>;
  /**
   * Inserts or replaces relationships by id (an id stored with another type
   * or other endpoints is moved); the last record of a repeated id wins.
   * Idempotent. Throws ActorNotFoundError naming the first relationship (in
   * order) with a missing endpoint, having written nothing.
   */
  upsertRelationships(
    relationships: readonly Relationship[],
    options?: UpsertOptions,
  ): Promise<void>;
  /**
   * Inserts or replaces designations by id (an id stored on another actor is
   * moved); the last record of a repeated id wins. Idempotent. Throws
   * ActorNotFoundError naming the first designation whose actor or
   * authority is missing, having written nothing.
   */
  upsertDesignations(designations: readonly Designation[], options?: UpsertOptions): Promise<void>;
  /** "memory" or "neo4j": shown in logs and /readyz. */
  readonly name: string;
  /** Connect and prepare indexes. Safe to call twice. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Cheap liveness check of the backing storage. */
  ping(): Promise<boolean>;

  stats(): Promise<StoreStats>;
  getActors(ids: readonly string[]): Promise<Actor[]>;
  /** Actors (of `kinds`, when given) ordered by id, for keyset pagination. */
  listActors(query: ActorListQuery): Promise<Actor[]>;
  getRelationships(ids: readonly string[]): Promise<Relationship[]>;
  searchActors(query: SearchQuery): Promise<Actor[]>;
  relationshipsOf(actorId: string, query: RelationshipsQuery): Promise<Relationship[]>;
  /** Number of relationships of each actor, either direction. */
  degrees(actorIds: readonly string[]): Promise<Map<string, number>>;
  graph(query: GraphQuery): Promise<Subgraph>;
  /** Throws ActorNotFoundError for an unknown centre. */
  neighborhood(actorId: string, query: NeighborhoodQuery): Promise<Subgraph>;
  /** Throws ActorNotFoundError for an unknown endpoint. */
  shortestPaths(fromId: string, toId: string, query: PathsQuery): Promise<Path[]>;
  /**
   * Breadth-first walk from an actor following only the given (type, direction)
   * steps, up to maxHops. Returns the actors reached (with the start) and the
   * relationships used. Throws ActorNotFoundError for an unknown start.
   */
  traverse(actorId: string, query: TraverseQuery): Promise<Subgraph>;
  /**
   * Shortest paths (undirected over `via`) from an actor to the nearest actors
   * holding a designation valid on asOf (by `authority`, when given). Only the
   * paths of the smallest hop count found are returned (a designated actor
   * itself gives one path of 0 hops). Ordered like shortestPaths.
   */
  nearestDesignated(actorId: string, query: NearestDesignatedQuery): Promise<Path[]>;
  /** Removes actors and every relationship touching them; unknown ids are ignored. */
  deleteActors(ids: readonly string[]): Promise<void>;
  /** Relationships matching a filter, ordered by id, for keyset pagination. */
  listRelationships(query: RelationshipListQuery): Promise<Relationship[]>;
  getDesignations(ids: readonly string[]): Promise<Designation[]>;
  /**
   * For each actor of `actorIds`, how many relationships (valid on asOf, of
   * `types`) it has per (type, direction, neighbour kind); self-loops left
   * out. Ordered by actor (as given), type, direction, kind.
   */
  linkSummary(actorIds: readonly string[], filter: WalkFilter): Promise<LinkCount[]>;
  /**
   * Relationships touching `actorIds` (not self-loops), valid on asOf and of
   * `types`, less the `skip` groups (or only the `only` group), ordered by
   * id, at most `limit`; each once.
   */
  linksOf(actorIds: readonly string[], query: LinksQuery): Promise<Relationship[]>;
  /** Relationships with both ends in `actorIds` (valid on asOf, of `types`), by id, at most `limit`. */
  relationshipsAmong(
    actorIds: readonly string[],
    query: WalkFilter & { limit: number },
  ): Promise<Relationship[]>;
  /**
   * The designations of these actors (valid on `asOf` when given, by
   * `authority` when given), ordered by actor id (in the order given), then
   * authority, then id.
   */
  designationsOf(
    actorIds: readonly string[],
    filter?: Pick<DesignationFilter, 'asOf' | 'authority'>,
  ): Promise<Designation[]>;
  /** Designations matching a filter, ordered by id, for keyset pagination. */
  listDesignations(query: DesignationListQuery): Promise<Designation[]>;
  /** Relationships and designations dated inside a window (see DatedFacts), each by id. */
  datedFacts(query: DatedFactsQuery): Promise<DatedFacts>;
  countDesignations(filter: DesignationFilter): Promise<DesignationCounts>;
}
