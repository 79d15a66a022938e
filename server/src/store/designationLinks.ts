import type { Relationship } from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';

/**
 * SANCTIONS is not a link between actors: a designation is a record on the
 * designated actor (`upsertDesignations`). Both stores refuse it as a
 * relationship, so that no walk can ever pass through an authority.
 */
export function refuseDesignationLink(rel: Relationship): void {
  if (rel.type === 'SANCTIONS') {
    throw new InvalidArgumentError(
      'type',
      `relationship ${rel.id}: SANCTIONS is a designation, stored with upsertDesignations, not a link`,
    );
  }
}
