import fs from 'node:fs';
import {
  RELATION_TYPES,
  type Actor,
  type ActorKind,
  type Designation,
  type Money,
  type Relationship,
  type RelationType,
} from '@explorer/domain';

/**
 * The bench's own FollowTheMoney reader: FtM JSON lines -> Actor[] and
 * Relationship[] for `upsertActors` / `upsertRelationships`. A stand-in for
 * the importer (server/src/import), kept tiny: no matching against curated
 * actors, no delisting, one short evidence per relationship.
 *
 * Mapping (the conventions of bench/src/generate.ts and server/src/export/ftm.ts):
 * Person, Company, Vessel -> PERSON, COMPANY, VESSEL; PublicBody -> STATE_BODY
 * (topics "mil": MILITARY_UNIT, "gov.national": COUNTRY); Organization ->
 * ARMED_GROUP ("gov.igo": INTERNATIONAL_BODY, "program": PROGRAM).
 * Ownership OWNS, Directorship HOLDS_OFFICE, Membership PART_OF, Family
 * FAMILY, Associate ASSOCIATED_WITH, Payment FUNDS, Debt OWES, UnknownLink
 * the type in `role` (or ASSOCIATED_WITH). A Sanction is a designation
 * record on its entity (authority, program, listed/delisted on), as the
 * importer stores it: never a link from the authority.
 */

export interface FtmGraph {
  actors: Actor[];
  relationships: Relationship[];
  designations: Designation[];
  /** Lines that were no actor or relationship we map, or referenced an unknown actor. */
  skipped: number;
}

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[] | undefined>;
}

export const BENCH_DOCUMENT = 'bench-ftm';

const ACTOR_SCHEMAS = new Set(['Person', 'Company', 'Vessel', 'PublicBody', 'Organization']);
const TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

/** [type, source property, target property] per relationship schema. */
const LINK_SCHEMAS: Record<string, [RelationType | null, string, string]> = {
  Ownership: ['OWNS', 'owner', 'asset'],
  Directorship: ['HOLDS_OFFICE', 'director', 'organization'],
  Membership: ['PART_OF', 'member', 'organization'],
  Family: ['FAMILY', 'person', 'relative'],
  Associate: ['ASSOCIATED_WITH', 'person', 'associate'],
  Payment: ['FUNDS', 'payer', 'beneficiary'],
  Debt: ['OWES', 'debtor', 'creditor'],
  Sanction: ['SANCTIONS', 'authority', 'entity'],
  UnknownLink: [null, 'subject', 'object'],
};

export function actorKind(schema: string, topics: readonly string[] = []): ActorKind {
  switch (schema) {
    case 'Person':
      return 'PERSON';
    case 'Vessel':
      return 'VESSEL';
    case 'PublicBody':
      if (topics.includes('mil')) return 'MILITARY_UNIT';
      if (topics.includes('gov.national')) return 'COUNTRY';
      return 'STATE_BODY';
    case 'Organization':
      if (topics.includes('gov.igo')) return 'INTERNATIONAL_BODY';
      if (topics.includes('program')) return 'PROGRAM';
      return 'ARMED_GROUP';
    default:
      return 'COMPANY';
  }
}

/** Maps one parsed line; `ids` gives the canonical id string of every actor seen so far. */
export function mapEntity(
  e: Entity,
  ids: Map<string, string>,
): Actor | Relationship | Designation | undefined {
  const p = e.properties;
  if (ACTOR_SCHEMAS.has(e.schema)) {
    const names = p.name ?? [];
    if (names.length === 0) return undefined;
    const actor: Actor = {
      id: e.id,
      name: names[0]!,
      aliases: [...names.slice(1), ...(p.alias ?? [])],
      kind: actorKind(e.schema, p.topics),
      origin: 'imported',
    };
    const properties: Record<string, string> = {};
    if (p.imoNumber?.[0]) properties.imoNumber = p.imoNumber[0];
    if (p.nationality?.[0]) properties.nationality = p.nationality[0];
    if (Object.keys(properties).length > 0) actor.properties = properties;
    return actor;
  }
  const link = LINK_SCHEMAS[e.schema];
  if (!link) return undefined;
  const [fixed, from, to] = link;
  const source = ids.get(p[from]?.[0] ?? '');
  const target = ids.get(p[to]?.[0] ?? '');
  if (source === undefined || target === undefined) return undefined;
  const role = p.role?.[0];
  const type: RelationType =
    fixed ??
    (role !== undefined && TYPE_SET.has(role) ? (role as RelationType) : 'ASSOCIATED_WITH');
  if (type === 'SANCTIONS') {
    const designation: Designation = {
      id: e.id,
      actor: target,
      authority: source,
      programs: p.program?.[0] ? [p.program[0]] : [],
      evidence: [{ excerpt: `${e.schema} ${e.id}`, document: BENCH_DOCUMENT }],
      origin: 'imported',
    };
    if (p.startDate?.[0]) designation.listedOn = p.startDate[0];
    if (p.endDate?.[0]) designation.delistedOn = p.endDate[0];
    return designation;
  }
  const rel: Relationship = {
    id: e.id,
    type,
    source,
    target,
    evidence: [{ excerpt: `${e.schema} ${e.id}`, document: BENCH_DOCUMENT }],
    origin: 'imported',
  };
  if (p.startDate?.[0]) rel.start = p.startDate[0];
  if (p.endDate?.[0]) rel.end = p.endDate[0];
  if (p.amount?.[0]) {
    const currency = p.currency?.[0] ?? 'USD';
    const money: Money = { value: Number(p.amount[0]), currency, approximate: false };
    if (p.amountUsd?.[0]) money.usd = Number(p.amountUsd[0]);
    else if (currency === 'USD') money.usd = money.value;
    rel.amount = money;
  }
  if (p.percentage?.[0]) rel.percent = Number(p.percentage[0]);
  const label = p.relationship?.[0] ?? (fixed === 'HOLDS_OFFICE' ? role : undefined);
  if (label) rel.label = label;
  return rel;
}

/**
 * Reads a whole FtM JSON lines file. Actors come first in generated files;
 * a relationship whose endpoints were not seen before it is skipped.
 */
export function readFtm(file: string): FtmGraph {
  const buf = fs.readFileSync(file);
  const ids = new Map<string, string>();
  const actors: Actor[] = [];
  const relationships: Relationship[] = [];
  const designations: Designation[] = [];
  let skipped = 0;
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    if (end > start) {
      const mapped = mapEntity(JSON.parse(buf.toString('utf8', start, end)) as Entity, ids);
      if (mapped === undefined) skipped++;
      else if ('kind' in mapped) {
        ids.set(mapped.id, mapped.id);
        actors.push(mapped);
      } else if ('authority' in mapped) designations.push(mapped);
      else relationships.push(mapped);
    }
    start = end + 1;
  }
  return { actors, relationships, designations, skipped };
}
