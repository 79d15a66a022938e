import * as path from 'node:path';
import type { ActorKind, Money, RelationType } from '@explorer/domain';
import { ImportError, ImportErrorCode, IssueCode } from '../ImportError';
import {
  type AuthorityRef,
  type EntryLink,
  type Issue,
  type ListEntry,
  type ParsedList,
  type Scalar,
} from '../model';
import { dateInPath, distinctAliases, idPart, isoDate, numberFrom, shorten } from '../text';
import { entityKind } from '../entityKind';
import { authorityOf } from './authority';
import { readFtmRecords, type FtmRecord, type FtmRecords, type Props } from './ftmRecords';
import { topicDesignations } from './sanctionTopics';

/**
 * FollowTheMoney entities as JSON lines (`{"id", "schema", "properties":
 * {prop: [values]}}`), the format of OpenSanctions and Aleph exports. Things
 * become actors, interval schemata become relationships; see
 * server/src/import/README.md for the mapping.
 */

/** Thing schemata imported as actors, and their kind. */
export const FTM_ACTOR_SCHEMATA: Readonly<Record<string, ActorKind>> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Company: 'COMPANY',
  PublicBody: 'STATE_BODY',
  LegalEntity: 'COMPANY',
  Vessel: 'VESSEL',
};

interface LinkSchema {
  type: RelationType;
  source: string;
  target: string;
  /** Property naming the link in words. */
  label?: string;
}

/** Interval schemata imported as relationships: which property is the source, which the target. */
export const FTM_LINK_SCHEMATA: Readonly<Record<string, LinkSchema>> = {
  Ownership: { type: 'OWNS', source: 'owner', target: 'asset', label: 'ownershipType' },
  Directorship: { type: 'HOLDS_OFFICE', source: 'director', target: 'organization', label: 'role' },
  Membership: { type: 'PART_OF', source: 'member', target: 'organization', label: 'role' },
  Family: { type: 'FAMILY', source: 'person', target: 'relative', label: 'relationship' },
  Associate: {
    type: 'ASSOCIATED_WITH',
    source: 'person',
    target: 'associate',
    label: 'relationship',
  },
  UnknownLink: { type: 'ASSOCIATED_WITH', source: 'subject', target: 'object', label: 'role' },
  Payment: { type: 'FUNDS', source: 'payer', target: 'beneficiary', label: 'purpose' },
  Debt: { type: 'OWES', source: 'debtor', target: 'creditor' },
};

/** Scalar properties copied onto actors (several values joined by "; "). */
const COPIED: readonly [string, string][] = [
  ['country', 'country'],
  ['nationality', 'nationality'],
  ['citizenship', 'citizenship'],
  ['birthDate', 'dob'],
  ['birthPlace', 'pob'],
  ['gender', 'gender'],
  ['position', 'position'],
  ['jurisdiction', 'jurisdiction'],
  ['incorporationDate', 'incorporationDate'],
  ['registrationNumber', 'registrationNumber'],
  ['imoNumber', 'imoNumber'],
  ['mmsi', 'mmsi'],
  ['callSign', 'callSign'],
  ['flag', 'flag'],
  ['type', 'vesselType'],
  ['tonnage', 'tonnage'],
  ['grossRegisteredTonnage', 'grossRegisteredTonnage'],
  ['website', 'website'],
  ['topics', 'topics'],
];

export interface FtmOptions {
  /** The export's date; default: a date in the first file's path, else the latest `last_change`. */
  date?: string;
  /** Dataset name; default: the entities' first `datasets` value, else the first file's name. */
  dataset?: string;
  progress?: (records: number) => void;
}

export async function readFtm(
  files: readonly string[],
  options: FtmOptions = {},
): Promise<ParsedList> {
  if (files.length === 0) {
    throw new ImportError(ImportErrorCode.BAD_ARGUMENT, 'ftm: no file given');
  }
  const read = await readFtmRecords(files, options.progress);
  const dataset =
    options.dataset ?? read.firstDataset ?? path.basename(files[0]!).replace(/\..*$/, '');
  const listDate = options.date ?? dateInPath(files[0]!) ?? read.latestChange;
  if (!listDate) {
    throw new ImportError(
      ImportErrorCode.BAD_ARGUMENT,
      'cannot tell the date of the export (no date in the path, no last_change): pass --date YYYY-MM-DD',
      { file: files[0]! },
    );
  }
  return buildFtmList(read, { dataset, listDate });
}

/** Which list a set of FtM records is: its dataset and date, and (delta versions) its document id. */
export interface FtmListMeta {
  dataset: string;
  listDate: string;
  /** Default `<family>-<listDate>`; a delta version names its own. */
  documentId?: string;
  title?: string;
}

