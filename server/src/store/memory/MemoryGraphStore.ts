import { MultiDirectedGraph } from 'graphology';
import type { Actor, ActorKind, Relationship, RelationType } from '@explorer/graph-seed';
import { isValidOn } from '../../domain/dates';
import { compareMatches, compareStrings, scoreActor } from '../../domain/search';
import { ActorNotFoundError, InvalidArgumentError } from '../../errors/DomainError';
import type {
  GraphQuery,
  GraphStore,
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
} from '../GraphStore';
import { withDeadline, type Expand, type IdPath, type Step } from '../walk/walk';
import {
  nearestIds,
  neighborhoodIds,
  shortestPathIds,
  traverseIds,
  type IdSubgraph,
} from '../walk/queries';

type NodeAttrs = { actor: Actor };
type EdgeAttrs = { rel: Relationship };

/**
 * The embedded store: the whole graph in process, on a graphology
 * MultiDirectedGraph (actor id = node key, relationship id = edge key). The
 * default, so the explorer runs with no database installed.
 */
export class MemoryGraphStore implements GraphStore {
  readonly name = 'memory';
  private readonly g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();

  /** @param queryTimeoutMs deadline of each walk (neighbourhood, paths, traverse, exposure); default 5000. */
  constructor(private readonly queryTimeoutMs = 5000) {}

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async ping(): Promise<boolean> {
    return true;
  }

  async upsertActors(actors: readonly Actor[]): Promise<void> {
    for (const actor of actors) this.g.mergeNode(actor.id, { actor });
  }

  /** Removes actors and their relationships (an import's merged duplicates). */
  async deleteActors(ids: readonly string[]): Promise<void> {
    for (const id of ids) if (this.g.hasNode(id)) this.g.dropNode(id);
  }

