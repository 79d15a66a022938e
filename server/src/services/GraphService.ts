import {
  API_BOUNDS,
  API_DEFAULTS,
  lowerBound,
  type ActorKind,
  type RelationType,
} from '@explorer/domain';
import type { GraphStore, Path, Subgraph } from '../store/GraphStore';
import { originOf } from './ActorService';
import { bounded, optionalDate, optionalList } from './limits';

export interface GraphArgs {
  types?: readonly RelationType[] | null;
  kinds?: readonly ActorKind[] | null;
  asOf?: string | null;
  limit?: number | null;
  origin?: 'CURATED' | 'IMPORTED' | null;
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
  chronological?: boolean | null;
}

/** Most shortest paths examined when keeping only chronological ones: as many as `first` may ask for. */
const CHRONOLOGICAL_POOL = API_BOUNDS.Query.paths.first.max;

/** Whole-graph views, neighbourhoods and paths. */
export class GraphService {
  constructor(private readonly store: GraphStore) {}

  async graph(args: GraphArgs): Promise<Subgraph> {
    return this.store.graph({
      types: optionalList(args.types),
      kinds: optionalList(args.kinds),
      asOf: optionalDate('asOf', args.asOf),
      limit: bounded('limit', args.limit, API_BOUNDS.Query.graph.limit),
      origin: originOf(args.origin),
    });
  }

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph> {
    return this.store.neighborhood(id, {
      depth: bounded('depth', args.depth, API_BOUNDS.Query.neighborhood.depth),
      types: optionalList(args.types),
      limit: bounded('limit', args.limit, API_BOUNDS.Query.neighborhood.limit),
      asOf: optionalDate('asOf', args.asOf),
    });
  }

  async paths(from: string, to: string, args: PathsArgs): Promise<Path[]> {
    const first = bounded('first', args.first, API_BOUNDS.Query.paths.first);
    const paths = await this.store.shortestPaths(from, to, {
      maxHops: bounded('maxHops', args.maxHops, API_BOUNDS.Query.paths.maxHops),
      types: optionalList(args.types),
      directed: args.directed ?? API_DEFAULTS.Query.paths.directed,
      first: args.chronological ? CHRONOLOGICAL_POOL : first,
      asOf: optionalDate('asOf', args.asOf),
    });
    return args.chronological ? paths.filter(isChronological).slice(0, first) : paths;
  }
}

/** Dated relationships along the path start in non-decreasing order; undated ones do not constrain. */
export function isChronological(path: Path): boolean {
  let last = '';
  for (const rel of path.relationships) {
    if (rel.start === undefined) continue;
    const start = lowerBound(rel.start);
    if (start < last) return false;
    last = start;
  }
  return true;
}
