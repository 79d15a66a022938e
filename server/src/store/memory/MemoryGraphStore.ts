import { MultiDirectedGraph } from 'graphology';
import { datedFacts } from './datedFacts';
import type { Actor, ActorKind, Designation, Relationship, RelationType } from '@explorer/domain';
import { relationshipFilter } from './relationshipFilter';
import { compareStrings } from '@explorer/domain';
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
  WalkFilter,
  DatedFacts,
  DatedFactsQuery,
} from '../GraphStore';
import { refuseDesignationLink } from '../designationLinks';
import { DesignationBook } from './designationBook';
import * as links from './linkQueries';
import { SearchIndex } from './searchIndex';
import { typeMask, WalkIndex } from './walkIndex';
import * as shared from './graphologyWalks';
import * as pathWalks from './pathWalks';
import * as walks from './walks';

/**
 * The embedded store: the whole graph in process, on a graphology
 * MultiDirectedGraph (actor id = node key, relationship id = edge key; the
 * records themselves are the node and edge attributes). The default, so the
 * explorer runs with no database installed.
 *
 * graphology is the store of record. Walks run on an integer index derived
 * from it (walkIndex.ts, rebuilt on the first walk after a write) and give
 * the shared walk code's answers (walk/queries.ts); search runs on a token
 * index kept up to date at upsert (searchIndex.ts). Designations are records
 * beside the graph (designationBook.ts), never edges of it.
 */
export class MemoryGraphStore implements GraphStore {
  readonly name = 'memory';
  /** The graph of record (tests run the shared walks over it). */
  readonly graphology = new MultiDirectedGraph<Actor, Relationship>();
  private readonly search = new SearchIndex();
  /** Designations: records on actors, outside the graph the walks run on. */
  private readonly designations = new DesignationBook();
  private walkIndex: WalkIndex | undefined;

  /** @param queryTimeoutMs deadline of each walk (neighbourhood, paths, traverse, exposure); default 5000. */
  constructor(private readonly queryTimeoutMs = 5000) {}

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async ping(): Promise<boolean> {
    return true;
  }

  async upsertActors(actors: readonly Actor[]): Promise<void> {
    const g = this.graphology;
    for (const actor of actors) {
      if (g.hasNode(actor.id)) g.replaceNodeAttributes(actor.id, actor);
      else g.addNode(actor.id, actor);
      this.search.set(actor);
    }
    if (actors.length > 0) this.walkIndex = undefined;
  }

  /** Removes actors and their relationships (an import's merged duplicates). */
  async deleteActors(ids: readonly string[]): Promise<void> {
    const g = this.graphology;
    for (const id of ids) {
      if (!g.hasNode(id)) continue;
      g.dropNode(id);
      this.designations.dropActor(id);
      this.search.delete(id);
      this.walkIndex = undefined;
    }
  }

