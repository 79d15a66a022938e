import type { Actor, ActorKind, Relationship, SourceDocument } from '@explorer/domain';
import { jsonLine } from './textSafety';
import { actorProperties, FTM_DATASET, type Props, type Values } from './ftmActorProperties';

/**
 * FollowTheMoney JSON lines (the format of OpenSanctions and Aleph): one
 * entity per line, `{id, schema, properties: {name: [values]}, datasets,
 * referents}`. The mapping table is in docs/exports.md; in short:
 * - actors: Person, PublicBody, Organization, Company, Vessel, Address,
 *   with their imported properties under FtM's names (ftmActorProperties.ts);
 * - relationships: the FtM interval schema of their type when both ends
 *   are of the schemata it links (Ownership, Directorship, Membership,
 *   Family, Associate, Employment, Payment, Debt), else UnknownLink with
 *   the type as `role`;
 * - designations: Sanction, `authority` the authority's name;
 * - evidence: FtM's own provenance: `proof` refers to a Document entity
 *   (title, publisher, date, URL) written once per cited document,
 *   `summary` holds the excerpts with who stated them and when,
 *   `publisher`/`sourceUrl` those of the documents.
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

/** FtM's LegalEntity (payer, director, member, owner...): every actor schema but Vessel and Address. */
const LEGAL_ENTITY = new Set(['Person', 'PublicBody', 'Organization', 'Company']);
/** FtM's Organization: the range of Membership.organization, Directorship.organization. */
const ORGANIZATION = new Set(['PublicBody', 'Organization', 'Company']);
/** FtM's Asset: the range of Ownership.asset. */
const ASSET = new Set(['Company', 'Vessel']);

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Props;
  datasets?: string[];
  referents?: string[];
  /** When the source last stated it: the list's date (imported records); absent for curated ones. */
  last_change?: string;
}

/** FtM's `last_change` from a record's `listDate` property, where it has one. */
function lastChange(properties: Record<string, string | number | boolean> | undefined): {
  last_change?: string;
} {
  const date = properties?.['listDate'];
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? { last_change: `${date}T00:00:00` }
    : {};
}

/** The FtM schema of an actor's kind. */
export const ftmSchemaOf = (kind: ActorKind): string => ACTOR_SCHEMA[kind];

/** The id of the Document entity standing for one of our documents. */
export const documentEntityId = (id: string): string => `document-${id}`;

const compact = (props: Record<string, Values>): Props => {
  const out: Props = {};
  for (const [key, values] of Object.entries(props)) {
    const kept = [
      ...new Set(
        values.filter((v): v is string | number => v !== undefined && v !== '').map(String),
      ),
    ];
    if (kept.length > 0) out[key] = kept;
  }
  return out;
};

export function actorEntity(a: Actor): FtmEntity {
  const schema = ACTOR_SCHEMA[a.kind];
  const { properties, referents, datasets } = actorProperties(a, schema);
  return {
    id: a.id,
    schema,
    properties: compact({
      ...properties,
      name: [a.name],
      alias: [...a.aliases, ...(a.listedAs ?? [])].filter((n) => n !== a.name),
      notes: [a.summary, ...(properties['notes'] ?? [])],
    }),
    datasets,
    ...(referents.length > 0 ? { referents } : {}),
    ...lastChange(a.properties),
  };
}

/** What the writer knows beside the relationship: endpoint schemata, authority and document records. */
export interface FtmContext {
  schemaOf(actorId: string): string | undefined;
  authorityName(actorId: string): string | undefined;
  document(id: string): SourceDocument | undefined;
}

function evidenceProps(r: Relationship, ctx: FtmContext): Record<string, Values> {
  const docs = [...new Set(r.evidence.map((e) => e.document))].map(
    (id) => ctx.document(id) ?? { id, title: id },
  );
  return {
    summary: r.evidence.map((e) => {
      const who = [e.claimedBy && `stated by ${e.claimedBy}`, e.statedOn && `on ${e.statedOn}`]
        .filter(Boolean)
        .join(' ');
      return who ? `${e.excerpt} (${who})` : e.excerpt;
    }),
    proof: docs.map((d) => documentEntityId(d.id)),
    publisher: docs.map((d) => d.publisher),
    sourceUrl: docs.map((d) => d.url),
  };
}

