import type { Relationship, RelationType } from '@explorer/domain';
import { inWindow } from '@explorer/domain';
import type { WalkFilter } from '../GraphStore';

/** Type and date filter shared by every walk. */
export function relationshipFilter({ types, when }: WalkFilter): (rel: Relationship) => boolean {
  const typeSet = types?.length ? new Set<RelationType>(types) : undefined;
  return (rel) => (!typeSet || typeSet.has(rel.type)) && inWindow(rel, when);
}
