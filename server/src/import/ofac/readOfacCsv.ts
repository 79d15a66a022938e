import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActorKind } from '@explorer/domain';
import { entityKind } from '../entityKind';
import { ImportError, ImportErrorCode, IssueCode } from '../ImportError';
import { resolveByName } from '../linkNames';
import {
  emptyCounts,
  type EntryLink,
  type Issue,
  type ListEntry,
  type ParsedList,
  type Scalar,
} from '../model';
import { dateInPath, distinctAliases, idPart, numberFrom, shorten } from '../text';
import { ofacValue, readCsvRows, type CsvRow } from './csvRows';
import { parseRemarks } from './remarks';

/**
 * OFAC's legacy SDN CSV set: `sdn.csv` (one entry a row), with `alt.csv`
 * (aliases) and `add.csv` (addresses) read from beside it when present.
 * See server/src/import/README.md for the mapping.
 */

export const OFAC_SOURCE_LIST = 'OFAC SDN';
export const OFAC_FAMILY = 'ofac-sdn';
export const OFAC_AUTHORITY = 'us-treasury';

const SDN_COLUMNS = 12;

export interface OfacOptions {
  /** The list's date; default: the last YYYY-MM-DD in the path. */
  date?: string;
  /** Called with the number of records read so far. */
  progress?: (records: number) => void;
}

/** `sdn.csv` itself, or the folder holding it. */
export function sdnPath(input: string): string {
  return fs.statSync(input).isDirectory() ? path.join(input, 'sdn.csv') : input;
}

