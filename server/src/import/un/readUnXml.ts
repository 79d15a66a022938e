import type { ActorKind } from '@explorer/domain';
import { entityKind } from '../entityKind';
import { ImportError, ImportErrorCode, IssueCode } from '../ImportError';
import {
  emptyCounts,
  type EntryLink,
  type Issue,
  type ListEntry,
  type ParsedList,
  type ReadCounts,
  type Scalar,
} from '../model';
import { dateInPath, distinctAliases, idPart, isoDate, shorten } from '../text';
import { childText, childrenNamed, readXmlElements, values, type XmlElement } from './xmlElements';

/**
 * The UN Security Council Consolidated List (XML): INDIVIDUALS/INDIVIDUAL and
 * ENTITIES/ENTITY. See server/src/import/README.md for the mapping.
 */

export const UN_SOURCE_LIST = 'UN SC Consolidated';
export const UN_FAMILY = 'un-consolidated';
export const UN_AUTHORITY = 'un-security-council';

const ROOT = 'CONSOLIDATED_LIST';
/** A reference number as the list writes it: QDi.001, YEe.004, CDi.033. */
const REFERENCE = /\b([A-Z]{2}[ie]\.\d{3})\b/g;

export interface UnOptions {
  /** The list's date; default: the root's `dateGenerated`, else a date in the path. */
  date?: string;
  progress?: (records: number) => void;
}

export async function readUnXml(file: string, options: UnOptions = {}): Promise<ParsedList> {
  const rejected: Issue[] = [];
  const warnings: Issue[] = [];
  const counts = emptyCounts();
  const entries = new Map<string, ListEntry>();
  /** Sentences of COMMENTS1 naming other entries by reference number. */
  const mentions: { from: ListEntry; sentence: string; refs: string[] }[] = [];
  let generated: string | undefined;
  let listDate: string | undefined;

  await readXmlElements(file, {
    root: ROOT,
    onRoot: (attributes) => {
      generated = isoDate(attributes['dateGenerated']?.slice(0, 10));
      listDate = options.date ?? generated ?? dateInPath(file);
    },
    collect: (names) =>
      names.length === 3 &&
      ((names[1] === 'INDIVIDUALS' && names[2] === 'INDIVIDUAL') ||
        (names[1] === 'ENTITIES' && names[2] === 'ENTITY')),
    onElement: (element) => {
      counts.records++;
      options.progress?.(counts.records);
      if (!listDate) {
        throw new ImportError(
          ImportErrorCode.BAD_ARGUMENT,
          'cannot tell the date of the list (no dateGenerated): pass --date YYYY-MM-DD',
          { file },
        );
      }
      const entry = toEntry(element, file, listDate, counts, rejected, warnings);
      if (!entry) return;
      if (entries.has(entry.key)) {
        rejected.push({
          at: entry.at,
          reason: 'duplicate reference number',
          detail: entry.key,
          code: IssueCode.DUPLICATE_RECORD,
          field: 'REFERENCE_NUMBER',
          entry: entry.key,
        });
        return;
      }
      entries.set(entry.key, entry);
      const comments = childText(element, 'COMMENTS1');
      for (const sentence of comments?.split(/(?<=\.)\s+(?=[A-Z])/) ?? []) {
        const refs = [...sentence.matchAll(REFERENCE)].map((m) => m[1]!);
        if (refs.length > 0) mentions.push({ from: entry, sentence, refs });
      }
    },
  });
  if (!listDate) {
    throw new ImportError(ImportErrorCode.BAD_ARGUMENT, 'empty list: no date and no entries', {
      file,
    });
  }

  const list = [...entries.values()];
  for (const entry of list) {
    counts.aliases += entry.aliases.length;
    counts.designations += entry.designations.length;
  }
  counts.entries = list.length;

  // Comments naming another entry by its reference number: a stated, untyped link.
  const links = new Map<string, EntryLink>();
  for (const { from, sentence, refs } of mentions) {
    for (const ref of refs) {
      const target = entries.get(`un-${ref}`);
      if (!target || target === from) continue;
      const id = `${from.key}--associated-with--${target.key}`;
      if (links.has(id)) continue;
      links.set(id, {
        id,
        type: 'ASSOCIATED_WITH',
        source: from.key,
        target: target.key,
        label: 'named in comments',
        excerpt: shorten(sentence, 300),
        section: String(from.properties['referenceNumber'] ?? from.key),
        properties: { sourceList: UN_SOURCE_LIST, listDate },
      });
    }
  }
  counts.links = links.size;

  const date = listDate;
  return {
    format: 'un-xml',
    sourceList: UN_SOURCE_LIST,
    family: UN_FAMILY,
    document: {
      id: `${UN_FAMILY}-${date}`,
      title: `United Nations Security Council Consolidated List, ${date}`,
      publisher: 'United Nations Security Council',
      date,
      url: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    },
    entries: list,
    links: [...links.values()],
    authorities: [],
    rejected,
    warnings,
    unresolvedLinks: [],
    counts,
    entryNumberProperty: 'unReferenceNumber',
    entryNumber: (key) => key.slice('un-'.length),
  };
}

