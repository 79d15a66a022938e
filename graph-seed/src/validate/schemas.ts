/**
 * Zod schemas mirroring `model.ts`. They check shape only; cross-record rules
 * (references, dates, excerpts) live in `validate.ts` so that each gets its own
 * issue code.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  DATE_SOURCES,
  NUMBER_QUALIFIERS,
  RELATION_TYPES,
  VALIDITY_KINDS,
} from '@explorer/domain';

/** Actor and document ids: lowercase kebab-case ("irgc-qods-force"). */
export const ACTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Relationship ids may also use "--" between parts ("irgc--controls--x"). */
export const RELATIONSHIP_ID = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;

/**
 * A date field. YAML reads an unquoted year (`start: 2025`) as a number, so an
 * integer is accepted and turned into its string; the format is checked later
 * (INVALID_DATE).
 */
const dateField = z.union([z.string(), z.number().int()]).transform((v) => String(v));

const properties = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const nonEmpty = z.string().trim().min(1);

export const MoneySchema = z.strictObject({
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
  approximate: z.boolean().default(false),
  usd: z.number().nonnegative().optional(),
});

export const EvidenceSchema = z.strictObject({
  excerpt: nonEmpty,
  document: nonEmpty,
  section: nonEmpty.optional(),
  claimedBy: nonEmpty.optional(),
  statedOn: dateField.optional(),
  reportedIn: nonEmpty.optional(),
});

/**
 * Which fields each kind needs or forbids is checked in `validity.ts`
 * (VALIDITY_MISMATCH), so that the message can say why.
 */
export const ValiditySchema = z.strictObject({
  kind: z.enum(VALIDITY_KINDS),
  reason: nonEmpty,
  endedBefore: dateField.optional(),
  period: nonEmpty.optional(),
  datesFrom: z.enum(DATE_SOURCES).optional(),
  heldOn: dateField.optional(),
});

export const ActorSchema = z.strictObject({
  id: z.string().regex(ACTOR_ID, 'lowercase kebab-case'),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  kind: z.enum(ACTOR_KINDS),
  summary: nonEmpty.optional(),
  collective: z.boolean().optional(),
  memberCount: z.number().int().positive().optional(),
  memberCountQualifier: z.enum(NUMBER_QUALIFIERS).optional(),
  origin: z.enum(['curated', 'imported']).default('curated'),
  properties: properties.optional(),
});

export const RelationshipSchema = z.strictObject({
  id: z.string().regex(RELATIONSHIP_ID, 'lowercase kebab-case, parts joined by "-" or "--"'),
  type: z.enum(RELATION_TYPES),
  source: nonEmpty,
  target: nonEmpty,
  start: dateField.optional(),
  end: dateField.optional(),
  amount: MoneySchema.optional(),
  percent: z.number().min(0).max(100).optional(),
  percentQualifier: z.enum(NUMBER_QUALIFIERS).optional(),
  program: nonEmpty.optional(),
  label: nonEmpty.optional(),
  evidence: z.array(EvidenceSchema).min(1, 'at least one evidence record'),
  origin: z.enum(['curated', 'imported']).default('curated'),
  properties: properties.optional(),
  /** Required in the curated seed: every relationship says when it holds and why. */
  validity: ValiditySchema,
  inferred: z.boolean().optional(),
  inference: nonEmpty.optional(),
});

export const SourceDocumentSchema = z.strictObject({
  id: z.string().regex(ACTOR_ID, 'lowercase kebab-case'),
  title: nonEmpty,
  publisher: nonEmpty.optional(),
  date: dateField.optional(),
  url: z.url().optional(),
  knownFrom: nonEmpty.optional(),
});
