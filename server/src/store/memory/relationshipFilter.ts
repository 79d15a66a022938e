import type { Relationship, RelationType } from '@explorer/domain';
import { isValidOn } from '@explorer/domain';
import type { WalkFilter } from '../GraphStore';

/** Type and date filter shared by every walk. */
export function relationshipFilter({ types, asOf }: WalkFilter): (rel: Relationship) => boolean {
  const typeSet = types?.length ? new Set<RelationType>(types) : undefined;
  return (rel) => (!typeSet || typeSet.has(rel.type)) && isValidOn(rel, asOf);
}