  async upsertRelationships(relationships: readonly Relationship[]): Promise<void> {
    // Check the whole batch first so a bad reference writes nothing.
    for (const rel of relationships) {
      for (const end of [rel.source, rel.target]) {
        if (!this.g.hasNode(end))
          throw new ActorNotFoundError(`upsertRelationships(${rel.id})`, end);
      }
    }
    for (const rel of relationships) {
      if (this.g.hasEdge(rel.id)) {
        const same = this.g.source(rel.id) === rel.source && this.g.target(rel.id) === rel.target;
        if (same) {
          this.g.replaceEdgeAttributes(rel.id, { rel });
          continue;
        }
        this.g.dropEdge(rel.id);
      }
      this.g.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, { rel });
    }
  }

  async stats(): Promise<StoreStats> {
    const actorsByKind: Partial<Record<ActorKind, number>> = {};
    const relationshipsByType: Partial<Record<RelationType, number>> = {};
    this.g.forEachNode((_key, { actor }) => {
      actorsByKind[actor.kind] = (actorsByKind[actor.kind] ?? 0) + 1;
    });
    this.g.forEachEdge((_key, { rel }) => {
      relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;
    });
    return { actors: this.g.order, relationships: this.g.size, actorsByKind, relationshipsByType };
  }

  async getActors(ids: readonly string[]): Promise<Actor[]> {
    return ids.filter((id) => this.g.hasNode(id)).map((id) => this.actor(id));
  }

  async getRelationships(ids: readonly string[]): Promise<Relationship[]> {
    return ids.filter((id) => this.g.hasEdge(id)).map((id) => this.g.getEdgeAttribute(id, 'rel'));
  }

  async searchActors({ text, kinds, first, origin }: SearchQuery): Promise<Actor[]> {
    const kindSet = kinds?.length ? new Set(kinds) : undefined;
    const matches: { score: number; actor: Actor }[] = [];
    this.g.forEachNode((_key, { actor }) => {
      if (kindSet && !kindSet.has(actor.kind)) return;
      if (origin && actor.origin !== origin) return;
      const score = scoreActor(actor, text);
      if (score > 0) matches.push({ score, actor });
    });
    return matches
      .sort(compareMatches)
      .slice(0, first)
      .map((m) => m.actor);
  }

  async relationshipsOf(actorId: string, query: RelationshipsQuery): Promise<Relationship[]> {
    if (!this.g.hasNode(actorId)) return [];
    const accept = relationshipFilter(query);
    const found: Relationship[] = [];
    const collect = (_key: string, { rel }: EdgeAttrs): void => {
      if (accept(rel)) found.push(rel);
    };
    if (query.direction === 'OUT') this.g.forEachOutEdge(actorId, collect);
    else if (query.direction === 'IN') this.g.forEachInEdge(actorId, collect);
    else this.g.forEachEdge(actorId, collect);
    return found
      .sort((a, b) => compareStrings(a.type, b.type) || compareStrings(a.id, b.id))
      .slice(0, query.first);
  }

  async degrees(actorIds: readonly string[]): Promise<Map<string, number>> {
    return new Map(
      actorIds.filter((id) => this.g.hasNode(id)).map((id) => [id, this.g.degree(id)]),
    );
  }

  async graph({ kinds, limit, origin, ...filter }: GraphQuery): Promise<Subgraph> {
    const accept = relationshipFilter(filter);
    const kindSet = kinds?.length ? new Set<ActorKind>(kinds) : undefined;
    const found: Relationship[] = [];
    this.g.forEachEdge((_key, { rel }, _source, _target, sourceAttrs, targetAttrs) => {
      if (!accept(rel)) return;
      if (origin && rel.origin !== origin) return;
      if (kindSet && !(kindSet.has(sourceAttrs.actor.kind) && kindSet.has(targetAttrs.actor.kind)))
        return;
      found.push(rel);
    });
    found.sort((a, b) => compareStrings(a.id, b.id));
    const kept = found.slice(0, limit);
    const ids = new Set<string>();
    for (const rel of kept) ids.add(rel.source).add(rel.target);
    return {
      actors: [...ids].sort(compareStrings).map((id) => this.actor(id)),
      relationships: kept,
      truncated: found.length > limit,
    };
  }

  async neighborhood(actorId: string, query: NeighborhoodQuery): Promise<Subgraph> {
    this.mustExist('neighborhood', actorId);
    return this.materialize(
      await neighborhoodIds(
        actorId,
        withDeadline(this.expander(query, false), 'neighborhood', this.queryTimeoutMs),
        query.depth,
        query.limit,
      ),
    );
  }

  async shortestPaths(fromId: string, toId: string, query: PathsQuery): Promise<Path[]> {
    this.mustExist('paths', fromId);
    this.mustExist('paths', toId);
    const paths = await shortestPathIds(
      fromId,
      toId,
      withDeadline(this.expander(query, query.directed), 'paths', this.queryTimeoutMs),
      query.maxHops,
      query.first,
    );
    return paths.map((p) => this.toPath(p));
  }

  async traverse(actorId: string, query: TraverseQuery): Promise<Subgraph> {
    this.mustExist('traverse', actorId);
    const rules = new Map(query.steps.map((s) => [s.type, new Set([s.direction])] as const));
    for (const s of query.steps) rules.get(s.type)!.add(s.direction);
    const expand: Expand = async (frontier) => {
      const steps: Step[] = [];
      for (const node of frontier) {
        this.g.forEachEdge(node, (_key, { rel }, source, target) => {
          const dirs = rules.get(rel.type);
          if (!dirs || !isValidOn(rel, query.asOf)) return;
          if (source === node && dirs.has('OUT')) steps.push({ from: node, to: target, rel });
          if (target === node && dirs.has('IN') && source !== target)
            steps.push({ from: node, to: source, rel });
        });
      }
      return steps;
    };
    const timed = withDeadline(expand, 'traverse', this.queryTimeoutMs);
    return this.materialize(await traverseIds(actorId, timed, query.maxHops, query.limit));
  }

  async nearestDesignated(actorId: string, query: NearestDesignatedQuery): Promise<Path[]> {
    this.mustExist('sanctionExposure', actorId);
    if (query.via.includes('SANCTIONS')) {
      throw new InvalidArgumentError(
        'via',
        'SANCTIONS links are what exposure looks for, not a way through',
      );
    }
    const expand = withDeadline(
      this.expander({ types: query.via, asOf: query.asOf }, false),
      'sanctionExposure',
      this.queryTimeoutMs,
    );
    const targets = async (ids: readonly string[]) =>
      ids.filter((id) => this.isDesignated(id, query.asOf));
    const paths = await nearestIds(actorId, expand, targets, query.maxHops, query.first);
    return paths.map((p) => this.toPath(p));
  }

  async listRelationships(query: RelationshipListQuery): Promise<Relationship[]> {
    const types = query.types?.length ? new Set(query.types) : undefined;
    const program = query.program?.toLowerCase();
    const found: Relationship[] = [];
    const visit = (_key: string, { rel }: EdgeAttrs): void => {
      if (types && !types.has(rel.type)) return;
      if (program !== undefined && rel.program?.toLowerCase() !== program) return;
      if (query.since !== undefined && (rel.start === undefined || rel.start < query.since)) return;
      if (query.after !== undefined && rel.id <= query.after) return;
      found.push(rel);
    };
    if (query.sourceId !== undefined) {
      if (this.g.hasNode(query.sourceId)) this.g.forEachOutEdge(query.sourceId, visit);
    } else this.g.forEachEdge(visit);
    return found.sort((a, b) => compareStrings(a.id, b.id)).slice(0, query.first);
  }

  private isDesignated(actorId: string, asOf: string | undefined): boolean {
    let designated = false;
    this.g.forEachInEdge(actorId, (_key, { rel }) => {
      if (rel.type === 'SANCTIONS' && isValidOn(rel, asOf)) designated = true;
    });
    return designated;
  }

  /** Steps away from each frontier actor over usable relationships (out-edges only when directed). */
  private expander(filter: WalkFilter, directed: boolean): Expand {
    const accept = relationshipFilter(filter);
    return async (frontier) => {
      const steps: Step[] = [];
      for (const node of frontier) {
        const visit = (_key: string, { rel }: EdgeAttrs, source: string, target: string): void => {
          if (!accept(rel)) return;
          if (source === node) steps.push({ from: node, to: target, rel });
          else steps.push({ from: node, to: source, rel });
        };
        if (directed) this.g.forEachOutEdge(node, visit);
        else this.g.forEachEdge(node, visit);
      }
      return steps;
    };
  }

  private materialize(sub: IdSubgraph): Subgraph {
    return {
      actors: sub.actorIds.map((id) => this.actor(id)),
      relationships: sub.relationships,
      truncated: sub.truncated,
    };
  }

  private toPath(path: IdPath): Path {
    return { actors: path.actors.map((id) => this.actor(id)), relationships: path.rels };
  }

  private actor(id: string): Actor {
    return this.g.getNodeAttribute(id, 'actor');
  }

  private mustExist(operation: string, actorId: string): void {
    if (!this.g.hasNode(actorId)) throw new ActorNotFoundError(operation, actorId);
  }
}

/** Type and date filter shared by every walk. */
export function relationshipFilter({ types, asOf }: WalkFilter): (rel: Relationship) => boolean {
  const typeSet = types?.length ? new Set<RelationType>(types) : undefined;
  return (rel) => (!typeSet || typeSet.has(rel.type)) && isValidOn(rel, asOf);
}
