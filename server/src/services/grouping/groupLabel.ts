import type { ActorKind, RelationType } from '@explorer/domain';
import type { LinkGroupKey } from '../../store/GraphStore';

/** Kinds in the plural, for a group's label. */
const PLURAL: Record<ActorKind, string> = {
  PERSON: 'persons',
  STATE_BODY: 'state bodies',
  MILITARY_UNIT: 'military units',
  ARMED_GROUP: 'armed groups',
  COMPANY: 'companies',
  VESSEL: 'vessels',
  COUNTRY: 'countries',
  PROGRAM: 'programs',
  INTERNATIONAL_BODY: 'international bodies',
  ORGANIZATION: 'organizations',
  PLACE: 'places',
};

/** How members stand to an anchor that is the source of their links (OUT): passive voice. */
const PASSIVE: Partial<Record<RelationType, string>> = {
  OWNS: 'owned by',
  CONTROLS: 'controlled by',
  COMMANDS: 'commanded by',
  FUNDS: 'funded by',
  SUPPLIES: 'supplied by',
  SUPPORTS: 'supported by',
  ADVISES: 'advised by',
  INVESTS_IN: 'invested in by',
  STRIKES: 'struck by',
  ASSOCIATED_WITH: 'associated with',
  FAMILY: 'family of',
};

/**
 * What members are to their anchor, in words: IN, the members are the
 * links' sources ("part of", "associated with"); OUT, the anchor is
 * ("owned by").
 */
function relation(type: RelationType, direction: 'OUT' | 'IN'): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return direction === 'IN' ? words : (PASSIVE[type] ?? `${words}, from`);
}

/** "214 vessels · associated with · NATIONAL IRANIAN TANKER COMPANY". */
export function groupLabel(group: LinkGroupKey & { count: number }, anchorName: string): string {
  return `${group.count} ${PLURAL[group.kind]} · ${relation(group.type, group.direction)} · ${anchorName}`;
}
