import { isPartialDate } from '../domain/dates';
import { InvalidArgumentError } from '../errors/DomainError';

/** Default and range of one integer argument of the API. */
export interface ArgumentBound {
  /** What a missing or null argument means; schema.graphql states the same default (a test checks). */
  default: number;
  min: number;
  max: number;
}

/**
 * Every bounded integer argument of the API, by `Type.field.argument`: the
 * one place their defaults and maxima are written. The services read them to
 * check arguments, the query cost check reads them to price a query before
 * it runs, and a test checks that schema.graphql declares the same defaults.
 * Documented in the README (Security and limits) and the schema.
 */
export const ARGUMENT_BOUNDS = {
  'Query.searchActors.first': { default: 20, min: 1, max: 100 },
  'Query.graph.limit': { default: 2000, min: 1, max: 5000 },
  'Query.neighborhood.depth': { default: 1, min: 1, max: 3 },
  'Query.neighborhood.limit': { default: 200, min: 1, max: 2000 },
  'Query.neighborhood.groupAbove': { default: 25, min: 0, max: 1000 },
  'ActorGroup.members.first': { default: 50, min: 1, max: 500 },
  'Query.paths.maxHops': { default: 4, min: 1, max: 8 },
  'Query.paths.first': { default: 5, min: 1, max: 50 },
  'Query.controlChain.maxHops': { default: 6, min: 1, max: 10 },
  'Query.controlChain.limit': { default: 500, min: 1, max: 2000 },
  'Query.designations.first': { default: 50, min: 1, max: 500 },
  'Actor.designationsIssued.first': { default: 50, min: 1, max: 500 },
  'Query.sanctionStatus.maxHops': { default: 4, min: 1, max: 6 },
  'Query.sanctionExposure.maxHops': { default: 3, min: 1, max: 6 },
  'Query.sanctionExposure.first': { default: 20, min: 1, max: 100 },
  'Query.rank.first': { default: 20, min: 1, max: 100 },
  'Actor.relationships.first': { default: 500, min: 1, max: 1000 },
} as const satisfies Record<string, ArgumentBound>;

export type BoundedArgument = keyof typeof ARGUMENT_BOUNDS;

/** Most flows of one actor read at once (MoneyService). */
export const MAX_FLOWS = 1000;

/**
 * Most relationships a ranking (rank) reads: it runs over a bounded
 * subgraph, never the whole database; its price (queryCost.ts) and its
 * running time follow from this.
 */
export const RANK_SUBGRAPH_LIMIT = 5000;

/** Other bounds of the API. */
export const LIMITS = {
  /** Longest search text. */
  queryLength: 200,
} as const;

/**
 * The value of a bounded argument: its default when missing or null (null
 * never means zero), else the given integer within [min, max];
 * BAD_USER_INPUT naming the argument otherwise.
 */
export function bounded(key: BoundedArgument, value: number | null | undefined): number {
  const bound: ArgumentBound = ARGUMENT_BOUNDS[key];
  const argument = key.slice(key.lastIndexOf('.') + 1);
  return boundedInt(argument, value, bound.default, bound.min, bound.max);
}

/** An integer argument within [min, max]; BAD_USER_INPUT naming the argument otherwise. */
export function boundedInt(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new InvalidArgumentError(argument, `must be an integer from ${min} to ${max}, got ${v}`);
  }
  return v;
}

/** An optional ISO 8601 date (possibly partial). */
export function optionalDate(
  argument: string,
  value: string | null | undefined,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isPartialDate(value)) {
    throw new InvalidArgumentError(
      argument,
      `must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`,
    );
  }
  return value;
}

/** Empty or missing list means "no filter". */
export function optionalList<T>(value: readonly T[] | null | undefined): readonly T[] | undefined {
  return value && value.length > 0 ? value : undefined;
}
