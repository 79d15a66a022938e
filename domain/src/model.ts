/**
 * The domain model shared by the curated data, the loader, the importers,
 * every store and the view. It mirrors `schema.graphql`; a test
 * (`schema.test.ts`) keeps the enums in step.
 */
import { byName } from './byName';

/** Kinds of actor. See `schema.graphql` for the meaning of each. */
export const ACTOR_KINDS = [
  'PERSON',
  'STATE_BODY',
  'MILITARY_UNIT',
  'ARMED_GROUP',
  'COMPANY',
  'VESSEL',
  'COUNTRY',
  'PROGRAM',
  'INTERNATIONAL_BODY',
  'ORGANIZATION',
  'PLACE',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
/** Each kind by name (`ActorKind.PERSON`), for code that names one: the names stay written once, above. */
export const ActorKind = byName(ACTOR_KINDS);

/**
 * Relationship types, always read "source TYPE target":
 * PART_OF (source is a branch of target), CONTROLS, COMMANDS, HOLDS_OFFICE
 * (person holds an office in target), ADVISES, FAMILY, FUNDS, INVESTS_IN,
 * OWES (source owes target), SUPPLIES, OWNS, SUPPORTS, SANCTIONS (source is
 * the designating authority), STRIKES (military strikes and other attacks:
 * assassination operations, attacks on shipping), ASSOCIATED_WITH (a link an
 * imported list states without saying what it is: OFAC "Linked To", FtM
 * Associate), DEMANDS (source demands or calls on target to act), NEGOTIATES_WITH
 * (source negotiates, or prefers to negotiate, with target), ROUTES_THROUGH
 * (source moves goods or money through target: a port, an exchange network, a
 * country of transit).
 *
 * SANCTIONS is never stored as a relationship: a designation is a record on
 * the designated actor (`Designation`). The type remains so that the
 * curated data can state "X sanctions Y" (turned into a Designation when
 * read) and so that a caller who explicitly asks for designation links
 * gets them drawn as authority -> actor; no walk ever follows one.
 */
export const RELATION_TYPES = [
  'PART_OF',
  'CONTROLS',
  'COMMANDS',
  'HOLDS_OFFICE',
  'ADVISES',
  'FAMILY',
  'FUNDS',
  'INVESTS_IN',
  'OWES',
  'SUPPLIES',
  'OWNS',
  'SUPPORTS',
  'SANCTIONS',
  'STRIKES',
  'ASSOCIATED_WITH',
  'DEMANDS',
  'NEGOTIATES_WITH',
  'ROUTES_THROUGH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** Each type by name (`RelationType.FUNDS`), for code that names one. */
export const RelationType = byName(RELATION_TYPES);

/** Relationship types an actor-to-actor walk may follow: every type but SANCTIONS. */
export const LINK_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => t !== 'SANCTIONS');

/**
 * How a source hedges a number: "approximately 1 percent", "at least 5
 * percent", "more than 50 vessels", "did not exceed $40 billion".
 */
export const NUMBER_QUALIFIERS = ['APPROXIMATELY', 'AT_LEAST', 'MORE_THAN', 'AT_MOST'] as const;
export type NumberQualifier = (typeof NUMBER_QUALIFIERS)[number];

/**
 * The kind of time a relationship has (the rules `asOf` and `from`/`to`
 * follow for each are in graph-seed/README.md, and in `validityStatus`):
 * - DATED: the source dates it; `start` and/or `end` (a missing one is open),
 *   each as precise as the source (YYYY, YYYY-MM or YYYY-MM-DD).
 * - ENDED_BEFORE: the source calls it over ("former", "then-") in a statement
 *   of date `endedBefore`: it no longer held then; when it began is unknown.
 * - HISTORICAL: it belongs to a period the source names (`period`, e.g. the
 *   Iran–Iraq War); `start`/`end` are that period's, `datesFrom` says whether
 *   from the source's words or from common knowledge of the named period.
 * - UNDATED: the source gives no time for it.
 * ENDED_BEFORE and UNDATED may carry `heldOn`: a date on which the source says
 * it held ("now Speaker", the present tense of a dated document).
 */
export const VALIDITY_KINDS = ['DATED', 'ENDED_BEFORE', 'HISTORICAL', 'UNDATED'] as const;
export type ValidityKind = (typeof VALIDITY_KINDS)[number];

/** Where the dates of a HISTORICAL relationship come from. */
export const DATE_SOURCES = ['DOCUMENT', 'COMMON_KNOWLEDGE'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface Validity {
  kind: ValidityKind;
  /** One line: what the dates rest on (the source's words, the statement's date, the named period). */
  reason: string;
  /** ENDED_BEFORE: the date of the statement calling it over; by then it no longer held. */
  endedBefore?: string;
  /** HISTORICAL: the named period or event ("the Iran–Iraq War"). */
  period?: string;
  /** HISTORICAL: whether `start`/`end` come from the document or common knowledge of the period. */
  datesFrom?: DateSource;
  /** ENDED_BEFORE or UNDATED: a date on which the source says it held. */
  heldOn?: string;
}

/** Where a fact came from: hand-curated from the essay, or an imported list. */
export type Origin = 'curated' | 'imported';

export interface Money {
  /** Amount in `currency`, as the source states it (e.g. 500e9 for "$500 billion"). */
  value: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** True where the source hedges ("approximately", "nearly", "more than"). */
  approximate: boolean;
  /** Value in US dollars, when known. */
  usd?: number;
}

export interface Evidence {
  /** Verbatim excerpt of the document, at most one sentence. */
  excerpt: string;
  /** Id of the document (see `documents`), e.g. "source-essay". */
  document: string;
  /** Section heading the excerpt sits under. */
  section?: string;
  /** Who the document says stated the fact (person, office, outlet). */
  claimedBy?: string;
  /** When it was stated: ISO 8601, possibly partial ("2025-11"). */
  statedOn?: string;
  /**
   * Id of the document the statement was first made in (an interview, a news
   * report), when `document` reports it second-hand; see `SourceDocument.knownFrom`.
   */
  reportedIn?: string;
}

export interface Actor {
  /** Stable, human-readable id, e.g. "irgc-qods-force". */
  id: string;
  name: string;
  aliases: string[];
  /**
   * Names that lists give this actor and it does not use itself: the names
   * of list entries matched to it ("also listed as"). Kept apart from its
   * own aliases, so search ranks its own names first. Imports write it.
   */
  listedAs?: string[];
  kind: ActorKind;
  summary?: string;
  /** True for a group the source only gestures at ("thousands of shell companies"). */
  collective?: boolean;
  /** How many members a collective actor stands for, where the source counts them. */
  memberCount?: number;
  /** How the source hedges `memberCount` ("more than 50 vessels": MORE_THAN); absent when exact. */
  memberCountQualifier?: NumberQualifier;
  origin: Origin;
  /** Extra typed facts (IMO number, nationality, source list...). Flat scalars only. */
  properties?: Record<string, string | number | boolean>;
}

export interface Relationship {
  /** Stable id, e.g. "irgc-qods-force--supplies--houthis". */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** ISO 8601 date, possibly partial ("2025", "2025-07", "2025-07-30"). */
  start?: string;
  end?: string;
  amount?: Money;
  /** A share as a percentage (e.g. 51 for "51 percent"), where the source gives one. */
  percent?: number;
  /** How the source hedges `percent` ("at least 5 percent": AT_LEAST); absent when exact. */
  percentQualifier?: NumberQualifier;
  /** Sanctions program, regime or stated reason (SANCTIONS relationships). */
  program?: string;
  /** What the relationship stands for in one line, e.g. "annual missile spending". */
  label?: string;
  evidence: Evidence[];
  origin: Origin;
  properties?: Record<string, string | number | boolean>;
  /**
   * When the relationship holds, and why we say so. Curated relationships
   * always carry one; for others `validityOf` derives it from `start`/`end`.
   */
  validity?: Validity;
  /** True when the relationship rests on an inference from the text rather than a statement. */
  inferred?: boolean;
  /** With `inferred`: one line saying what the inference is and what it rests on. */
  inference?: string;
}

/**
 * A sanctions designation: a record on the designated actor, not a link
 * from the authority (so an authority with 10,000 designations never becomes
 * a hub every walk passes through). One per list entry (or per curated
 * statement), with every program it is listed under.
 */
export interface Designation {
  /** Stable across list versions, e.g. "ofac-sdn-10391" or "us-treasury--sanctions--x". */
  id: string;
  /** The designated actor's id. */
  actor: string;
  /** The designating authority's actor id (us-treasury, un-security-council, european-union...). */
  authority: string;
  /** The list it is on, e.g. "OFAC SDN", "UN Security Council Consolidated List". */
  list?: string;
  /** Programs, regimes or list types it is listed under (SDGT, IRGC; "Al-Qaida"); sorted, distinct. */
  programs: string[];
  /** When it was listed (ISO 8601, possibly partial), where the source says. */
  listedOn?: string;
  /** When it was delisted, where known (a newer list no longer carrying it: that list's date). */
  delistedOn?: string;
  /** The source's own id of the entry (OFAC ent_num, UN reference number, FtM entity id). */
  sourceEntry?: string;
  /** Why, in the source's words, where it gives a reason. */
  reason?: string;
  /** The curated statement's time and its reason (see `Validity`); lists date by listedOn/delistedOn. */
  validity?: Validity;
  /** The curated statement's verbatim excerpt, or the list entry as listed. */
  evidence: Evidence[];
  origin: Origin;
  properties?: Record<string, string | number | boolean>;
}

/** A document that evidence cites. */
export interface SourceDocument {
  id: string;
  title: string;
  /** Author, publisher or list owner. */
  publisher?: string;
  /** ISO 8601 date of the document, possibly partial. */
  date?: string;
  url?: string;
  /**
   * Id of the document through which this one is known, when its text is not
   * held: an interview or news report the essay cites (then `publisher` is
   * the outlet).
   */
  knownFrom?: string;
}

/** The curated graph as loaded from `graph-seed/data/`. */
export interface SeedGraph {
  documents: SourceDocument[];
  actors: Actor[];
  /** Every curated relationship but SANCTIONS statements, which are `designations`. */
  relationships: Relationship[];
  designations: Designation[];
}

/** Anything a seed or an import can be written into (every GraphStore is one). */
export interface GraphSink {
  upsertActors(actors: readonly Actor[]): Promise<void>;
  upsertRelationships(relationships: readonly Relationship[]): Promise<void>;
  upsertDesignations(designations: readonly Designation[]): Promise<void>;
}
