import type { Designation, Relationship, RelationType } from '@explorer/domain';
import { compareStrings } from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';
import type { GraphStore, Subgraph } from '../store/GraphStore';

/**
 * Designations are records on actors, never links a walk follows. A caller
 * who wants them drawn (a sanctions view) asks explicitly: SANCTIONS in
 * `types`, or `designationLinks: true`. The walk then runs over the other
 * types only, and the designations of the actors it reached are added as
 * SANCTIONS links from their authorities.
 */

/** `types` without SANCTIONS, and whether SANCTIONS (designation links) was asked for. */
export function splitTypes(types: readonly RelationType[] | undefined): {
  links: readonly RelationType[] | undefined;
  askedForDesignations: boolean;
  /** True when SANCTIONS was the only type: no link between actors is wanted. */
  onlyDesignations: boolean;
} {
  if (!types?.includes('SANCTIONS')) {
    return { links: types, askedForDesignations: false, onlyDesignations: false };
  }
  const links = types.filter((t) => t !== 'SANCTIONS');
  return {
    links: links.length > 0 ? links : undefined,
    askedForDesignations: true,
    onlyDesignations: links.length === 0,
  };
}

/** For walks that cannot show designations (paths, exposure, chains, rank): a clear refusal. */
export function refuseSanctionsType(
  argument: string,
  types: readonly RelationType[] | null | undefined,
): void {
  if (types?.includes('SANCTIONS')) {
    throw new InvalidArgumentError(
      argument,
      'SANCTIONS is not a link a walk can follow: designations are records on actors (see designations, sanctionStatus)',
    );
  }
}

/** A designation drawn as a link: authority -SANCTIONS-> designated actor. */
export function designationLink(d: Designation): Relationship {
  const properties: Record<string, string | number | boolean> = defined({
    list: d.list,
    sourceEntry: d.sourceEntry,
    ...d.properties,
  });
  return defined<Relationship>({
    id: d.id,
    type: 'SANCTIONS' as const,
    source: d.authority,
    target: d.actor,
    start: d.listedOn,
    end: d.delistedOn,
    program: d.programs.join(', ') || undefined,
    label: d.reason,
    evidence: d.evidence,
    origin: d.origin,
    properties,
  });
}

/**
 * `sub` with the designations (in force on asOf) of its actors added as
 * links, and their authorities as actors. Adds no actor other than
 * authorities: nothing is walked through them.
 */
export async function withDesignationLinks(
  store: GraphStore,
  sub: Subgraph,
  asOf: string | undefined,
): Promise<Subgraph> {
  const designations = await store.designationsOf(
    sub.actors.map((a) => a.id),
    { asOf },
  );
  if (designations.length === 0) return sub;
  const have = new Set(sub.actors.map((a) => a.id));
  const authorities = await store.getActors(
    [...new Set(designations.map((d) => d.authority))].filter((id) => !have.has(id)),
  );
  return {
    actors: [...sub.actors, ...authorities].sort((a, b) => compareStrings(a.id, b.id)),
    relationships: [...sub.relationships, ...designations.map(designationLink)].sort((a, b) =>
      compareStrings(a.id, b.id),
    ),
    truncated: sub.truncated,
  };
}

/** Without undefined members, so records compare and round-trip exactly. */
function defined<T extends object>(record: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
