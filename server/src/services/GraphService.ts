import {
  API_BOUNDS,
  API_DEFAULTS,
  lowerBound,
  type ActorKind,
  type RelationType,
} from '@explorer/domain';
import type { GraphStore, Path, Subgraph } from '../store/GraphStore';
import { compareStrings } from '@explorer/domain';
import { ActorNotFoundError, InvalidArgumentError } from '../errors/DomainError';
import { originOf } from './ActorService';
import {
  decodeGroupId,
  groupedNeighborhood,
  type ActorGroup,
} from './grouping/groupedNeighborhood';
import { groupMembers, type GroupMembers } from './grouping/groupMembers';
import {
  designationLink,
  refuseSanctionsType,
  splitTypes,
  withDesignationLinks,
} from './designationLinks';
import { bounded, optionalList, timeArgs, type TimeArgs } from './limits';

export interface GraphArgs extends TimeArgs {
  types?: readonly RelationType[] | null;
  kinds?: readonly ActorKind[] | null;
  limit?: number | null;
  origin?: 'CURATED' | 'IMPORTED' | null;
  designationLinks?: boolean | null;
}

export interface NeighborhoodArgs extends TimeArgs {
  depth?: number | null;
  types?: readonly RelationType[] | null;
  limit?: number | null;
  designationLinks?: boolean | null;
  groupAbove?: number | null;
}

/**
 * A subgraph with the date its designations are read on (asOf, or the end
 * of the range asked for) and, from a neighbourhood, its groups.
 */
export type DatedSubgraph = Subgraph & { asOf?: string; groups?: ActorGroup[] };

export interface PathsArgs {
  asOf?: string | null;
  /** A range's ends: `from` and `to` are the path's ends here. */
  timeFrom?: string | null;
  timeTo?: string | null;
  includeUndated?: boolean | null;
  maxHops?: number | null;
  types?: readonly RelationType[] | null;
  directed?: boolean | null;
  first?: number | null;
  chronological?: boolean | null;
}

/** Most shortest paths examined when keeping only chronological ones: as many as `first` may ask for. */
const CHRONOLOGICAL_POOL = API_BOUNDS.Query.paths.first.max;

/** Whole-graph views, neighbourhoods and paths. */
export class GraphService {
  constructor(private readonly store: GraphStore) {}

  async graph(args: GraphArgs): Promise<DatedSubgraph> {
    const { when, designationsOn: asOf } = timeArgs(args);
    const limit = bounded('Query.graph.limit', args.limit);
    const { links, askedForDesignations, onlyDesignations } = splitTypes(optionalList(args.types));
    if (onlyDesignations) return { ...(await this.designationGraph(limit, asOf)), asOf };
    const sub = await this.store.graph({
      types: links,
      kinds: optionalList(args.kinds),
      when,
      limit,
      origin: originOf(args.origin),
    });
    const drawn =
      askedForDesignations || args.designationLinks
        ? await withDesignationLinks(this.store, sub, asOf)
        : sub;
    return { ...drawn, asOf };
  }

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<DatedSubgraph> {
    const { when, designationsOn: asOf } = timeArgs(args);
    const depth = bounded('Query.neighborhood.depth', args.depth);
    const limit = bounded('Query.neighborhood.limit', args.limit);
    const { links, askedForDesignations, onlyDesignations } = splitTypes(optionalList(args.types));
    // SANCTIONS alone: the centre and its designations, nothing walked.
    const groupAbove = bounded('Query.neighborhood.groupAbove', args.groupAbove);
    const sub: Subgraph & { groups?: ActorGroup[] } = onlyDesignations
      ? { actors: await this.store.getActors([id]), relationships: [], truncated: false }
      : groupAbove > 0
        ? await groupedNeighborhood(this.store, id, {
            depth,
            types: links,
            limit,
            when,
            groupAbove,
          })
        : await this.store.neighborhood(id, { depth, types: links, limit, when });
    if (onlyDesignations && sub.actors.length === 0) {
      // Same error as a walk from an unknown actor.
      await this.store.neighborhood(id, { depth: 1, limit: 1 });
    }
    const drawn =
      askedForDesignations || args.designationLinks
        ? await withDesignationLinks(this.store, sub, asOf)
        : sub;
    return { ...drawn, asOf, groups: sub.groups ?? [] };
  }

  /** A group a neighbourhood returned, by its id. */
  async group(id: string): Promise<ActorGroup> {
    const key = decodeGroupId(id);
    if (!key) throw new InvalidArgumentError('id', 'is not a group id this API gave');
    const [count] = (await this.store.linkSummary([key.actor], { when: key.when })).filter(
      (c) => c.type === key.type && c.direction === key.direction && c.kind === key.kind,
    );
    if ((await this.store.getActors([key.actor])).length === 0)
      throw new ActorNotFoundError('group', key.actor);
    return { ...key, id, count: count?.count ?? 0 };
  }

  /** A page of a group's members, or those matching `query`. */
  async groupMembers(
    group: ActorGroup,
    args: { first?: number | null; after?: string | null; query?: string | null },
  ): Promise<GroupMembers> {
    return groupMembers(this.store, group, {
      first: bounded('ActorGroup.members.first', args.first),
      after: args.after ?? undefined,
      text: args.query ?? undefined,
    });
  }

  /** The first `limit` designations (by id) as links, with their actors and authorities. */
  private async designationGraph(limit: number, asOf: string | undefined): Promise<Subgraph> {
    const page = await this.store.listDesignations({ asOf, first: limit + 1 });
    const kept = page.slice(0, limit);
    const actors = await this.store.getActors([
      ...new Set(kept.flatMap((d) => [d.actor, d.authority])),
    ]);
    return {
      actors: actors.sort((a, b) => compareStrings(a.id, b.id)),
      relationships: kept.map(designationLink),
      truncated: page.length > limit,
    };
  }

  async paths(from: string, to: string, args: PathsArgs): Promise<Path[]> {
    const first = bounded('Query.paths.first', args.first);
    refuseSanctionsType('types', args.types);
    const paths = await this.store.shortestPaths(from, to, {
      maxHops: bounded('Query.paths.maxHops', args.maxHops),
      types: optionalList(args.types),
      directed: args.directed ?? API_DEFAULTS.Query.paths.directed,
      first: args.chronological ? CHRONOLOGICAL_POOL : first,
      when: timeArgs(
        {
          asOf: args.asOf,
          from: args.timeFrom,
          to: args.timeTo,
          includeUndated: args.includeUndated,
        },
        { from: 'timeFrom', to: 'timeTo' },
      ).when,
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
