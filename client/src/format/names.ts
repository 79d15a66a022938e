import { ActorKind, RelationType } from '@explorer/domain';

/** Kind names for people, singular. */
export const KIND_NAMES: Record<ActorKind, string> = {
  [ActorKind.PERSON]: 'Person',
  [ActorKind.STATE_BODY]: 'State body',
  [ActorKind.MILITARY_UNIT]: 'Military unit',
  [ActorKind.ARMED_GROUP]: 'Armed group',
  [ActorKind.COMPANY]: 'Company',
  [ActorKind.VESSEL]: 'Vessel',
  [ActorKind.COUNTRY]: 'Country',
  [ActorKind.PROGRAM]: 'Program',
  [ActorKind.INTERNATIONAL_BODY]: 'International body',
  [ActorKind.ORGANIZATION]: 'Organization',
  [ActorKind.PLACE]: 'Place',
};

/** Type names for headings and the legend. */
export const TYPE_NAMES: Record<RelationType, string> = {
  [RelationType.PART_OF]: 'Part of',
  [RelationType.COMMANDS]: 'Commands',
  [RelationType.CONTROLS]: 'Controls',
  [RelationType.HOLDS_OFFICE]: 'Holds office',
  [RelationType.ADVISES]: 'Advises',
  [RelationType.FAMILY]: 'Family',
  [RelationType.FUNDS]: 'Funds',
  [RelationType.INVESTS_IN]: 'Invests in',
  [RelationType.OWES]: 'Owes',
  [RelationType.SUPPLIES]: 'Supplies',
  [RelationType.OWNS]: 'Owns',
  [RelationType.SUPPORTS]: 'Supports',
  [RelationType.SANCTIONS]: 'Sanctions',
  [RelationType.STRIKES]: 'Strikes',
  [RelationType.DEMANDS]: 'Demands',
  [RelationType.NEGOTIATES_WITH]: 'Negotiates with',
  [RelationType.ROUTES_THROUGH]: 'Routes through',
  [RelationType.ASSOCIATED_WITH]: 'Associated with',
};

/** The verb that reads "source VERB target". */
export const TYPE_VERBS: Record<RelationType, string> = {
  [RelationType.PART_OF]: 'is part of',
  [RelationType.COMMANDS]: 'commands',
  [RelationType.CONTROLS]: 'controls',
  [RelationType.HOLDS_OFFICE]: 'holds office in',
  [RelationType.ADVISES]: 'advises',
  [RelationType.FAMILY]: 'is family of',
  [RelationType.FUNDS]: 'funds',
  [RelationType.INVESTS_IN]: 'invests in',
  [RelationType.OWES]: 'owes',
  [RelationType.SUPPLIES]: 'supplies',
  [RelationType.OWNS]: 'owns',
  [RelationType.SUPPORTS]: 'supports',
  [RelationType.SANCTIONS]: 'sanctions',
  [RelationType.STRIKES]: 'strikes',
  [RelationType.DEMANDS]: 'demands of',
  [RelationType.NEGOTIATES_WITH]: 'negotiates with',
  [RelationType.ROUTES_THROUGH]: 'routes goods or money through',
  [RelationType.ASSOCIATED_WITH]: 'is associated with',
};

/**
 * Every relationship type, in the order panels, the legend and the URL list
 * them: TYPE_NAMES' order (command before control, as in an org chart).
 * The types themselves are the domain's; this is only their order on screen.
 */
export const TYPE_ORDER = Object.keys(TYPE_NAMES) as RelationType[];