/** The list FtM records stand for: entries, designations and links; see the import README for the mapping. */
export function buildFtmList(read: FtmRecords, meta: FtmListMeta): ParsedList {
  const { records } = read;
  const counts = { ...read.counts };
  const rejected = [...read.rejected];
  const warnings: Issue[] = [];
  const { dataset, listDate } = meta;
  const sourceList = `FtM ${dataset}`;
  const family = `ftm-${idPart(dataset).toLowerCase()}`;
  const documentId = meta.documentId ?? `${family}-${listDate}`;

  // Actors first, so links can name them.
  const entries = new Map<string, ListEntry>();
  for (const record of records.values()) {
    const schemaKind = FTM_ACTOR_SCHEMATA[record.schema];
    if (!schemaKind) continue;
    // An Organization is a group of any sort: armed ones by name or by OpenSanctions' terror topic.
    const terror = (record.properties['topics'] ?? []).some((t) => t.startsWith('crime.terror'));
    const kind =
      schemaKind === 'ORGANIZATION'
        ? entityKind(
            record.properties['name']?.[0] ?? record.caption ?? '',
            terror ? ['FTO'] : [],
            'ORGANIZATION',
          )
        : schemaKind;
    const entry = toEntry(record, kind, sourceList, listDate, rejected);
    if (entry) entries.set(record.id, entry);
  }

  const links: EntryLink[] = [];
  const authorities = new Map<string, { key: string; name: string; kind: ActorKind }>();
  const resolve = (record: FtmRecord, prop: string): ListEntry | undefined => {
    const ref = record.properties[prop]?.[0];
    if (ref === undefined) {
      rejected.push({
        at: record.at,
        reason: `${record.schema} without ${prop}`,
        detail: record.id,
        code: IssueCode.MISSING_FIELD,
        field: `properties.${prop}`,
        entry: `ftm-${idPart(record.id)}`,
      });
      return undefined;
    }
    const entry = entries.get(ref);
    if (!entry) {
      rejected.push({
        at: record.at,
        reason: 'references an entity not imported from the file',
        detail: `${record.schema} ${record.id}: ${prop} ${ref}`,
        code: IssueCode.UNKNOWN_REFERENCE,
        field: `properties.${prop}`,
        entry: `ftm-${idPart(record.id)}`,
      });
    }
    return entry;
  };
  const dates = (record: FtmRecord, startProps: string[]): { start?: string; end?: string } => {
    const pick = (props: string[]): string | undefined => {
      for (const prop of props) {
        const raw = record.properties[prop]?.[0];
        if (raw === undefined) continue;
        const date = isoDate(raw.slice(0, 10));
        if (date) return date;
        warnings.push({
          at: record.at,
          reason: `${prop} is not a date`,
          detail: raw,
          code: IssueCode.INVALID_VALUE,
          field: `properties.${prop}`,
        });
      }
      return undefined;
    };
    return { start: pick(startProps), end: pick(['endDate']) };
  };
  const first = (record: FtmRecord, prop: string): string | undefined =>
    record.properties[prop]?.[0]?.trim() || undefined;

  for (const record of records.values()) {
    if (FTM_ACTOR_SCHEMATA[record.schema]) continue;
    if (record.schema === 'Sanction') {
      const target = resolve(record, 'entity');
      if (!target) continue;
      const authorityText = first(record, 'authority');
      if (!authorityText) {
        rejected.push({
          at: record.at,
          reason: 'Sanction without authority',
          detail: record.id,
          code: IssueCode.MISSING_FIELD,
          field: 'properties.authority',
          entry: `ftm-${idPart(record.id)}`,
        });
        continue;
      }
      const authority: AuthorityRef = authorityOf(authorityText);
      if (authority.kind === 'imported')
        authorities.set(authority.key, {
          key: authority.key,
          name: authority.name,
          kind: authority.actorKind,
        });
      const program = first(record, 'program') ?? first(record, 'programId') ?? 'unspecified';
      target.designations.push({
        id: `ftm-${idPart(record.id)}`,
        authority,
        program,
        ...dates(record, ['startDate', 'listingDate', 'date']),
        excerpt: shorten(`${authorityText}: ${target.name} [${program}]`),
        reason: first(record, 'reason'),
        section: `Sanction ${record.id}`,
        properties: { sourceList, listDate, ftmId: record.id, authority: authorityText },
      });
      continue;
    }
    const schema = FTM_LINK_SCHEMATA[record.schema];
    if (!schema) {
      rejected.push({
        at: record.at,
        reason: `schema ${record.schema} not modelled`,
        detail: record.id,
        code: IssueCode.NOT_MODELLED,
        field: 'schema',
        entry: `ftm-${idPart(record.id)}`,
      });
      continue;
    }
    const source = resolve(record, schema.source);
    const target = source && resolve(record, schema.target);
    if (!source || !target) continue;
    const label = schema.label ? first(record, schema.label) : undefined;
    const described = first(record, 'summary') ?? first(record, 'description');
    const percent = numberFrom(first(record, 'percentage'));
    const link: EntryLink = {
      id: `ftm-${idPart(record.id)}`,
      type: schema.type,
      source: source.key,
      target: target.key,
      ...dates(record, ['startDate', 'date']),
      excerpt: shorten(
        described ??
          `${record.schema}: ${source.name} → ${target.name}${label ? ` (${label})` : ''}`,
      ),
      section: `${record.schema} ${record.id}`,
      properties: { sourceList, listDate, ftmId: record.id },
    };
    if (label) link.label = shorten(label, 100);
    if (percent !== undefined) link.percent = percent;
    const amount = money(record.properties);
    if (amount) link.amount = amount;
    links.push(link);
  }

  // Entities that OpenSanctions marks as listed (topic "sanction") without a Sanction entity.
  for (const [id, entry] of entries) {
    const record = records.get(id)!;
    for (const d of topicDesignations(record, entry, { dataset, sourceList, listDate })) {
      if (d.authority.kind === 'imported')
        authorities.set(d.authority.key, {
          key: d.authority.key,
          name: d.authority.name,
          kind: d.authority.actorKind,
        });
      entry.designations.push(d);
    }
  }

  const list = [...entries.values()];
  for (const entry of list) {
    counts.aliases += entry.aliases.length;
    counts.designations += entry.designations.length;
    for (const k of Object.keys(entry.properties)) if (/^address\d+$/.test(k)) counts.addresses++;
  }
  counts.entries = list.length;
  counts.links = links.length;

  return {
    format: 'ftm',
    sourceList,
    family,
    document: {
      id: documentId,
      title: meta.title ?? `FollowTheMoney export "${dataset}", ${listDate}`,
      publisher: dataset,
      date: listDate,
    },
    entries: list,
    links,
    authorities: [...authorities.values()],
    rejected,
    warnings,
    unresolvedLinks: [],
    counts,
    entryNumberProperty: 'ftmId',
    entryNumber: (key) => key.slice('ftm-'.length),
  };
}

