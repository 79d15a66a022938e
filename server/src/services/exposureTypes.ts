import { LINK_TYPES, type RelationType } from '@explorer/graph-seed';

/**
 * Link types that carry exposure by default: every link type but the
 * adversarial or talking ties (strikes, demands, negotiations): an attack or
 * a demand is not an association. Designations are records, not links, so
 * SANCTIONS is never among them.
 */
const NOT_EXPOSING: ReadonlySet<RelationType> = new Set(['STRIKES', 'DEMANDS', 'NEGOTIATES_WITH']);
export const DEFAULT_EXPOSURE_VIA: readonly RelationType[] = LINK_TYPES.filter(
  (t) => !NOT_EXPOSING.has(t),
);
