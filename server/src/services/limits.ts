import { isPartialDate } from '../domain/dates';
import { InvalidArgumentError } from '../errors/DomainError';

/** Bounds of every list and walk the API offers; documented in the README and schema. */
export const LIMITS = {
  searchFirst: 100,
  relationshipsFirst: 1000,
  graphLimit: 5000,
  neighborhoodDepth: 3,
  neighborhoodLimit: 2000,
  pathsMaxHops: 8,
  pathsFirst: 50,
  queryLength: 200,
} as const;

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
