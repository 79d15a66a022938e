/**
 * Groups of relationship types that the API and the view both reason about:
 * money, the control chain, the hierarchy drawn top-down, and the links that
 * carry sanctions exposure. Each is written here once; the server's services
 * and the client's views import them.
 */
import { LINK_TYPES, RelationType } from './model';

/** Relationship types that move money: counted in totals, drawn wider by amount, the Money view's links. */
export const MONEY_TYPES: readonly RelationType[] = [
  RelationType.FUNDS,
  RelationType.INVESTS_IN,
  RelationType.OWES,
];

/** True for a money flow (see MONEY_TYPES). */
export function isMoneyType(type: RelationType): boolean {
  return MONEY_TYPES.includes(type);
}

/** One step of a directed walk: follow `type` relationships in `direction` from the current actor. */
export interface ChainStep {
  type: RelationType;
  direction: 'OUT' | 'IN';
}

/**
 * Steps that go UP a chain of control (`controlChain(direction: UP)`): from
 * a branch to what it is part of, and from a body to whoever controls,
 * commands or heads it. DOWN reverses each (see `controlChainSteps`).
 */
export const CONTROL_CHAIN_UP: readonly ChainStep[] = [
  { type: RelationType.PART_OF, direction: 'OUT' },
  { type: RelationType.CONTROLS, direction: 'IN' },
  { type: RelationType.COMMANDS, direction: 'IN' },
  { type: RelationType.HOLDS_OFFICE, direction: 'IN' },
];

/** The steps of a control chain in either direction. */
export function controlChainSteps(direction: 'UP' | 'DOWN'): readonly ChainStep[] {
  if (direction === 'UP') return CONTROL_CHAIN_UP;
  return CONTROL_CHAIN_UP.map((step) => ({
    ...step,
    direction: step.direction === 'OUT' ? 'IN' : 'OUT',
  }));
}

/** The relationship types a control chain follows. */
export const CONTROL_TYPES: readonly RelationType[] = CONTROL_CHAIN_UP.map((step) => step.type);

/**
 * Which end of a relationship is the superior, for types that make a
 * hierarchy: the control chain's types (as `controlChain` reads them:
 * whoever holds office in a body heads it) plus ownership, which the
 * top-down layout also draws as a tree.
 */
export const SUPERIOR_END: Readonly<Partial<Record<RelationType, 'source' | 'target'>>> = {
  ...Object.fromEntries(
    CONTROL_CHAIN_UP.map((step) => [step.type, step.direction === 'IN' ? 'source' : 'target']),
  ),
  [RelationType.OWNS]: 'source',
};

/**
 * Link types that carry sanctions exposure by default (`sanctionExposure`'s
 * `via`, and `sanctionStatus`'s LINKED): every link type but the
 * adversarial or talking ties (strikes, demands, negotiations): an attack or
 * a demand is not an association. Designations are records, not links, so
 * SANCTIONS is never among them.
 */
export const DEFAULT_EXPOSURE_VIA: readonly RelationType[] = LINK_TYPES.filter(
  (type) =>
    type !== RelationType.STRIKES &&
    type !== RelationType.DEMANDS &&
    type !== RelationType.NEGOTIATES_WITH,
);

/**
 * Steps from an actor up to whoever owns or controls it, for sanctions
 * CONTROLLED status (`sanctionStatus`): owners, controllers, commanders,
 * and what it is a branch of. Not the control chain's: holding an office in
 * a body does not make the body its holder's.
 */
export const SANCTION_CONTROL_UP: readonly ChainStep[] = [
  { type: RelationType.OWNS, direction: 'IN' },
  { type: RelationType.CONTROLS, direction: 'IN' },
  { type: RelationType.COMMANDS, direction: 'IN' },
  { type: RelationType.PART_OF, direction: 'OUT' },
];
