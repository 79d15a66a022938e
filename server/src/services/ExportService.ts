import type { Actor, ActorKind, Relationship, RelationType } from '@explorer/domain';
import { API_BOUNDS, compareStrings } from '@explorer/domain';
import type { GraphStore } from '../store/GraphStore';
import { designationLink, splitTypes } from './designationLinks';
import type { GraphService } from './GraphService';
import { optionalList, timeArgs } from './limits';

/** Records read from the store per query while an export streams. */
export const EXPORT_PAGE = 1000;

export interface ExportArgs {
  types?: readonly RelationType[];
  kinds?: readonly ActorKind[];
  asOf?: string;
  /** Most relationships (designation links included); default: no cap, the whole scope. */
  limit?: number;
  /** A neighbourhood of this actor instead of the whole graph. */
  around?: string;
  depth?: number;
}

/** Why an export holds less than its scope, and how much it holds. */
export interface ExportPartial {
  /** `limit`: the caller's limit; `neighborhood-limit`: the neighbourhood's largest limit. */
  reason: 'limit' | 'neighborhood-limit';
  /** The cap that applied, in relationships. */
  limit: number;
  /** Relationships (designation links included) in the file. */
  relationships: number;
  actors: number;
}

/**
 * What an export writes, read lazily: every actor once (nodes are written
 * first), then every relationship once, designations drawn as
 * authority -SANCTIONS-> actor links. `partial` is set before anything is
 * read, so that it can go in an HTTP header and a file's head.
 */
export interface ExportScope {
  actors: AsyncIterable<Actor[]>;
  relationships: AsyncIterable<Relationship[]>;
  /** The designating authorities of the scope's designations, by id (FtM names them). */
  authorities: ReadonlyMap<string, Actor>;
  partial?: ExportPartial;
  /** The date designations are read on, when one was given. */
  asOf?: string;
}

/**
 * The data of `/export/...`. The whole graph (of `kinds`, `types`, on
 * `asOf`) is paged from the store by id, EXPORT_PAGE records a query, so an
 * export is complete whatever the graph's size and actors without
 * relationships are in it. A caller's `limit`, and a neighbourhood (a
 * bounded walk), are read at once and say when they cut.
 */
export class ExportService {
  constructor(
    private readonly store: GraphStore,
    private readonly graph: GraphService,
  ) {}

  async scope(args: ExportArgs): Promise<ExportScope> {
    if (args.around !== undefined) return this.neighborhoodScope(args.around, args);
    if (args.limit !== undefined) return this.limitedScope(args.limit, args);
    return this.wholeScope(args);
  }

  private async wholeScope(args: ExportArgs): Promise<ExportScope> {
    const { when, designationsOn: asOf } = timeArgs({ asOf: args.asOf });
    const { links, askedForDesignations, onlyDesignations } = splitTypes(optionalList(args.types));
    const kinds = optionalList(args.kinds);
    const withDesignations = askedForDesignations || links === undefined;
    const store = this.store;
    const authorityIds = withDesignations
      ? (await store.countDesignations({ asOf })).byAuthority.map((a) => a.key)
      : [];
    const authorities = new Map((await store.getActors(authorityIds)).map((a) => [a.id, a]));
    const kindSet = kinds ? new Set<ActorKind>(kinds) : undefined;
    const inKinds = (a: Actor): boolean => !kindSet || kindSet.has(a.kind);

    async function* actors(): AsyncGenerator<Actor[]> {
      for (let after: string | undefined; ;) {
        const page = await store.listActors({ kinds, after, first: EXPORT_PAGE });
        if (page.length > 0) yield page;
        if (page.length < EXPORT_PAGE) break;
        after = page[page.length - 1]!.id;
      }
      // Authorities of another kind than asked for: their SANCTIONS links need them.
      const others = [...authorities.values()].filter((a) => !inKinds(a));
      if (others.length > 0) yield others.sort((a, b) => compareStrings(a.id, b.id));
    }

    async function* relationships(): AsyncGenerator<Relationship[]> {
      if (!onlyDesignations) {
        for (let after: string | undefined; ;) {
          const page = await store.graph({ types: links, kinds, when, after, limit: EXPORT_PAGE });
          if (page.relationships.length > 0) yield page.relationships;
          if (!page.truncated) break;
          after = page.relationships[page.relationships.length - 1]!.id;
        }
      }
      if (!withDesignations) return;
      for (let after: string | undefined; ;) {
        const page = await store.listDesignations({ asOf, after, first: EXPORT_PAGE });
        let kept = page;
        if (kindSet) {
          const designated = new Map(
            (await store.getActors([...new Set(page.map((d) => d.actor))])).map((a) => [a.id, a]),
          );
          kept = page.filter((d) => {
            const actor = designated.get(d.actor);
            return actor !== undefined && inKinds(actor);
          });
        }
        if (kept.length > 0) yield kept.map(designationLink);
        if (page.length < EXPORT_PAGE) break;
        after = page[page.length - 1]!.id;
      }
    }

    return {
      actors: actors(),
      relationships: relationships(),
      authorities,
      ...(asOf ? { asOf } : {}),
    };
  }

  /**
   * At most `limit` relationships (by id, as Query.graph, whose largest
   * limit also caps this one), and the actors they touch.
   */
  private async limitedScope(limit: number, args: ExportArgs): Promise<ExportScope> {
    const cap = Math.min(limit, API_BOUNDS.Query.graph.limit.max);
    const sub = await this.graph.graph({
      types: args.types,
      kinds: args.kinds,
      asOf: args.asOf,
      limit: cap,
      designationLinks: true,
    });
    const partial: ExportPartial | undefined = sub.truncated
      ? {
          reason: 'limit',
          limit: cap,
          relationships: sub.relationships.length,
          actors: sub.actors.length,
        }
      : undefined;
    return this.fixed(sub.actors, sub.relationships, sub.asOf, partial);
  }

  private async neighborhoodScope(around: string, args: ExportArgs): Promise<ExportScope> {
    const max = API_BOUNDS.Query.neighborhood.limit.max;
    const sub = await this.graph.neighborhood(around, {
      depth: args.depth,
      types: args.types,
      asOf: args.asOf,
      limit: Math.min(args.limit ?? max, max),
      designationLinks: true,
    });
    const partial: ExportPartial | undefined = sub.truncated
      ? {
          reason: args.limit !== undefined && args.limit < max ? 'limit' : 'neighborhood-limit',
          limit: Math.min(args.limit ?? max, max),
          relationships: sub.relationships.length,
          actors: sub.actors.length,
        }
      : undefined;
    return this.fixed(sub.actors, sub.relationships, sub.asOf, partial);
  }

  private async fixed(
    actors: Actor[],
    relationships: Relationship[],
    asOf: string | undefined,
    partial: ExportPartial | undefined,
  ): Promise<ExportScope> {
    const authorityIds = [
      ...new Set(relationships.filter((r) => r.type === 'SANCTIONS').map((r) => r.source)),
    ];
    const byId = new Map(actors.map((a) => [a.id, a]));
    const authorities = new Map(
      authorityIds.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])),
    );
    return {
      actors: once(actors),
      relationships: once(relationships),
      authorities,
      ...(partial ? { partial } : {}),
      ...(asOf ? { asOf } : {}),
    };
  }
}

async function* once<T>(items: T[]): AsyncGenerator<T[]> {
  if (items.length > 0) yield items;
}
