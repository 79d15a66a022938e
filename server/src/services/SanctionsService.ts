import type { Designation, RelationType } from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';
import type { DesignationCounts, GraphStore, Path } from '../store/GraphStore';
import { refuseSanctionsType } from './designationLinks';
import { API_DEFAULTS, DEFAULT_EXPOSURE_VIA } from '@explorer/domain';
import { undatedLinksNote } from './undatedLinks';
import { describe } from './describeDesignations';
import { bounded, optionalDate, optionalList, timeArgs, type TimeArgs } from './limits';
import { SanctionStatusService, type SanctionStatusReport } from './sanctionStatus';

export { DEFAULT_EXPOSURE_VIA };

export type ExposureStatus = 'DESIGNATED' | 'LINKED' | 'NONE';

export interface Exposure {
  status: ExposureStatus;
  rule: string;
  paths: Path[];
  designations: Designation[];
}

export interface DesignationPage {
  totalCount: number;
  byProgram: DesignationCounts['byProgram'];
  byList: DesignationCounts['byList'];
  edges: { cursor: string; node: Designation }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface DesignationArgs {
  authority?: string | null;
  program?: string | null;
  list?: string | null;
  asOf?: string | null;
  since?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Cursors are opaque to clients; inside they are designation ids. */
export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id || encodeCursor(id) !== cursor)
    throw new InvalidArgumentError('after', 'is not a cursor this API gave');
  return id;
}

/** Who is designated, by whom, and how far any actor sits from a designated one. */
export class SanctionsService {
  private readonly statuses: SanctionStatusService;

  constructor(private readonly store: GraphStore) {
    this.statuses = new SanctionStatusService(store);
  }

  /** A page of designations, with the counts of all that match. */
  async designations(args: DesignationArgs): Promise<DesignationPage> {
    const first = bounded('Query.designations.first', args.first);
    const filter = {
      authority: args.authority ?? undefined,
      program: args.program ?? undefined,
      list: args.list ?? undefined,
      asOf: optionalDate('asOf', args.asOf),
      since: optionalDate('since', args.since),
    };
    const after = args.after ? decodeCursor(args.after) : undefined;
    const [found, counts] = await Promise.all([
      this.store.listDesignations({ ...filter, after, first: first + 1 }),
      this.store.countDesignations(filter),
    ]);
    const edges = found.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      totalCount: counts.total,
      byProgram: counts.byProgram,
      byList: counts.byList,
      edges,
      pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** The designations of one actor, every list; with asOf, those in force then. */
  async designationsOf(actorId: string, asOf?: string | null): Promise<Designation[]> {
    return this.store.designationsOf([actorId], { asOf: optionalDate('asOf', asOf) });
  }

  /** The designations of many actors (a subgraph's), as of a date already checked. */
  async designationsAmong(
    actorIds: readonly string[],
    asOf: string | undefined,
  ): Promise<Designation[]> {
    return this.store.designationsOf(actorIds, { asOf });
  }

  status(
    id: string,
    args: {
      authority?: string | null;
      asOf?: string | null;
      includeUndated?: boolean | null;
      maxHops?: number | null;
    },
  ): Promise<SanctionStatusReport> {
    return this.statuses.report(id, {
      authority: args.authority ?? undefined,
      asOf: optionalDate('asOf', args.asOf),
      includeUndated: args.includeUndated ?? API_DEFAULTS.Query.sanctionStatus.includeUndated,
      maxHops: bounded('Query.sanctionStatus.maxHops', args.maxHops),
    });
  }

  async exposure(
    id: string,
    args: TimeArgs & {
      maxHops?: number | null;
      via?: readonly RelationType[] | null;
      first?: number | null;
    },
  ): Promise<Exposure> {
    const maxHops = bounded('Query.sanctionExposure.maxHops', args.maxHops);
    refuseSanctionsType('via', args.via);
    const via = optionalList(args.via) ?? DEFAULT_EXPOSURE_VIA;
    const { when: window, designationsOn: asOf } = timeArgs({
      ...args,
      includeUndated: args.includeUndated ?? API_DEFAULTS.Query.sanctionExposure.includeUndated,
    });
    const paths = await this.store.nearestDesignated(id, {
      via,
      maxHops,
      when: window,
      asOf,
      first: bounded('Query.sanctionExposure.first', args.first),
    });
    const reached = [...new Set(paths.map((p) => p.actors.at(-1)!.id))];
    const designations = await this.store.designationsOf(reached, { asOf });
    const authorities = new Map(
      (await this.store.getActors([...new Set(designations.map((d) => d.authority))])).map(
        (a) => [a.id, a.name] as const,
      ),
    );
    const start = paths[0]?.actors[0];
    const when = args.asOf
      ? ` as of ${asOf}`
      : window
        ? ` over links holding between ${window.from ?? 'any date'} and ${window.to ?? 'now'}`
        : '';
    if (paths.length === 0) {
      const [actor] = await this.store.getActors([id]);
      return {
        status: 'NONE',
        rule: `No designated actor within ${maxHops} hop${maxHops === 1 ? '' : 's'} of ${actor?.name ?? id} over ${via.join(', ')}${when}.`,
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
      rule: `${start!.name} is ${hops} hop${hops === 1 ? '' : 's'} from designated ${targets.join(', ')} over ${via.join(', ')}${when}; ${describe(designations, authorities)}.${undatedLinksNote(paths, window)}`,
      paths,
      designations,
    };
  }
}
