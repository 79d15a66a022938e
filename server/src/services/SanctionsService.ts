import {
  API_BOUNDS,
  DEFAULT_EXPOSURE_VIA,
  isValidOn,
  type Actor,
  type Relationship,
  type RelationType,
} from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';
import type { GraphStore, Path } from '../store/GraphStore';
import { bounded, optionalDate, optionalList } from './limits';

export type ExposureStatus = 'DESIGNATED' | 'LINKED' | 'NONE';

export interface Exposure {
  status: ExposureStatus;
  rule: string;
  paths: Path[];
  designations: Relationship[];
}

export interface DesignationPage {
  edges: { cursor: string; node: Relationship }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Cursors are opaque to clients; inside they are relationship ids. */
export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id || encodeCursor(id) !== cursor)
    throw new InvalidArgumentError('after', 'is not a cursor this API gave');
  return id;
}

/** Who is designated, by whom, and how far any actor sits from a designated one. */
export class SanctionsService {
  constructor(private readonly store: GraphStore) {}

  async designations(args: {
    authority?: string | null;
    program?: string | null;
    since?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<DesignationPage> {
    const first = bounded('first', args.first, API_BOUNDS.Query.designations.first);
    const rels = await this.store.listRelationships({
      types: ['SANCTIONS'],
      sourceId: args.authority ?? undefined,
      program: args.program ?? undefined,
      since: optionalDate('since', args.since),
      after: args.after ? decodeCursor(args.after) : undefined,
      first: first + 1,
    });
    const page = rels.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rels.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async exposure(
    id: string,
    args: {
      maxHops?: number | null;
      via?: readonly RelationType[] | null;
      asOf?: string | null;
      first?: number | null;
    },
  ): Promise<Exposure> {
    const bounds = API_BOUNDS.Query.sanctionExposure;
    const maxHops = bounded('maxHops', args.maxHops, bounds.maxHops);
    const via = optionalList(args.via) ?? DEFAULT_EXPOSURE_VIA;
    const asOf = optionalDate('asOf', args.asOf);
    const paths = await this.store.nearestDesignated(id, {
      via,
      maxHops,
      asOf,
      first: bounded('first', args.first, bounds.first),
    });
    const reached = [...new Set(paths.map((p) => p.actors.at(-1)!.id))];
    const designations = (
      await Promise.all(
        reached.map((actorId) =>
          this.store.relationshipsOf(actorId, {
            types: ['SANCTIONS'],
            direction: 'IN',
            first: 100,
          }),
        ),
      )
    )
      .flat()
      .filter((rel) => isValidOn(rel, asOf));
    const authorities = new Map(
      (await this.store.getActors([...new Set(designations.map((d) => d.source))])).map((a) => [
        a.id,
        a,
      ]),
    );
    const start = paths[0]?.actors[0];
    if (paths.length === 0) {
      const [actor] = await this.store.getActors([id]);
      return {
        status: 'NONE',
        rule: `No designated actor within ${maxHops} hop${maxHops === 1 ? '' : 's'} of ${actor?.name ?? id} over ${via.join(', ')}${asOf ? ` as of ${asOf}` : ''}.`,
        paths,
        designations,
      };
    }
    if (paths[0]!.relationships.length === 0) {
      return {
        status: 'DESIGNATED',
        rule: `${start!.name} is designated: ${describe(designations, authorities)}.`,
        paths,
        designations,
      };
    }
    const hops = paths[0]!.relationships.length;
    const targets = reached.map(
      (r) => paths.find((p) => p.actors.at(-1)!.id === r)!.actors.at(-1)!.name,
    );
    return {
      status: 'LINKED',
      rule: `${start!.name} is ${hops} hop${hops === 1 ? '' : 's'} from designated ${targets.join(', ')} over ${via.join(', ')}${asOf ? ` as of ${asOf}` : ''}; ${describe(designations, authorities)}.`,
      paths,
      designations,
    };
  }
}

function describe(designations: readonly Relationship[], authorities: Map<string, Actor>): string {
  return designations
    .map((d) => {
      const by = authorities.get(d.source)?.name ?? d.source;
      return `by ${by}${d.program ? ` (${d.program})` : ''}${d.start ? ` since ${d.start}` : ''}`;
    })
    .join('; ');
}
