/**
 * Typed fixtures for groups, shaped as the API answers: IRISL's crowd of
 * vessels (121 of them in the 2021 OFAC list), members paged 2 at a time.
 */
import { ActorKind, RelationType } from '@explorer/domain';
import type {
  ActorGroup,
  ActorSummary,
  GroupMembersPage,
  RelationshipFields,
} from '../../../api/api';

export const irisl: ActorSummary = {
  id: 'ofac-25396',
  name: 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES',
  kind: ActorKind.COMPANY,
  aliases: [],
  collective: false,
  memberCount: null,
  origin: 'imported',
};

export const vessels: ActorGroup = {
  id: 'g-irisl-vessels',
  type: RelationType.ASSOCIATED_WITH,
  direction: 'IN',
  kind: ActorKind.VESSEL,
  count: 121,
  label: '121 vessels · associated with · ISLAMIC REPUBLIC OF IRAN SHIPPING LINES',
  anchor: { id: irisl.id, name: irisl.name, kind: irisl.kind },
};

export const managers: ActorGroup = {
  ...vessels,
  id: 'g-irisl-managers',
  direction: 'OUT',
  kind: ActorKind.PERSON,
  count: 30,
  label: '30 persons · associated with · ISLAMIC REPUBLIC OF IRAN SHIPPING LINES',
};

export function vessel(n: number): ActorSummary {
  return { ...irisl, id: `ofac-v${n}`, name: `VESSEL ${n}`, kind: ActorKind.VESSEL };
}

function link(member: ActorSummary): RelationshipFields {
  return {
    id: `${member.id}--associated-with--${irisl.id}`,
    type: RelationType.ASSOCIATED_WITH,
    start: null,
    end: null,
    percent: null,
    program: null,
    label: null,
    origin: 'imported',
    source: { id: member.id, name: member.name, kind: member.kind },
    target: { id: irisl.id, name: irisl.name, kind: irisl.kind },
    amount: null,
    evidence: [],
    inferred: false,
    inference: null,
    // As the API gives an imported link: held on its list's date.
    validity: {
      kind: 'UNDATED',
      reason: 'the list gives no dates',
      period: null,
      endedBefore: null,
      heldOn: '2021-04-25',
    },
  };
}

/** A page holding vessels `from`..`to` (inclusive); more follow unless `last`. */
export function page(from: number, to: number, last = false): GroupMembersPage {
  const actors = Array.from({ length: to - from + 1 }, (_, i) => vessel(from + i));
  const relationships = actors.map(link);
  return {
    actors,
    relationships,
    pageInfo: { hasNextPage: !last, endCursor: relationships.at(-1)?.id ?? null },
  };
}