/** One relationship (or designation link) as an FtM interval entity. */
export function relationshipEntity(r: Relationship, ctx: FtmContext): FtmEntity {
  const from = ctx.schemaOf(r.source);
  const to = ctx.schemaOf(r.target);
  const interval = {
    startDate: [r.start],
    endDate: [r.end],
    description: [r.label],
    ...evidenceProps(r, ctx),
  };
  const money = {
    amount: [r.amount?.value],
    currency: [r.amount?.currency],
    amountUsd: [r.amount?.usd],
  };
  const entity = (schema: string, props: Record<string, Values>): FtmEntity => ({
    id: r.id,
    schema,
    properties: compact({ ...interval, ...props }),
    datasets: [FTM_DATASET],
    ...lastChange(r.properties),
  });
  const legal = (id: string | undefined) => id !== undefined && LEGAL_ENTITY.has(id);
  const org = (id: string | undefined) => id !== undefined && ORGANIZATION.has(id);
  const person = (id: string | undefined) => id === 'Person';
  const role = (word: string) => [r.label ?? word];
  switch (r.type) {
    case 'SANCTIONS': {
      const props = r.properties ?? {};
      return entity('Sanction', {
        entity: [r.target],
        authority: [ctx.authorityName(r.source) ?? r.source],
        program: r.program?.split(', ') ?? [],
        listingDate: [r.start],
        reason: [r.label],
        description: [],
        recordId: [props['sourceEntry'] as string | undefined],
        status: [r.end ? 'delisted' : undefined],
      });
    }
    case 'OWNS':
      if (legal(from) && to !== undefined && ASSET.has(to))
        return entity('Ownership', {
          owner: [r.source],
          asset: [r.target],
          percentage: [r.percent],
          role: [r.label],
        });
      break;
    case 'CONTROLS':
      if (legal(from) && to !== undefined && ASSET.has(to))
        return entity('Ownership', {
          owner: [r.source],
          asset: [r.target],
          ownershipType: ['control'],
          percentage: [r.percent],
          role: role('controls'),
        });
      break;
    case 'FAMILY':
      if (person(from) && person(to))
        return entity('Family', {
          person: [r.source],
          relative: [r.target],
          relationship: [r.label],
        });
      break;
    case 'ASSOCIATED_WITH':
    case 'ADVISES':
      if (person(from) && person(to))
        return entity('Associate', {
          person: [r.source],
          associate: [r.target],
          relationship: r.type === 'ADVISES' ? role('adviser') : [r.label],
        });
      if (r.type === 'ADVISES' && person(from) && org(to))
        return entity('Employment', {
          employee: [r.source],
          employer: [r.target],
          role: role('adviser'),
        });
      break;
    case 'FUNDS':
    case 'INVESTS_IN':
      if (legal(from) && legal(to))
        return entity('Payment', {
          payer: [r.source],
          beneficiary: [r.target],
          purpose: r.type === 'INVESTS_IN' ? ['investment'] : [],
          ...money,
        });
      break;
    case 'OWES':
      if (legal(from) && legal(to))
        return entity('Debt', { debtor: [r.source], creditor: [r.target], ...money });
      break;
    case 'HOLDS_OFFICE':
    case 'COMMANDS':
      if (legal(from) && org(to))
        return entity('Directorship', {
          director: [r.source],
          organization: [r.target],
          role: role(r.type === 'COMMANDS' ? 'commander' : 'office holder'),
        });
      break;
    case 'PART_OF':
      if (legal(from) && org(to))
        return entity('Membership', {
          member: [r.source],
          organization: [r.target],
          role: [r.label],
        });
      break;
    default:
      break;
  }
  // No FtM schema says it: the type as role, so that an import can read it back.
  return entity('UnknownLink', { subject: [r.source], object: [r.target], role: [r.type] });
}

/** A Document entity for one of our documents (an evidence `proof` refers to it). */
export function documentEntity(d: SourceDocument): FtmEntity {
  return {
    id: documentEntityId(d.id),
    schema: 'Document',
    properties: compact({
      title: [d.title],
      publisher: [d.publisher],
      publishedAt: [d.date],
      sourceUrl: [d.url],
    }),
    datasets: [FTM_DATASET],
  };
}

export const ftmLine = (e: FtmEntity): string => jsonLine(e) + '\n';

/** A subgraph as FtM lines, at once (authorities named as the subgraph's actors name them). */
export function toFtmLines(
  sub: { actors: readonly Actor[]; relationships: readonly Relationship[] },
  documents: readonly SourceDocument[] = [],
): string {
  const byId = new Map(sub.actors.map((a) => [a.id, a]));
  const docs = new Map(documents.map((d) => [d.id, d]));
  const ctx: FtmContext = {
    schemaOf: (id) => {
      const a = byId.get(id);
      return a && ftmSchemaOf(a.kind);
    },
    authorityName: (id) => byId.get(id)?.name,
    document: (id) => docs.get(id),
  };
  const cited = [...new Set(sub.relationships.flatMap((r) => r.evidence.map((e) => e.document)))];
  return [
    ...sub.actors.map(actorEntity),
    ...sub.relationships.map((r) => relationshipEntity(r, ctx)),
    ...cited.sort().map((id) => documentEntity(docs.get(id) ?? { id, title: id })),
  ]
    .map(ftmLine)
    .join('');
}
