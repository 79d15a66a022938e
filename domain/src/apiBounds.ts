/**
 * Bounds and defaults of every list and walk the API offers, by the field and
 * argument `schema.graphql` gives them. The services enforce them
 * (BAD_USER_INPUT naming the argument outside them), the schema writes the
 * same defaults (a test, `schema.test.ts`, keeps the two equal) and the view
 * offers the same ranges.
 */
import { MONEY_TYPES } from './relationGroups';

/** An integer argument: its default and its inclusive range. */
export interface IntBound {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

const bound = (defaultValue: number, min: number, max: number): IntBound =>
  Object.freeze({ default: defaultValue, min, max });

/** Integer arguments, by type and field of `schema.graphql`. */
export const API_BOUNDS = {
  Query: {
    searchActors: { first: bound(20, 1, 100) },
    graph: { limit: bound(2000, 1, 5000) },
    neighborhood: {
      depth: bound(1, 1, 3),
      limit: bound(200, 1, 2000),
      groupAbove: bound(25, 0, 1000),
    },
    paths: { maxHops: bound(4, 1, 8), first: bound(5, 1, 50) },
    controlChain: { maxHops: bound(6, 1, 10), limit: bound(500, 1, 2000) },
    designations: { first: bound(50, 1, 500) },
    sanctionExposure: { maxHops: bound(3, 1, 6), first: bound(20, 1, 100) },
    sanctionStatus: { maxHops: bound(4, 1, 6) },
    rank: { first: bound(20, 1, 100) },
    listMatches: { first: bound(100, 1, 500) },
    timeline: { first: bound(100, 1, 500) },
  },
  Actor: {
    relationships: { first: bound(500, 1, 1000) },
    designationsIssued: { first: bound(50, 1, 500) },
  },
  ActorGroup: {
    members: { first: bound(50, 1, 500) },
  },
} as const;

/** Defaults of the arguments that are not integers, by type and field of `schema.graphql`. */
export const API_DEFAULTS = {
  Query: {
    paths: { directed: false, chronological: false, includeUndated: false },
    graph: { designationLinks: false, includeUndated: false },
    neighborhood: { designationLinks: false, includeUndated: false },
    controlChain: { direction: 'UP', includeUndated: false },
    moneyFlows: { direction: 'BOTH', types: MONEY_TYPES, includeUndated: false },
    // Screening errs towards exposure: a link the sources do not date for the
    // day asked still counts, and the answer says it rests on one.
    sanctionExposure: { includeUndated: true },
    sanctionStatus: { includeUndated: true },
    timeline: { bucket: 'YEAR' },
  },
  Actor: {
    relationships: { direction: 'BOTH' },
  },
} as const;

/** Longest `searchActors.query`, in characters. */
export const SEARCH_QUERY_MAX_LENGTH = 200;
