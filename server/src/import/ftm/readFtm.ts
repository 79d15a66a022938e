import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { ActorKind, Money, RelationType } from '@explorer/domain';
import { ImportError, ImportErrorCode } from '../ImportError';
import {
  emptyCounts,
  type AuthorityRef,
  type EntryLink,
  type Issue,
  type ListEntry,
  type Location,
  type ParsedList,
  type Scalar,
} from '../model';
import { dateInPath, distinctAliases, idPart, isoDate, numberFrom, shorten } from '../text';
import { authorityOf } from './authority';

/**
 * FollowTheMoney entities as JSON lines (`{"id", "schema", "properties":
 * {prop: [values]}}`), the format of OpenSanctions and Aleph exports. Things
 * become actors, interval schemata become relationships; see
 * server/src/import/README.md for the mapping.
 */

/** Thing schemata imported as actors, and their kind. */
export const FTM_ACTOR_SCHEMATA: Readonly<Record<string, ActorKind>> = {
  Person: 'PERSON',
  Organization: 'COMPANY',
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

type Props = Record<string, string[]>;

interface FtmRecord {
  id: string;
  schema: string;
  properties: Props;
  at: Location;
}

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
  const rejected: Issue[] = [];
  const warnings: Issue[] = [];
  const counts = emptyCounts();
  const records = new Map<string, FtmRecord>();
  let firstDataset: string | undefined;
  let latestChange: string | undefined;
  let checked = false;

  for (const file of files) {
    const input = fs.createReadStream(file, { encoding: 'utf8' });
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    let line = 0;
    try {
      for await (const text of lines) {
        line++;
        if (text.trim() === '') continue;
        const at = { file, line };
        const parsed = parseLine(text);
        if (!checked) {
          checked = true;
          // Fail fast, before reading on, when the first line is no FtM entity.
          if (typeof parsed === 'string') {
            throw new ImportError(
              ImportErrorCode.WRONG_FORMAT,
              `not FollowTheMoney JSON lines: ${parsed}`,
              at,
            );
          }
        }
        counts.records++;
        options.progress?.(counts.records);
        if (typeof parsed === 'string') {
          rejected.push({ at, reason: parsed });
          continue;
        }
        firstDataset ??= parsed.datasets?.[0];
        const change = isoDate(parsed.lastChange?.slice(0, 10));
        if (change && (!latestChange || change > latestChange)) latestChange = change;
        const existing = records.get(parsed.id);
        if (!existing) records.set(parsed.id, { ...parsed, at });
        else if (existing.schema !== parsed.schema) {
          rejected.push({
            at,
            reason: 'id reused with another schema',
            detail: `${parsed.id}: ${existing.schema} then ${parsed.schema}`,
          });
        } else {
          // FtM fragments of one entity: their values add up.
          for (const [prop, vals] of Object.entries(parsed.properties)) {
            existing.properties[prop] = [
              ...new Set([...(existing.properties[prop] ?? []), ...vals]),
            ];
          }
        }
      }
    } finally {
      lines.close();
      input.destroy();
    }
  }
  if (!checked) {
    throw new ImportError(ImportErrorCode.WRONG_FORMAT, 'not FollowTheMoney JSON lines: empty', {
      file: files[0]!,
    });
  }

  const dataset = options.dataset ?? firstDataset ?? path.basename(files[0]!).replace(/\..*$/, '');
  const listDate = options.date ?? dateInPath(files[0]!) ?? latestChange;
  if (!listDate) {
    throw new ImportError(
      ImportErrorCode.BAD_ARGUMENT,
      'cannot tell the date of the export (no date in the path, no last_change): pass --date YYYY-MM-DD',
      { file: files[0]! },
    );
  }
  const sourceList = `FtM ${dataset}`;
  const family = `ftm-${idPart(dataset).toLowerCase()}`;
  const documentId = `${family}-${listDate}`;

  // Actors first, so links can name them.
  const entries = new Map<string, ListEntry>();
  for (const record of records.values()) {
    const kind = FTM_ACTOR_SCHEMATA[record.schema];
    if (!kind) continue;
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
      });
      return undefined;
    }
    const entry = entries.get(ref);
    if (!entry) {
      rejected.push({
        at: record.at,
        reason: 'references an entity not imported from the file',
        detail: `${record.schema} ${record.id}: ${prop} ${ref}`,
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
        warnings.push({ at: record.at, reason: `${prop} is not a date`, detail: raw });
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
        rejected.push({ at: record.at, reason: 'Sanction without authority', detail: record.id });
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
      title: `FollowTheMoney export "${dataset}", ${listDate}`,
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

/** The parsed line, or why it is not an FtM entity. */
function parseLine(
  text: string,
):
  | { id: string; schema: string; properties: Props; datasets?: string[]; lastChange?: string }
  | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v['id'] !== 'string' || v['id'] === '') return 'no "id"';
  if (typeof v['schema'] !== 'string') return 'no "schema"';
  const raw = v['properties'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return 'no "properties" object';
  const properties: Props = {};
  for (const [prop, vals] of Object.entries(raw as Record<string, unknown>)) {
    const list = Array.isArray(vals) ? vals : [vals];
    const strings = list
      .map((x) =>
        typeof x === 'string'
          ? x
          : typeof x === 'number'
            ? String(x)
            : // A nested entity (FtM "nested" exports): keep its id as the reference.
              typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string'
              ? (x as { id: string }).id
              : undefined,
      )
      .filter((x): x is string => x !== undefined && x.trim() !== '');
    if (strings.length > 0) properties[prop] = strings;
  }
  const datasets = Array.isArray(v['datasets'])
    ? (v['datasets'] as unknown[]).filter((d): d is string => typeof d === 'string')
    : undefined;
  const lastChange = typeof v['last_change'] === 'string' ? v['last_change'] : undefined;
  return { id: v['id'], schema: v['schema'], properties, datasets, lastChange };
}

function toEntry(
  record: FtmRecord,
  kind: ActorKind,
  sourceList: string,
  listDate: string,
  rejected: Issue[],
): ListEntry | undefined {
  const names = record.properties['name'] ?? [];
  const name = names[0]?.replace(/\s+/g, ' ').trim();
  if (!name) {
    rejected.push({ at: record.at, reason: `${record.schema} without name`, detail: record.id });
    return undefined;
  }
  const properties: Record<string, Scalar> = {
    sourceList,
    listDate,
    ftmId: record.id,
    ftmSchema: record.schema,
  };
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

/** Amount of a Payment or Debt: `amount` in `currency`, else `amountUsd` in USD. */
function money(props: Props): Money | undefined {
  const amount = numberFrom(props['amount']?.[0]);
  const usd = numberFrom(props['amountUsd']?.[0]);
  const currency = props['currency']?.[0]?.trim().toUpperCase();
  if (amount !== undefined && currency) {
    const out: Money = { value: amount, currency, approximate: false };
    const inUsd = usd ?? (currency === 'USD' ? amount : undefined);
    if (inUsd !== undefined) out.usd = inUsd;
    return out;
  }
  if (usd !== undefined) return { value: usd, currency: 'USD', approximate: false, usd };
  return undefined;
}
