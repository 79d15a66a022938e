import type { Actor, Evidence, Money, Relationship, RelationType } from '@explorer/domain';
import { validityIntervals } from '@explorer/domain';
import { actorSearchTerms } from '../../search/actorKeys';

/**
 * Actor and Relationship <-> Neo4j properties. Neo4j properties are flat
 * scalars or lists, so nested values (evidence, free-form properties) travel
 * as JSON strings and money is split into columns. Absent optional fields are
 * left out (Neo4j stores no nulls), so a record reads back as it was written.
 */

/** Properties of an `:Actor` node. */
export interface ActorProps {
  id: string;
  name: string;
  aliases: string[];
  listedAs?: string[];
  kind: string;
  summary?: string;
  collective?: boolean;
  memberCount?: number;
  memberCountQualifier?: string;
  origin: string;
  propertiesJson?: string;
  /** `actorSearchTerms(actor)` joined by spaces: what the full-text index holds. */
  searchText: string;
}

/** Properties of a relationship (its Neo4j type is the RelationType). */
export interface RelationshipProps {
  id: string;
  start?: string;
  end?: string;
  /**
   * The time rule as padded intervals (domain validityIntervals): a window
   * overlapping [statedFrom, statedTo] holds the relationship; one
   * overlapping only [validFrom, validTo] holds it undated. Derived from
   * start/end/validity on every write; compared as strings.
   */
  validFrom: string;
  validTo: string;
  statedFrom: string;
  statedTo: string;
  amountValue?: number;
  amountCurrency?: string;
  amountApproximate?: boolean;
  amountUsd?: number;
  percent?: number;
  percentQualifier?: string;
  program?: string;
  label?: string;
  origin: string;
  evidenceJson: string;
  propertiesJson?: string;
  /** The curated `validity` (kind, reason, ...), as JSON. */
  validityJson?: string;
  inferred?: boolean;
  inference?: string;
}

/** A relationship row as queries return it: its properties plus type and endpoints. */
export interface RelationshipRow {
  props: RelationshipProps;
  type: string;
  source: string;
  target: string;
}

export function actorToProps(actor: Actor): ActorProps {
  return defined({
    id: actor.id,
    name: actor.name,
    aliases: [...actor.aliases],
    listedAs: actor.listedAs?.length ? [...actor.listedAs] : undefined,
    kind: actor.kind,
    summary: actor.summary,
    collective: actor.collective,
    memberCount: actor.memberCount,
    memberCountQualifier: actor.memberCountQualifier,
    origin: actor.origin,
    propertiesJson: actor.properties && JSON.stringify(actor.properties),
    searchText: actorSearchTerms(actor).join(' '),
  });
}

export function propsToActor(props: ActorProps): Actor {
  return defined({
    id: props.id,
    name: props.name,
    aliases: props.aliases ?? [],
    listedAs: props.listedAs?.length ? props.listedAs : undefined,
    kind: props.kind as Actor['kind'],
    summary: props.summary,
    collective: props.collective,
    memberCount: props.memberCount,
    memberCountQualifier: props.memberCountQualifier as Actor['memberCountQualifier'],
    origin: props.origin as Actor['origin'],
    properties: parseJson<Actor['properties']>(props.propertiesJson),
  });
}

export function relationshipToProps(rel: Relationship): RelationshipProps {
  return defined({
    id: rel.id,
    start: rel.start,
    end: rel.end,
    ...validityIntervals(rel),
    amountValue: rel.amount?.value,
    amountCurrency: rel.amount?.currency,
    amountApproximate: rel.amount?.approximate,
    amountUsd: rel.amount?.usd,
    percent: rel.percent,
    percentQualifier: rel.percentQualifier,
    program: rel.program,
    label: rel.label,
    origin: rel.origin,
    evidenceJson: JSON.stringify(rel.evidence),
    propertiesJson: rel.properties && JSON.stringify(rel.properties),
    validityJson: rel.validity && JSON.stringify(rel.validity),
    inferred: rel.inferred,
    inference: rel.inference,
  });
}

export function rowToRelationship({ props, type, source, target }: RelationshipRow): Relationship {
  const amount: Money | undefined =
    props.amountValue === undefined || props.amountValue === null
      ? undefined
      : defined({
          value: props.amountValue,
          currency: props.amountCurrency ?? '',
          approximate: props.amountApproximate ?? false,
          usd: props.amountUsd,
        });
  return defined({
    id: props.id,
    type: type as RelationType,
    source,
    target,
    start: props.start,
    end: props.end,
    amount,
    percent: props.percent,
    percentQualifier: props.percentQualifier as Relationship['percentQualifier'],
    program: props.program,
    label: props.label,
    evidence: parseJson<Evidence[]>(props.evidenceJson) ?? [],
    origin: props.origin as Relationship['origin'],
    properties: parseJson<Relationship['properties']>(props.propertiesJson),
    validity: parseJson<Relationship['validity']>(props.validityJson),
    inferred: props.inferred,
    inference: props.inference,
  });
}

/** What a walk reads of a relationship at each BFS level: its id, type and endpoint ids. */
export type RelationshipRef = {
  id: string;
  type: string;
  source: string;
  target: string;
};

/**
 * A Relationship holding only what the shared walks read (id, type,
 * endpoints), built from the light rows each BFS level fetches. Never
 * returned to a caller: the store reads in full the relationships a walk
 * keeps (`fullRelationships` in walks.ts) and answers with those.
 */
export function relationshipStub({ id, type, source, target }: RelationshipRef): Relationship {
  return { id, type: type as RelationType, source, target, evidence: [], origin: 'imported' };
}

function parseJson<T>(text: string | undefined | null): T | undefined {
  return typeof text === 'string' ? (JSON.parse(text) as T) : undefined;
}

/** The object without its undefined or null members (Neo4j has no nulls to store). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
  ) as T;
}
