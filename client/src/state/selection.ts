import type { ActorKind, RelationshipFields } from '../api/api';

/** An actor as a path end or a link target: enough to name and draw it. */
export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

/** What the side panel shows. */
export type Selection =
  { kind: 'actor'; id: string } | { kind: 'relationship'; relationship: RelationshipFields };
