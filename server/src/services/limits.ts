import {
  API_BOUNDS,
  isEmptyWindow,
  isPartialDate,
  timeWindow,
  type IntBound,
  type TimeWindow,
} from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';

/** Default and range of one integer argument of the API (the domain's IntBound). */
export type ArgumentBound = IntBound;

/**
 * Every bounded integer argument of the API, by `Type.field.argument`: the
 * domain's API_BOUNDS (the one place their defaults and maxima are written,
 * equal to schema.graphql's: tests check both) flattened. The services read
 * them to check arguments and the query cost check to price a query before
 * it runs. Documented in the README (Security and limits) and the schema.
 */
export const ARGUMENT_BOUNDS = Object.fromEntries(
  Object.entries(API_BOUNDS).flatMap(([type, fields]) =>
    Object.entries(fields).flatMap(([field, args]) =>
      Object.entries(args as Record<string, IntBound>).map(
        ([arg, bound]) => [`${type}.${field}.${arg}`, bound] as const,
      ),
    ),
  ),
) as Readonly<Record<BoundedArgument, ArgumentBound>>;

type FieldsOf<T> = { [F in keyof T & string]: `${F}.${keyof T[F] & string}` }[keyof T & string];
export type BoundedArgument = {
  [T in keyof typeof API_BOUNDS & string]: `${T}.${FieldsOf<(typeof API_BOUNDS)[T]>}`;
}[keyof typeof API_BOUNDS & string];

/** Most flows of one actor read at once (MoneyService). */
export const MAX_FLOWS = 1000;

/**
 * Most relationships a ranking (rank) reads: it runs over a bounded
 * subgraph, never the whole database; its price (queryCost.ts) and its
 * running time follow from this.
 */
export const RANK_SUBGRAPH_LIMIT = 5000;

/**
 * The value of a bounded argument: its default when missing or null (null
 * never means zero), else the given integer within [min, max];
 * BAD_USER_INPUT naming the argument otherwise.
 */
export function bounded(key: BoundedArgument, value: number | null | undefined): number {
  const bound = ARGUMENT_BOUNDS[key];
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

/** The time arguments of a walk: `asOf`, or a range `from`/`to`, and `includeUndated`. */
export interface TimeArgs {
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  includeUndated?: boolean | null;
}

/**
 * The window a query's time arguments ask for (undefined: no time filter),
 * and the date its designations are read on: `asOf`, or the range's end
 * (a range shows who was designated when it ends). `asOf` and a range
 * exclude each other; a range may not end before it starts.
 */
export function timeArgs(
  args: TimeArgs,
  // The names the range's ends go by in the query (`paths` calls them timeFrom/timeTo).
  names: { from: string; to: string } = { from: 'from', to: 'to' },
): { when?: TimeWindow; designationsOn?: string } {
  const asOf = optionalDate('asOf', args.asOf);
  const from = optionalDate(names.from, args.from);
  const to = optionalDate(names.to, args.to);
  if (asOf !== undefined && (from !== undefined || to !== undefined))
    throw new InvalidArgumentError(
      'asOf',
      `give either asOf or a ${names.from}/${names.to} range, not both`,
    );
  const when = timeWindow({ asOf, from, to, includeUndated: args.includeUndated });
  if (when && isEmptyWindow(when))
    throw new InvalidArgumentError(names.to, `must not be before ${names.from}`);
  return { ...(when ? { when } : {}), ...((asOf ?? to) ? { designationsOn: asOf ?? to } : {}) };
}
