import { ImportError, ImportErrorCode, IssueCode } from '../ImportError';
import { MAX_LINE_CHARS, readLines } from '../lines';
import { emptyCounts, type Issue, type Location, type ReadCounts } from '../model';
import { idPart, isoDate } from '../text';

/**
 * Reading FollowTheMoney JSON lines into records: one per entity id (FtM
 * fragments of one entity add up), with what could not be read as issues.
 * A file of OpenSanctions delta lines (`{"op", "entity"}`) is refused here:
 * it holds changes, not a list (see ftmDeltas.ts for reading its versions).
 */

export type Props = Record<string, string[]>;

export interface FtmRecord {
  id: string;
  schema: string;
  properties: Props;
  at: Location;
  /** The OpenSanctions datasets the entity is in (e.g. eu_fsf). */
  datasets?: string[];
  /** Other ids of the same entity, in the sources OpenSanctions merged. */
  referents?: string[];
  /** The entity's display name (OpenSanctions' `caption`), for entities without a `name`. */
  caption?: string;
}

/** What reading gave: the records, what was refused, and what the files say of their dataset and date. */
export interface FtmRecords {
  records: Map<string, FtmRecord>;
  rejected: Issue[];
  counts: ReadCounts;
  firstDataset?: string;
  latestChange?: string;
}

/** One parsed entity. */
export interface ParsedEntity {
  id: string;
  schema: string;
  properties: Props;
  datasets?: string[];
  referents?: string[];
  caption?: string;
  lastChange?: string;
}

/** Reads FtM JSON lines files; throws ImportError when the first line is not an FtM entity. */
export async function readFtmRecords(
  files: readonly string[],
  progress?: (records: number) => void,
): Promise<FtmRecords> {
  const rejected: Issue[] = [];
  const counts = emptyCounts();
  const records = new Map<string, FtmRecord>();
  let firstDataset: string | undefined;
  let latestChange: string | undefined;
  let checked = false;
  for (const file of files) {
    for await (const { number: line, text, head, length } of readLines(file)) {
      if (text !== undefined && text.trim() === '') continue;
      const at = { file, line };
      const parsed =
        text === undefined
          ? `line of ${length} characters, at most ${MAX_LINE_CHARS}`
          : parseLine(text);
      // An over-long line says nothing of the format: the first line read decides.
      if (!checked && text !== undefined) {
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
      progress?.(counts.records);
      if (typeof parsed === 'string') {
        // The entity (or sanction) it stands for, when its id can still be read: kept as it was.
        const id = /"id"\s*:\s*"([^"\\]{1,500})"/.exec(text ?? head)?.[1];
        rejected.push({
          at,
          reason: parsed,
          code: text === undefined ? IssueCode.RECORD_TOO_LONG : IssueCode.UNREADABLE_RECORD,
          entry: id ? `ftm-${idPart(id)}` : null,
        });
        continue;
      }
      firstDataset ??= parsed.datasets?.[0];
      const change = isoDate(parsed.lastChange?.slice(0, 10));
      if (change && (!latestChange || change > latestChange)) latestChange = change;
      addRecord(records, parsed, at, rejected);
    }
  }
  if (!checked) {
    throw new ImportError(ImportErrorCode.WRONG_FORMAT, 'not FollowTheMoney JSON lines: empty', {
      file: files[0]!,
    });
  }

  return { records, rejected, counts, firstDataset, latestChange };
}

/** Adds an entity to the records: a new id, or one more fragment of a known entity. */
export function addRecord(
  records: Map<string, FtmRecord>,
  parsed: ParsedEntity,
  at: Location,
  rejected: Issue[],
): void {
  const existing = records.get(parsed.id);
  if (!existing) {
    records.set(parsed.id, { ...parsed, at });
  } else if (existing.schema !== parsed.schema) {
    rejected.push({
      at,
      reason: 'id reused with another schema',
      detail: `${parsed.id}: ${existing.schema} then ${parsed.schema}`,
      code: IssueCode.DUPLICATE_RECORD,
      field: 'schema',
      entry: `ftm-${idPart(parsed.id)}`,
    });
  } else {
    // FtM fragments of one entity: their values add up.
    for (const [prop, vals] of Object.entries(parsed.properties)) {
      existing.properties[prop] = [...new Set([...(existing.properties[prop] ?? []), ...vals])];
    }
    existing.datasets = [...new Set([...(existing.datasets ?? []), ...(parsed.datasets ?? [])])];
  }
}

/** The parsed line, or why it is not an FtM entity. */
export function parseLine(text: string): ParsedEntity | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (typeof value === 'object' && value !== null && 'op' in value && 'entity' in value) {
    return 'an OpenSanctions delta line ({"op", "entity"}): import the delta folder (with delta.json), whose versions apply in order';
  }
  return parseEntity(value);
}

/** An entity as JSON, or why it is not one. */
export function parseEntity(value: unknown): ParsedEntity | string {
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
  const referents = Array.isArray(v['referents'])
    ? (v['referents'] as unknown[]).filter((d): d is string => typeof d === 'string')
    : undefined;
  const lastChange = typeof v['last_change'] === 'string' ? v['last_change'] : undefined;
  const caption = typeof v['caption'] === 'string' ? v['caption'] : undefined;
  return { id: v['id'], schema: v['schema'], properties, datasets, referents, caption, lastChange };
}