function toEntry(
  element: XmlElement,
  file: string,
  listDate: string,
  counts: ReadCounts,
  rejected: Issue[],
  warnings: Issue[],
): ListEntry | undefined {
  const at = { file, line: element.line, path: element.path };
  const person = element.name === 'INDIVIDUAL';
  const reference = childText(element, 'REFERENCE_NUMBER');
  const dataId = childText(element, 'DATAID');
  const id = reference ?? dataId;
  if (!id) {
    rejected.push({
      at,
      reason: 'no REFERENCE_NUMBER or DATAID',
      code: IssueCode.MISSING_FIELD,
      field: 'REFERENCE_NUMBER',
      entry: null,
    });
    return undefined;
  }
  const nameParts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(element, n))
    .filter((v): v is string => v !== undefined);
  const name = nameParts.join(' ');
  if (!name) {
    rejected.push({
      at,
      reason: 'no name',
      detail: id,
      code: IssueCode.MISSING_FIELD,
      field: 'FIRST_NAME',
      entry: `un-${idPart(id)}`,
    });
    return undefined;
  }
  const key = `un-${idPart(id)}`;
  // The UN lists entities without a type: classify by name and list (regime).
  const kind: ActorKind = person
    ? 'PERSON'
    : entityKind(name, [childText(element, 'UN_LIST_TYPE') ?? ''], 'ORGANIZATION');
  const properties: Record<string, Scalar> = { sourceList: UN_SOURCE_LIST, listDate };
  const put = (k: string, v: Scalar | undefined): void => {
    if (v !== undefined && v !== '') properties[k] = v;
  };
  put('referenceNumber', reference);
  put('dataId', dataId && /^\d+$/.test(dataId) ? Number(dataId) : dataId);
  const listType = childText(element, 'UN_LIST_TYPE');
  put('unListType', listType);
  put('title', values(element, 'TITLE').join('; ') || undefined);
  put('designation', shorten(values(element, 'DESIGNATION').join('; '), 300) || undefined);
  put('nationality', values(element, 'NATIONALITY').join('; ') || undefined);
  put('gender', childText(element, 'GENDER'));

  const aliasTag = person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
  const aliases: string[] = [];
  const weak: string[] = [];
  for (const alias of childrenNamed(element, aliasTag)) {
    const aliasName = childText(alias, 'ALIAS_NAME');
    if (!aliasName) continue;
    (childText(alias, 'QUALITY')?.toLowerCase() === 'low' ? weak : aliases).push(aliasName);
  }
  const original = childText(element, 'NAME_ORIGINAL_SCRIPT');
  if (original) aliases.push(original);

  const addresses = childrenNamed(element, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS');
  let n = 0;
  for (const address of addresses) {
    const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY']
      .map((p) => childText(address, p))
      .filter((v): v is string => v !== undefined);
    if (parts.length === 0) continue;
    put(`address${++n}`, parts.join(', '));
    counts.addresses++;
    if (properties['country'] === undefined) put('country', childText(address, 'COUNTRY'));
  }

  const birth = childrenNamed(element, 'INDIVIDUAL_DATE_OF_BIRTH')[0];
  if (birth) {
    const date = childText(birth, 'DATE');
    const year = childText(birth, 'YEAR');
    const from = childText(birth, 'FROM_YEAR');
    const to = childText(birth, 'TO_YEAR');
    put('dob', isoDate(date) ?? date ?? year ?? (from && to ? `${from} to ${to}` : undefined));
  }
  const place = childrenNamed(element, 'INDIVIDUAL_PLACE_OF_BIRTH')[0];
  if (place) {
    const parts = ['CITY', 'STATE_PROVINCE', 'COUNTRY']
      .map((p) => childText(place, p))
      .filter((v): v is string => v !== undefined);
    put('pob', parts.join(', ') || undefined);
  }

  const entry: ListEntry = {
    key,
    name,
    kind,
    aliases: distinctAliases(name, [...aliases, ...weak]),
    weakAliases: weak,
    properties,
    designations: [],
    at,
  };
  const listedOnRaw = childText(element, 'LISTED_ON');
  const listedOn = isoDate(listedOnRaw);
  if (listedOnRaw && !listedOn) {
    warnings.push({
      at,
      reason: 'LISTED_ON is not a date',
      detail: `${id}: ${listedOnRaw}`,
      code: IssueCode.INVALID_VALUE,
      field: 'LISTED_ON',
    });
  }
  if (!listType) {
    warnings.push({
      at,
      reason: 'no UN_LIST_TYPE: entry kept without designation',
      detail: id,
      code: IssueCode.MISSING_FIELD,
      field: 'UN_LIST_TYPE',
      // Read without its list type, its stored designation would look dropped: keep it.
      entry: key,
    });
  } else {
    entry.designations.push({
      id: `${key}--sanctions--${idPart(listType)}`,
      authority: { kind: 'curated', id: UN_AUTHORITY },
      program: listType,
      start: listedOn,
      excerpt: shorten(`${name} [${listType}]`),
      section: reference ?? `DATAID ${dataId}`,
      properties: {
        sourceList: UN_SOURCE_LIST,
        listDate,
        ...(reference ? { referenceNumber: reference } : {}),
      },
    });
  }
  return entry;
}