function toEntry(
  record: FtmRecord,
  kind: ActorKind,
  sourceList: string,
  listDate: string,
  rejected: Issue[],
): ListEntry | undefined {
  // OpenSanctions' entities may carry their name only as `caption`.
  const names = record.properties['name'] ?? (record.caption ? [record.caption] : []);
  const name = names[0]?.replace(/\s+/g, ' ').trim();
  if (!name) {
    rejected.push({
      at: record.at,
      reason: `${record.schema} without name`,
      detail: record.id,
      code: IssueCode.MISSING_FIELD,
      field: 'properties.name',
      entry: `ftm-${idPart(record.id)}`,
    });
    return undefined;
  }
  const properties: Record<string, Scalar> = {
    sourceList,
    listDate,
    ftmId: record.id,
    ftmSchema: record.schema,
  };
  if (record.datasets?.length) properties['ftmDatasets'] = record.datasets.join('; ');
  if (record.referents?.length) properties['ftmReferents'] = record.referents.join('; ');
  for (const [prop, key] of COPIED) {
    if (prop === 'type' && kind !== 'VESSEL') continue;
    const vals = record.properties[prop];
    if (!vals?.length) continue;
    const joined = vals.join('; ');
    const num = vals.length === 1 && /tonnage/i.test(prop) ? numberFrom(joined) : undefined;
    properties[key] =
      key === 'dob' ? (isoDate(vals[0]!.slice(0, 10)) ?? vals[0]!) : (num ?? joined);
  }
  (record.properties['address'] ?? []).forEach((address, i) => {
    properties[`address${i + 1}`] = address;
  });
  const weak = record.properties['weakAlias'] ?? [];
  return {
    key: `ftm-${idPart(record.id)}`,
    name,
    kind,
    aliases: distinctAliases(name, [
      ...names.slice(1),
      ...(record.properties['alias'] ?? []),
      ...(record.properties['previousName'] ?? []),
      ...weak,
    ]),
    weakAliases: weak,
    properties,
    designations: [],
    at: record.at,
  };
}

/**
 * Amount of a Payment or Debt: `amount` in `currency`, else `amountUsd` in
 * USD, else `amountEur` in EUR (FtM's Value properties); the USD value where
 * the source gives it.
 */
function money(props: Props): Money | undefined {
  const amount = numberFrom(props['amount']?.[0]);
  const usd = numberFrom(props['amountUsd']?.[0]);
  const eur = numberFrom(props['amountEur']?.[0]);
  const currency = props['currency']?.[0]?.trim().toUpperCase();
  if (amount !== undefined && currency) {
    const out: Money = { value: amount, currency, approximate: false };
    const inUsd = usd ?? (currency === 'USD' ? amount : undefined);
    if (inUsd !== undefined) out.usd = inUsd;
    return out;
  }
  if (usd !== undefined) return { value: usd, currency: 'USD', approximate: false, usd };
  if (eur !== undefined) return { value: eur, currency: 'EUR', approximate: false };
  return undefined;
}
