import type { ActorKind, RelationType } from '../api/api';

/** Every actor kind, in the order the legend lists them. */
export const ACTOR_KINDS: readonly ActorKind[] = [
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
];

/** Every relationship type, in the order panels and the legend list them. */
export const RELATION_TYPES: readonly RelationType[] = [
  'PART_OF',
  'COMMANDS',
  'CONTROLS',
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
  'DEMANDS',
  'NEGOTIATES_WITH',
  'ROUTES_THROUGH',
  'ASSOCIATED_WITH',
];

/** Kind names for people, singular. */
export const KIND_NAMES: Record<ActorKind, string> = {
  PERSON: 'Person',
  STATE_BODY: 'State body',
  MILITARY_UNIT: 'Military unit',
  ARMED_GROUP: 'Armed group',
  COMPANY: 'Company',
  VESSEL: 'Vessel',
  COUNTRY: 'Country',
  PROGRAM: 'Program',
  INTERNATIONAL_BODY: 'International body',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};

/** Type names for headings and the legend. */
export const TYPE_NAMES: Record<RelationType, string> = {
  PART_OF: 'Part of',
  COMMANDS: 'Commands',
  CONTROLS: 'Controls',
  HOLDS_OFFICE: 'Holds office',
  ADVISES: 'Advises',
  FAMILY: 'Family',
  FUNDS: 'Funds',
  INVESTS_IN: 'Invests in',
  OWES: 'Owes',
  SUPPLIES: 'Supplies',
  OWNS: 'Owns',
  SUPPORTS: 'Supports',
  SANCTIONS: 'Sanctions',
  STRIKES: 'Strikes',
  DEMANDS: 'Demands',
  NEGOTIATES_WITH: 'Negotiates with',
  ROUTES_THROUGH: 'Routes through',
  ASSOCIATED_WITH: 'Associated with',
};

/** The verb that reads "source VERB target". */
export const TYPE_VERBS: Record<RelationType, string> = {
  PART_OF: 'is part of',
  COMMANDS: 'commands',
  CONTROLS: 'controls',
  HOLDS_OFFICE: 'holds office in',
  ADVISES: 'advises',
  FAMILY: 'is family of',
  FUNDS: 'funds',
  INVESTS_IN: 'invests in',
  OWES: 'owes',
  SUPPLIES: 'supplies',
  OWNS: 'owns',
  SUPPORTS: 'supports',
  SANCTIONS: 'sanctions',
  STRIKES: 'strikes',
  DEMANDS: 'demands of',
  NEGOTIATES_WITH: 'negotiates with',
  ROUTES_THROUGH: 'routes goods or money through',
  ASSOCIATED_WITH: 'is associated with',
};

/** Money flows: drawn wider by amount and labelled with it. */
export const MONEY_TYPES: ReadonlySet<RelationType> = new Set(['FUNDS', 'INVESTS_IN', 'OWES']);
