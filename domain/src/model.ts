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
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
/** Each kind by name (`ActorKind.PERSON`), for code that names one: the names stay written once, above. */
export const ActorKind = byName(ACTOR_KINDS);

/**
 * Relationship types, always read "source TYPE target":
 * PART_OF (source is a branch of target), CONTROLS, COMMANDS, HOLDS_OFFICE
 * (person holds an office in target), ADVISES, FAMILY, FUNDS, INVESTS_IN,
 * OWES (source owes target), SUPPLIES, OWNS, SUPPORTS, SANCTIONS (source is
 * the designating authority), STRIKES, ASSOCIATED_WITH (a link an imported
 * list states without saying what it is: OFAC "Linked To", FtM Associate).
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
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** Each type by name (`RelationType.FUNDS`), for code that names one. */
export const RelationType = byName(RELATION_TYPES);

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
}

export interface Actor {
  /** Stable, human-readable id, e.g. "irgc-qods-force". */
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  summary?: string;
  /** True for a group the source only gestures at ("thousands of shell companies"). */
  collective?: boolean;
  /** How many members a collective actor stands for, where the source counts them. */
  memberCount?: number;
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
  /** Sanctions program, regime or stated reason (SANCTIONS relationships). */
  program?: string;
  /** What the relationship stands for in one line, e.g. "annual missile spending". */
  label?: string;
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
}

/** The curated graph as loaded from `graph-seed/data/`. */
export interface SeedGraph {
  documents: SourceDocument[];
  actors: Actor[];
  relationships: Relationship[];
}

/** Anything a seed or an import can be written into (every GraphStore is one). */
export interface GraphSink {
  upsertActors(actors: readonly Actor[]): Promise<void>;
  upsertRelationships(relationships: readonly Relationship[]): Promise<void>;
}