export async function readOfacCsv(input: string, options: OfacOptions = {}): Promise<ParsedList> {
  const sdn = sdnPath(input);
  const listDate = options.date ?? dateInPath(sdn);
  if (!listDate) {
    throw new ImportError(
      ImportErrorCode.BAD_ARGUMENT,
      'cannot tell the date of the list from its path: pass --date YYYY-MM-DD',
      { file: sdn },
    );
  }
  const documentId = `${OFAC_FAMILY}-${listDate}`;
  const rejected: Issue[] = [];
  const warnings: Issue[] = [];
  const counts = emptyCounts();
  const entries = new Map<string, ListEntry>();
  /** Entry numbers rejected, with the reason (alt/add rows of these are skipped too). */
  const rejectedEntries = new Map<string, string>();
  const pendingLinks: { from: ListEntry; name: string; line: number }[] = [];
  let checked = false;
  let records = 0;

  const onSdnRow = ({ fields, line }: CsvRow): void => {
    const at = { file: sdn, line };
    if (!checked) {
      checked = true;
      // Fail fast, before anything is read further, when this is not an SDN file.
      if (fields.length !== SDN_COLUMNS || !/^\d+$/.test(fields[0]!.trim())) {
        throw new ImportError(
          ImportErrorCode.WRONG_FORMAT,
          `not an OFAC SDN CSV: expected ${SDN_COLUMNS} columns starting with an entry number, ` +
            `got ${fields.length} column(s) starting "${shorten(fields[0] ?? '', 40)}"`,
          at,
        );
      }
    }
    options.progress?.(++records);
    if (fields.length !== SDN_COLUMNS) {
      rejected.push({
        at,
        reason: `expected ${SDN_COLUMNS} columns`,
        detail: `${fields.length}`,
        code: IssueCode.WRONG_COLUMN_COUNT,
        entry: entryOf(fields[0]) ?? null,
      });
      return;
    }
    const [ent, name, type, programs, title, callSign, vesselType, tonnage, grt, flag, owner] =
      fields.map(ofacValue);
    const remarksText = ofacValue(fields[11]);
    if (!ent || !/^\d+$/.test(ent)) {
      rejected.push({
        at,
        reason: 'entry number is not a number',
        detail: ent,
        code: IssueCode.INVALID_VALUE,
        field: 'ent_num',
        entry: null,
      });
      return;
    }
    if (!name) {
      rejected.push({
        at,
        reason: 'no name',
        detail: `entry ${ent}`,
        code: IssueCode.MISSING_FIELD,
        field: 'SDN_Name',
        entry: `ofac-${ent}`,
      });
      rejectedEntries.set(ent, 'no name');
      return;
    }
    const kind = kindOf(type);
    if (kind === 'aircraft') {
      rejected.push({
        at,
        reason: 'aircraft not modelled',
        detail: `entry ${ent} ${name}`,
        code: IssueCode.NOT_MODELLED,
        field: 'SDN_Type',
        entry: `ofac-${ent}`,
      });
      rejectedEntries.set(ent, 'aircraft not modelled');
      return;
    }
    if (kind === undefined) {
      rejected.push({
        at,
        reason: 'unknown entry type',
        detail: `entry ${ent} type "${type}"`,
        code: IssueCode.INVALID_VALUE,
        field: 'SDN_Type',
        entry: `ofac-${ent}`,
      });
      rejectedEntries.set(ent, 'unknown entry type');
      return;
    }
    const key = `ofac-${ent}`;
    if (entries.has(key)) {
      rejected.push({
        at,
        reason: 'duplicate entry number',
        detail: `entry ${ent}`,
        code: IssueCode.DUPLICATE_RECORD,
        field: 'ent_num',
        entry: key,
      });
      return;
    }
    const remarks = parseRemarks(remarksText);
    const properties: Record<string, Scalar> = {
      sourceList: OFAC_SOURCE_LIST,
      listDate,
      entryNumber: Number(ent),
      ...remarks.properties,
    };
    const put = (key: string, value: Scalar | undefined): void => {
      if (value !== undefined) properties[key] = value;
    };
    put('title', title);
    if (kind === 'VESSEL') {
      put('callSign', callSign);
      put('vesselType', vesselType);
      put('tonnage', numberFrom(tonnage) ?? tonnage);
      put('grossRegisteredTonnage', numberFrom(grt) ?? grt);
      put('flag', flag);
      put('vesselOwner', owner);
    }
    const codes = [...new Set(splitPrograms(programs))];
    const entry: ListEntry = {
      key,
      name,
      // OFAC types organisations of every sort as "entity": classify by name and program.
      kind: type === undefined && kind === 'COMPANY' ? entityKind(name, codes, 'COMPANY') : kind,
      aliases: remarks.aliases,
      properties,
      designations: [],
      at,
    };
    if (codes.length === 0) {
      warnings.push({
        at,
        reason: 'no program',
        detail: `entry ${ent}`,
        code: IssueCode.MISSING_FIELD,
        field: 'Program',
        // Read without a program, its stored designations would look dropped: keep them.
        entry: key,
      });
    }
    for (const program of codes) {
      entry.designations.push({
        id: `${key}--sanctions--${idPart(program)}`,
        authority: { kind: 'curated', id: OFAC_AUTHORITY },
        program,
        excerpt: shorten(`${name} [${program}]`),
        section: `entry ${ent}`,
        properties: { sourceList: OFAC_SOURCE_LIST, listDate, entryNumber: Number(ent) },
      });
    }
    for (const linked of remarks.linkedTo) pendingLinks.push({ from: entry, name: linked, line });
    if (remarks.truncatedLink !== undefined) {
      warnings.push({
        at,
        reason: 'Linked To cut off by the 1,000-character remarks limit',
        detail: `entry ${ent}: "${remarks.truncatedLink}"`,
        code: IssueCode.INCOMPLETE_SOURCE,
        field: 'Remarks',
      });
    }
    entries.set(key, entry);
  };

  // An unreadable row stands for the entry its first field names, when it names one.
  counts.records = await readCsvRows(sdn, onSdnRow, (issue, head) =>
    rejected.push({ ...issue, entry: entryOf(leadingField(head)) ?? null }),
  );
  if (!checked) {
    throw new ImportError(ImportErrorCode.WRONG_FORMAT, 'not an OFAC SDN CSV: no records', {
      file: sdn,
    });
  }

  /** The entry an alt/add row belongs to, or undefined after recording why it is skipped. */
  const owner = (file: string, row: CsvRow, columns: number): ListEntry | undefined => {
    const at = { file, line: row.line };
    options.progress?.(++records);
    if (row.fields.length !== columns) {
      rejected.push({
        at,
        reason: `expected ${columns} columns`,
        detail: `${row.fields.length}`,
        code: IssueCode.WRONG_COLUMN_COUNT,
        entry: entryOf(row.fields[0]),
      });
      return undefined;
    }
    const ent = ofacValue(row.fields[0]) ?? '';
    const entry = entries.get(`ofac-${ent}`);
    if (entry) return entry;
    const why = rejectedEntries.get(ent);
    rejected.push({
      at,
      ...(why
        ? { reason: 'belongs to a rejected entry', detail: `entry ${ent}: ${why}` }
        : { reason: 'entry number not in sdn.csv', detail: ent }),
      code: IssueCode.UNKNOWN_REFERENCE,
      field: 'ent_num',
    });
    return undefined;
  };

  const altFile = path.join(path.dirname(sdn), 'alt.csv');
  if (fs.existsSync(altFile)) {
    await readCsvRows(
      altFile,
      (row) => {
        const entry = owner(altFile, row, 5);
        const alias = entry && ofacValue(row.fields[3]);
        if (entry && alias) entry.aliases.push(alias);
      },
      (issue, head) => rejected.push({ ...issue, entry: entryOf(leadingField(head)) }),
    );
  } else {
    warnings.push({
      at: { file: altFile },
      reason: 'alt.csv not found: no aliases',
      code: IssueCode.INCOMPLETE_SOURCE,
    });
  }

  const addFile = path.join(path.dirname(sdn), 'add.csv');
  if (fs.existsSync(addFile)) {
    await readCsvRows(
      addFile,
      (row) => {
        const entry = owner(addFile, row, 6);
        if (!entry) return;
        const [, , street, city, country] = row.fields.map(ofacValue);
        const line = [street, city, country].filter((v) => v !== undefined).join(', ');
        if (!line) return;
        counts.addresses++;
        let n = 1;
        while (entry.properties[`address${n}`] !== undefined) n++;
        entry.properties[`address${n}`] = line;
        if (country && entry.properties['country'] === undefined) {
          entry.properties['country'] = country;
        }
      },
      (issue, head) => rejected.push({ ...issue, entry: entryOf(leadingField(head)) }),
    );
  } else {
    warnings.push({
      at: { file: addFile },
      reason: 'add.csv not found: no addresses',
      code: IssueCode.INCOMPLETE_SOURCE,
    });
  }

  const list = [...entries.values()];
  for (const entry of list) {
    entry.aliases = distinctAliases(entry.name, entry.aliases);
    counts.aliases += entry.aliases.length;
    counts.designations += entry.designations.length;
  }
  counts.entries = list.length;

  const { links, unresolved } = resolveByName(
    list,
    pendingLinks.map(({ from, name, line }) => ({
      from: from.key,
      name,
      at: { file: sdn, line },
      make: (target: ListEntry): EntryLink => ({
        id: `${from.key}--associated-with--${target.key}`,
        type: 'ASSOCIATED_WITH',
        source: from.key,
        target: target.key,
        label: 'Linked To',
        excerpt: shorten(`Linked To: ${name}.`),
        section: `entry ${from.properties['entryNumber']}`,
        properties: { sourceList: OFAC_SOURCE_LIST, listDate },
      }),
    })),
  );
  counts.links = links.length;

  return {
    format: 'ofac-csv',
    sourceList: OFAC_SOURCE_LIST,
    family: OFAC_FAMILY,
    document: {
      id: documentId,
      title: `OFAC Specially Designated Nationals (SDN) List, ${listDate}`,
      publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
      date: listDate,
      url: 'https://sanctionslist.ofac.treas.gov/',
    },
    entries: list,
    links,
    authorities: [],
    rejected,
    warnings,
    unresolvedLinks: unresolved,
    counts,
    entryNumberProperty: 'ofacEntryNumber',
    entryNumber: (key) => Number(key.slice('ofac-'.length)),
  };
}

/**
 * The entry key an OFAC row's first field names (`ofac-<ent_num>`), when it
 * is an entry number: an alias or address row that cannot be read then
 * keeps its entry as it was rather than dropping part of it.
 */
function entryOf(field: string | undefined): string | undefined {
  const ent = ofacValue(field);
  return ent && /^\d+$/.test(ent) ? `ofac-${ent}` : undefined;
}

/** The first field of a record that could not be parsed: up to the first comma, quotes dropped. */
function leadingField(head: string): string {
  return /^\s*"?([^",]*)/.exec(head)?.[1] ?? '';
}

function kindOf(type: string | undefined): ActorKind | 'aircraft' | undefined {
  switch (type?.toLowerCase()) {
    case undefined:
      return 'COMPANY';
    case 'individual':
      return 'PERSON';
    case 'vessel':
      return 'VESSEL';
    case 'aircraft':
      return 'aircraft';
    default:
      return undefined;
  }
}

/** `SDGT] [IFSR` -> ["SDGT", "IFSR"]. */
function splitPrograms(programs: string | undefined): string[] {
  if (!programs) return [];
  return programs
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter((p) => p !== '');
}
