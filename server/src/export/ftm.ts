import type { Actor, ActorKind, Relationship } from '@explorer/domain';
import type { Subgraph } from '../store/GraphStore';
import { jsonLine } from './textSafety';

/**
 * FollowTheMoney JSON lines (the format of OpenSanctions and Aleph): one
 * entity per line, `{id, schema, properties: {name: [values]}}`. Relationship
 * types without an FtM equivalent become UnknownLink with the type as role.
 */

const ACTOR_SCHEMA: Record<ActorKind, string> = {
  PERSON: 'Person',
  STATE_BODY: 'PublicBody',
  MILITARY_UNIT: 'PublicBody',
  ARMED_GROUP: 'Organization',
  COMPANY: 'Company',
  VESSEL: 'Vessel',
  COUNTRY: 'PublicBody',
  PROGRAM: 'Organization',
  INTERNATIONAL_BODY: 'Organization',
  ORGANIZATION: 'Organization',
  // FtM has no place schema; Address is its thing for a location.
  PLACE: 'Address',
};

type Props = Record<string, string[]>;
interface Entity {
  id: string;
  schema: string;
  properties: Props;
}

const compact = (props: Record<string, (string | number | undefined)[]>): Props => {
  const out: Props = {};
  for (const [key, values] of Object.entries(props)) {
    const kept = values
      .filter((v): v is string | number => v !== undefined && v !== '')
      .map(String);
    if (kept.length > 0) out[key] = kept;
  }
  return out;
};

function actorEntity(a: Actor): Entity {
  return {
    id: a.id,
    schema: ACTOR_SCHEMA[a.kind],
    properties: compact({ name: [a.name], alias: a.aliases, notes: [a.summary], topics: [] }),
  };
}

function relationshipEntity(r: Relationship): Entity {
  const interval = {
    startDate: [r.start],
    endDate: [r.end],
    description: [r.label],
    summary: r.evidence.map((e) => e.excerpt),
    publisher: [...new Set(r.evidence.map((e) => e.claimedBy))],
  };
  const money = {
    amount: [r.amount?.value],
    currency: [r.amount?.currency],
    amountUsd: [r.amount?.usd],
  };
  const base = (
    schema: string,
    props: Record<string, (string | number | undefined)[]>,
  ): Entity => ({
    id: r.id,
    schema,
    properties: compact({ ...interval, ...props }),
  });
  switch (r.type) {
    case 'SANCTIONS':
      return base('Sanction', {
        entity: [r.target],
        authority: [r.source],
        program: [r.program],
        listingDate: [r.start],
      });
    case 'OWNS':
      return base('Ownership', { owner: [r.source], asset: [r.target], percentage: [r.percent] });
    case 'FAMILY':
      return base('Family', { person: [r.source], relative: [r.target], relationship: [r.label] });
    case 'FUNDS':
      return base('Payment', { payer: [r.source], beneficiary: [r.target], ...money });
    case 'OWES':
      return base('Debt', { debtor: [r.source], creditor: [r.target], ...money });
    case 'HOLDS_OFFICE':
      return base('Directorship', {
        director: [r.source],
        organization: [r.target],
        role: [r.label],
      });
    default:
      return base('UnknownLink', { subject: [r.source], object: [r.target], role: [r.type] });
  }
}

export function toFtmLines(sub: Subgraph): string {
  return [...sub.actors.map(actorEntity), ...sub.relationships.map(relationshipEntity)]
    .map((e) => jsonLine(e))
    .join('\n')
    .concat('\n');
}
