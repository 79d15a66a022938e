import type { Relationship, RelationType } from '@explorer/graph-seed';
import { isValidOn } from '../../domain/dates';
import type { WalkFilter } from '../GraphStore';

/** Type and date filter shared by every walk. */
export function relationshipFilter({ types, asOf }: WalkFilter): (rel: Relationship) => boolean {
  const typeSet = types?.length ? new Set<RelationType>(types) : undefined;
  return (rel) => (!typeSet || typeSet.has(rel.type)) && isValidOn(rel, asOf);
}
