import { isPartialDate, type IntBound } from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';

/**
 * Argument checks of the services. The bounds and defaults themselves are the
 * domain's (`API_BOUNDS` in @explorer/domain), equal to schema.graphql's.
 */

/** An integer argument within `bound` (its default when absent); BAD_USER_INPUT naming the argument otherwise. */
export function bounded(
  argument: string,
  value: number | null | undefined,
  bound: IntBound,
): number {
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