  async upsertRelationships(relationships: readonly Relationship[]): Promise<void> {
    const g = this.graphology;
    // Check the whole batch first so a bad reference writes nothing.
    for (const rel of relationships) {
      refuseDesignationLink(rel);
      if (!g.hasNode(rel.source))
        throw new ActorNotFoundError(`upsertRelationships(${rel.id})`, rel.source);
      if (!g.hasNode(rel.target))
        throw new ActorNotFoundError(`upsertRelationships(${rel.id})`, rel.target);
    }
    for (const rel of relationships) {
      // New ids are the common case: add first (one edge lookup), handle a known id on refusal.
      try {
        g.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, rel);
        continue;
      } catch (error) {
        if (!g.hasEdge(rel.id)) throw error;
      }
      const old = g.getEdgeAttributes(rel.id);
      if (old.source === rel.source && old.target === rel.target) {
        g.replaceEdgeAttributes(rel.id, rel);
      } else {
        g.dropEdge(rel.id);
        g.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, rel);
      }
    }
    if (relationships.length > 0) this.walkIndex = undefined;
  }

  async upsertDesignations(designations: readonly Designation[]): Promise<void> {
    const g = this.graphology;
    for (const d of designations) {
      for (const end of [d.actor, d.authority])
        if (!g.hasNode(end)) throw new ActorNotFoundError(`upsertDesignations(${d.id})`, end);
    }
    for (const d of designations) this.designations.put(d);
  }

  async getDesignations(ids: readonly string[]): Promise<Designation[]> {
    return this.designations.get(ids);
  }

  async designationsOf(
    actorIds: readonly string[],
    filter?: Pick<DesignationFilter, 'asOf' | 'authority'>,
  ): Promise<Designation[]> {
    return this.designations.of(actorIds, filter);
  }

  async listDesignations(query: DesignationListQuery): Promise<Designation[]> {
    return this.designations.list(query);
  }

  async countDesignations(filter: DesignationFilter): Promise<DesignationCounts> {
    return this.designations.count(filter);
  }

  async linkSummary(actorIds: readonly string[], filter: WalkFilter): Promise<LinkCount[]> {
    return links.linkSummary(this.graphology, actorIds, filter);
  }

  async linksOf(actorIds: readonly string[], query: LinksQuery): Promise<Relationship[]> {
    return links.linksOf(this.graphology, actorIds, query);
  }

  async relationshipsAmong(
    actorIds: readonly string[],
    query: WalkFilter & { limit: number },
  ): Promise<Relationship[]> {
    return links.relationshipsAmong(this.graphology, actorIds, query);
  }

  /** Every designation (persistence and tests). */
  allDesignations(): Designation[] {
    return [...this.designations.all()];
  }

  async stats(): Promise<StoreStats> {
    const actorsByKind: Partial<Record<ActorKind, number>> = {};
    const relationshipsByType: Partial<Record<RelationType, number>> = {};
    const g = this.graphology;
    g.forEachNode((_key, actor) => {
      actorsByKind[actor.kind] = (actorsByKind[actor.kind] ?? 0) + 1;
    });
    g.forEachEdge((_key, rel) => {
      relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;
    });
    return {
      actors: g.order,
      relationships: g.size,
      designations: this.designations.size,
      actorsByKind,
      relationshipsByType,
    };
  }

  async getActors(ids: readonly string[]): Promise<Actor[]> {
    const g = this.graphology;
    return ids.filter((id) => g.hasNode(id)).map((id) => g.getNodeAttributes(id));
  }

  async getRelationships(ids: readonly string[]): Promise<Relationship[]> {
    const g = this.graphology;
    return ids.filter((id) => g.hasEdge(id)).map((id) => g.getEdgeAttributes(id));
  }

  async searchActors(query: SearchQuery): Promise<Actor[]> {
    return this.search.search(query);
  }

  async relationshipsOf(actorId: string, query: RelationshipsQuery): Promise<Relationship[]> {
    const g = this.graphology;
    if (!g.hasNode(actorId)) return [];
    const accept = relationshipFilter(query);
    const found: Relationship[] = [];
    const collect = (_key: string, rel: Relationship): void => {
      if (accept(rel)) found.push(rel);
    };
    if (query.direction === 'OUT') g.forEachOutEdge(actorId, collect);
    else if (query.direction === 'IN') g.forEachInEdge(actorId, collect);
    else g.forEachEdge(actorId, collect);
    return found
      .sort((a, b) => compareStrings(a.type, b.type) || compareStrings(a.id, b.id))
      .slice(0, query.first);
  }

  async degrees(actorIds: readonly string[]): Promise<Map<string, number>> {
    const g = this.graphology;
    return new Map(actorIds.filter((id) => g.hasNode(id)).map((id) => [id, g.degree(id)]));
  }

  async listActors({ kinds, after, first }: ActorListQuery): Promise<Actor[]> {
    const kindSet = kinds?.length ? new Set<ActorKind>(kinds) : undefined;
    const found: Actor[] = [];
    this.graphology.forEachNode((id, actor) => {
      if (after !== undefined && id <= after) return;
      if (kindSet && !kindSet.has(actor.kind)) return;
      found.push(actor);
    });
    return found.sort((a, b) => compareStrings(a.id, b.id)).slice(0, first);
  }

  async graph({ kinds, limit, origin, after, ...filter }: GraphQuery): Promise<Subgraph> {
    const g = this.graphology;
    const accept = relationshipFilter(filter);
    const kindSet = kinds?.length ? new Set<ActorKind>(kinds) : undefined;
    const found: Relationship[] = [];
    g.forEachEdge((_key, rel, _source, _target, source, target) => {
      if (!accept(rel)) return;
      if (origin && rel.origin !== origin) return;
      if (after !== undefined && rel.id <= after) return;
      if (kindSet && !(kindSet.has(source.kind) && kindSet.has(target.kind))) return;
      found.push(rel);
    });
    found.sort((a, b) => compareStrings(a.id, b.id));
    const kept = found.slice(0, limit);
    const ids = new Set<string>();
    for (const rel of kept) ids.add(rel.source).add(rel.target);
    return {
      actors: [...ids].sort(compareStrings).map((id) => g.getNodeAttributes(id)),
      relationships: kept,
      truncated: found.length > limit,
    };
  }

  async neighborhood(actorId: string, query: NeighborhoodQuery): Promise<Subgraph> {
    const ix = this.index();
    const centre = this.mustExist(ix, 'neighborhood', actorId);
    return walks.neighborhood(
      ix,
      centre,
      typeMask(query.types),
      ix.validOn(query.when),
      query.depth,
      query.limit,
      new walks.WalkClock('neighborhood', this.queryTimeoutMs),
    );
  }

  async shortestPaths(fromId: string, toId: string, query: PathsQuery): Promise<Path[]> {
    const ix = this.index();
    const from = this.mustExist(ix, 'paths', fromId);
    const to = this.mustExist(ix, 'paths', toId);
    const clock = new walks.WalkClock('paths', this.queryTimeoutMs);
    const paths = await pathWalks.shortestPaths(
      ix,
      from,
      to,
      typeMask(query.types),
      ix.validOn(query.when),
      query.directed,
      query.maxHops,
      query.first,
      clock,
    );
    return paths ?? shared.shortestPaths(this.graphology, fromId, toId, query, clock.remainingMs());
  }

  async traverse(actorId: string, query: TraverseQuery): Promise<Subgraph> {
    const ix = this.index();
    const start = this.mustExist(ix, 'traverse', actorId);
    let outMask = 0;
    let inMask = 0;
    for (const step of query.steps) {
      if (step.direction === 'OUT') outMask |= typeMask([step.type]);
      else inMask |= typeMask([step.type]);
    }
    const rules = { outMask, inMask, valid: ix.validOn(query.when) };
    return walks.traverse(
      ix,
      start,
      rules,
      query.maxHops,
      query.limit,
      new walks.WalkClock('traverse', this.queryTimeoutMs),
    );
  }

  async nearestDesignated(actorId: string, query: NearestDesignatedQuery): Promise<Path[]> {
    const ix = this.index();
    const start = this.mustExist(ix, 'sanctionExposure', actorId);
    const clock = new walks.WalkClock('sanctionExposure', this.queryTimeoutMs);
    const designated = this.designations.designatedActors(query);
    const flags = new Uint8Array(ix.actors.length);
    for (const id of designated) flags[ix.actorIndex.get(id)!] = 1;
    const paths = await pathWalks.nearestDesignated(
      ix,
      start,
      typeMask(query.via),
      ix.validOn(query.when),
      flags,
      query.maxHops,
      query.first,
      clock,
    );
    return (
      paths ??
      shared.nearestDesignated(this.graphology, actorId, query, designated, clock.remainingMs())
    );
  }

  async datedFacts(query: DatedFactsQuery): Promise<DatedFacts> {
    const rels: Relationship[] = [];
    this.graphology.forEachEdge((_key, rel) => void rels.push(rel));
    return datedFacts(rels, this.designations.all(), query);
  }

  async listRelationships(query: RelationshipListQuery): Promise<Relationship[]> {
    const g = this.graphology;
    const types = query.types?.length ? new Set(query.types) : undefined;
    const program = query.program?.toLowerCase();
    const found: Relationship[] = [];
    const visit = (_key: string, rel: Relationship): void => {
      if (types && !types.has(rel.type)) return;
      if (program !== undefined && rel.program?.toLowerCase() !== program) return;
      if (query.since !== undefined && (rel.start === undefined || rel.start < query.since)) return;
      if (query.after !== undefined && rel.id <= query.after) return;
      found.push(rel);
    };
    if (query.sourceId !== undefined) {
      if (g.hasNode(query.sourceId)) g.forEachOutEdge(query.sourceId, visit);
    } else g.forEachEdge(visit);
    return found.sort((a, b) => compareStrings(a.id, b.id)).slice(0, query.first);
  }

  /** The walk index of the current graph, built on the first walk after a write. */
  private index(): WalkIndex {
    return (this.walkIndex ??= new WalkIndex(this.graphology));
  }

  private mustExist(ix: WalkIndex, operation: string, actorId: string): number {
    const index = ix.actorIndex.get(actorId);
    if (index === undefined) throw new ActorNotFoundError(operation, actorId);
    return index;
  }
}
