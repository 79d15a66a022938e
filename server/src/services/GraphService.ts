import type { ActorKind, RelationType } from '@explorer/graph-seed';
import type { GraphStore, Path, Subgraph } from '../store/GraphStore';
import { LIMITS, boundedInt, optionalDate, optionalList } from './limits';

export interface GraphArgs {
  types?: readonly RelationType[] | null;
  kinds?: readonly ActorKind[] | null;
  asOf?: string | null;
  limit?: number | null;
}

export interface NeighborhoodArgs {
  depth?: number | null;
  types?: readonly RelationType[] | null;
  limit?: number | null;
  asOf?: string | null;
}

export interface PathsArgs {
  maxHops?: number | null;
  types?: readonly RelationType[] | null;
  directed?: boolean | null;
  first?: number | null;
  asOf?: string | null;
}

/** Whole-graph views, neighbourhoods and paths. */
export class GraphService {
  constructor(private readonly store: GraphStore) {}

  async graph(args: GraphArgs): Promise<Subgraph> {
    return this.store.graph({
      types: optionalList(args.types),
      kinds: optionalList(args.kinds),
      asOf: optionalDate('asOf', args.asOf),
      limit: boundedInt('limit', args.limit, 2000, 1, LIMITS.graphLimit),
    });
  }

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph> {
    return this.store.neighborhood(id, {
      depth: boundedInt('depth', args.depth, 1, 1, LIMITS.neighborhoodDepth),
      types: optionalList(args.types),
      limit: boundedInt('limit', args.limit, 200, 1, LIMITS.neighborhoodLimit),
      asOf: optionalDate('asOf', args.asOf),
    });
  }

  async paths(from: string, to: string, args: PathsArgs): Promise<Path[]> {
    return this.store.shortestPaths(from, to, {
      maxHops: boundedInt('maxHops', args.maxHops, 4, 1, LIMITS.pathsMaxHops),
      types: optionalList(args.types),
      directed: args.directed ?? false,
      first: boundedInt('first', args.first, 5, 1, LIMITS.pathsFirst),
      asOf: optionalDate('asOf', args.asOf),
    });
  }
}
