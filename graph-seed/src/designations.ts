import type { Designation, Relationship } from '@explorer/domain';

/**
 * The curated data states a designation as a sentence, "authority SANCTIONS
 * actor" (a relationship record in relationships.yaml, with its verbatim
 * evidence). It is read into a Designation on the designated actor: the
 * statement's id, its program as the one program, its start and end as
 * listed and delisted dates, its label as the reason.
 */
export function designationFromStatement(rel: Relationship): Designation {
  return defined({
    id: rel.id,
    actor: rel.target,
    authority: rel.source,
    programs: rel.program ? [rel.program] : [],
    listedOn: rel.start,
    delistedOn: rel.end,
    reason: rel.label,
    validity: rel.validity,
    evidence: rel.evidence,
    origin: rel.origin,
    properties: rel.properties,
  });
}

/** Splits curated statements into links and designations. */
export function splitDesignations(all: readonly Relationship[]): {
  relationships: Relationship[];
  designations: Designation[];
} {
  return {
    relationships: all.filter((r) => r.type !== 'SANCTIONS'),
    designations: all.filter((r) => r.type === 'SANCTIONS').map(designationFromStatement),
  };
}

/** Without undefined members, so records compare and round-trip exactly. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
