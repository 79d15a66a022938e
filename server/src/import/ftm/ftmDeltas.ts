import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportError, ImportErrorCode, IssueCode } from '../ImportError';
import { MAX_LINE_CHARS, readLines } from '../lines';
import { emptyCounts, type Issue } from '../model';
import { idPart } from '../text';
import { addRecord, parseEntity, type FtmRecord, type FtmRecords } from './ftmRecords';

/**
 * OpenSanctions' incremental delta format: `delta.json` lists versions
 * (`{"versions": {"20240527194702-wnk": "<url>", ...}}`), and each
 * `<version>.entities.delta.json` beside it holds lines
 * `{"op": "ADD"|"MOD"|"DEL", "entity": {...}}`. Versions apply in version
 * order (their names sort by time): ADD and MOD put the entity as given, DEL
 * takes it out. Each version is then a complete list, dated by its version,
 * that imports like any other: an entity a DEL took out has its
 * designations delisted as of that version's date, never erased.
 */

export interface DeltaVersion {
  /** e.g. "20240527194702-wnk". */
  version: string;
  /** The version's date, YYYY-MM-DD. */
  date: string;
  file: string;
  /** The state after this version: every entity then on the list. */
  state: FtmRecords;
}

/** The delta index a path names (the folder holding delta.json, or delta.json itself), or undefined. */
export function deltaIndexOf(file: string): string | undefined {
  const index = path.basename(file) === 'delta.json' ? file : path.join(file, 'delta.json');
  try {
    return fs.statSync(index).isFile() ? index : undefined;
  } catch {
    return undefined;
  }
}

/** The dataset a delta index is for: the artifacts path's dataset ("sanctions"), else its folder's name. */
export function deltaDataset(index: string): string {
  const versions = readIndex(index);
  const url = Object.values(versions)[0] ?? '';
  return /\/artifacts\/([^/]+)\//.exec(url)?.[1] ?? path.basename(path.dirname(index));
}

function readIndex(index: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(index, 'utf8'));
  } catch (error) {
    throw new ImportError(
      ImportErrorCode.WRONG_FORMAT,
      `not an OpenSanctions delta index: ${(error as Error).message}`,
      { file: index },
    );
  }
  const versions = (parsed as { versions?: unknown }).versions;
  if (typeof versions !== 'object' || versions === null || Array.isArray(versions)) {
    throw new ImportError(ImportErrorCode.WRONG_FORMAT, 'delta index without "versions"', {
      file: index,
    });
  }
  return versions as Record<string, string>;
}

/** Every version's state, oldest first. */
export async function* readDeltaVersions(index: string): AsyncGenerator<DeltaVersion> {
  const dir = path.dirname(index);
  const state = new Map<string, FtmRecord>();
  for (const version of Object.keys(readIndex(index)).sort()) {
    const m = /^(\d{4})(\d{2})(\d{2})/.exec(version);
    if (!m) {
      throw new ImportError(
        ImportErrorCode.WRONG_FORMAT,
        `delta version "${version}" does not start with its date (YYYYMMDD...)`,
        { file: index },
      );
    }
    const file = path.join(dir, `${version}.entities.delta.json`);
    const rejected: Issue[] = [];
    const counts = emptyCounts();
    for await (const { number: line, text, length } of readLines(file)) {
      if (text !== undefined && text.trim() === '') continue;
      const at = { file, line };
      counts.records++;
      const op = text === undefined ? undefined : deltaOp(text);
      if (typeof op === 'string' || op === undefined) {
        rejected.push({
          at,
          reason: op ?? `line of ${length} characters, at most ${MAX_LINE_CHARS}`,
          code: text === undefined ? IssueCode.RECORD_TOO_LONG : IssueCode.UNREADABLE_RECORD,
          entry: null,
        });
        continue;
      }
      if (op.op === 'DEL') {
        state.delete(op.id);
        continue;
      }
      const parsed = parseEntity(op.entity);
      if (typeof parsed === 'string') {
        rejected.push({
          at,
          reason: parsed,
          code: IssueCode.UNREADABLE_RECORD,
          entry: `ftm-${idPart(op.id)}`,
        });
        continue;
      }
      // ADD and MOD carry the whole entity: it replaces what the state held.
      state.delete(parsed.id);
      addRecord(state, parsed, at, rejected);
    }
    const records = new Map([...state].map(([id, r]) => [id, structuredClone(r)]));
    yield {
      version,
      date: `${m[1]}-${m[2]}-${m[3]}`,
      file,
      state: { records, rejected, counts },
    };
  }
}

type DeltaOp = { op: 'ADD' | 'MOD'; id: string; entity: unknown } | { op: 'DEL'; id: string };

/** A delta line, or why it is not one. */
function deltaOp(text: string): DeltaOp | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const v = value as { op?: unknown; entity?: { id?: unknown } };
  if (typeof v !== 'object' || v === null) return 'not a JSON object';
  if (v.op !== 'ADD' && v.op !== 'MOD' && v.op !== 'DEL')
    return 'no "op" of ADD, MOD or DEL: not a delta line';
  const id = v.entity?.id;
  if (typeof id !== 'string' || id === '') return 'delta line without "entity.id"';
  return v.op === 'DEL' ? { op: 'DEL', id } : { op: v.op, id, entity: v.entity };
}
