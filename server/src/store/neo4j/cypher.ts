import {
  ACTOR_KINDS,
  asOfInterval,
  LINK_TYPES,
  RELATION_TYPES,
  windowBounds,
  type ActorKind,
  type RelationType,
  type TimeWindow,
} from '@explorer/domain';
import { InvalidArgumentError } from '../../errors/DomainError';

/**
 * The one place where a value becomes Cypher text. Cypher cannot take a
 * relationship type or a label as a `$parameter`, so those (and only those)
 * are spliced into queries, after checking membership in RELATION_TYPES /
 * ACTOR_KINDS. Everything else a query needs is a parameter.
 */

const TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const KIND_SET: ReadonlySet<string> = new Set(ACTOR_KINDS);

/** A relationship type checked against RELATION_TYPES; InvalidArgumentError for anything else. */
export function relType(type: RelationType): string {
  if (!TYPE_SET.has(type)) {
    throw new InvalidArgumentError('type', `not a relationship type: ${JSON.stringify(type)}`);
  }
  return type;
}

/** An actor kind checked against ACTOR_KINDS; InvalidArgumentError for anything else. */
export function kindLabel(kind: ActorKind): string {
  if (!KIND_SET.has(kind)) {
    throw new InvalidArgumentError('kind', `not an actor kind: ${JSON.stringify(kind)}`);
  }
  return kind;
}

/**
 * The type part of a relationship pattern: `:FUNDS|OWNS`, or every link type
 * when `types` is undefined or empty. Never untyped: the database also holds
 * `(:Designation)-[:DESIGNATES]->(:Actor)`, which no walk may follow.
 */
export function relTypes(types: readonly RelationType[] | undefined): string {
  return ':' + [...new Set(types?.length ? types : LINK_TYPES)].map(relType).join('|');
}

/** Every relationship type, for queries written once per type (index seeks, counts). */
export const ALL_TYPES: readonly RelationType[] = RELATION_TYPES;

/**
 * A relationship as every query returns it (decoded by `rowToRelationship`):
 * its properties, type and endpoint ids.
 */
export function relProjection(r: string): string {
  return `{ props: properties(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id }`;
}

/** `WHERE a AND b` of the non-empty conditions, or `` when there is none. */
export function where(...conditions: (string | false | undefined)[]): string {
  const kept = conditions.filter((c): c is string => typeof c === 'string' && c !== '');
  return kept.length ? `WHERE ${kept.join(' AND ')}` : '';
}

/**
 * The time condition on relationship `r` for a window (the domain's
 * `inWindow`, as intervals: see domain/validity.ts validityIntervals):
 * overlap with the stated interval, or with includeUndated the valid one,
 * as padded strings, using `$asOfFrom`/`$asOfTo`; `` without a window.
 */
export function validOn(r: string, window: TimeWindow | undefined): string {
  if (!window) return '';
  return window.includeUndated
    ? `${r}.validFrom <= $asOfTo AND ${r}.validTo >= $asOfFrom`
    : `${r}.statedFrom <= $asOfTo AND ${r}.statedTo >= $asOfFrom`;
}

/** Parameters for `validOn`. */
export function asOfParams(window: TimeWindow | undefined): { asOfFrom?: string; asOfTo?: string } {
  if (!window) return {};
  const { from, to } = windowBounds(window);
  return { asOfFrom: from, asOfTo: to };
}

/** Parameters for a designation's in-force condition on a date (`$asOfFrom`/`$asOfTo`). */
export function inForceParams(asOf: string | undefined): { asOfFrom?: string; asOfTo?: string } {
  if (!asOf) return {};
  const { from, to } = asOfInterval(asOf);
  return { asOfFrom: from, asOfTo: to };
}

/**
 * A hop count spliced into a variable-length pattern (`*..n`), where Cypher
 * takes no parameter: a whole number (fractions round down, as a walk's
 * `hop <= maxHops` does), InvalidArgumentError for anything else.
 */
export function hops(maxHops: number): string {
  if (!Number.isFinite(maxHops) || maxHops < 0) {
    throw new InvalidArgumentError('maxHops', `not a hop count: ${JSON.stringify(maxHops)}`);
  }
  return String(Math.floor(maxHops));
}

/** A relationship as a walk reads it (see `RelationshipRef` in mapping.ts): ids and type only. */
export function relRef(r: string): string {
  return `{ id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id }`;
}

/** `relRef` as four columns (id, type, source, target): cheaper to decode for many rows. */
export function relRefColumns(r: string): string {
  return `${r}.id AS id, type(${r}) AS type, startNode(${r}).id AS source, endNode(${r}).id AS target`;
}
