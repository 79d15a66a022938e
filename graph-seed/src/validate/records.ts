/**
 * YAML seed files as lists of records that know their lines, and the sink
 * that turns a rule's finding into a located SeedIssue.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { IssueCode, SeedIssue } from './issues';

export interface SeedFile {
  /** Name used in issues, e.g. "actors.yaml". */
  file: string;
  /** YAML text. */
  text: string;
}

export type PathSegment = string | number;

export interface ParsedRecord {
  file: string;
  index: number;
  raw: unknown;
  /** Line of the record, or of a field inside it. */
  lineOf: (path?: readonly PathSegment[]) => number | undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

/** Parse a YAML file that must hold a list of records. */
export function parseRecords(source: SeedFile, issues: SeedIssue[]): ParsedRecord[] | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      issues.push({
        code: 'YAML_SYNTAX',
        file: source.file,
        line: e.linePos?.[0]?.line,
        message: e.message.split('\n')[0] ?? e.message,
      });
    }
    return undefined;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root)) {
    issues.push({
      code: 'SCHEMA',
      file: source.file,
      line: 1,
      message: 'expected a YAML list of records',
    });
    return undefined;
  }
  const values = doc.toJS() as unknown[];
  return root.items.map((node, index) => ({
    file: source.file,
    index,
    raw: values[index],
    lineOf: (fieldPath: readonly PathSegment[] = []) => {
      let current: unknown = node;
      let pos = rangeStart(node);
      for (const seg of fieldPath) {
        if (isMap(current)) {
          const pair = current.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
          if (!pair) break;
          pos = rangeStart(pair.key) ?? pos;
          current = pair.value;
        } else if (isSeq(current) && typeof seg === 'number') {
          const item = current.items[seg];
          if (item === undefined) break;
          pos = rangeStart(item) ?? pos;
          current = item;
        } else break;
      }
      return pos === undefined ? undefined : lineCounter.linePos(pos).line;
    },
  }));
}

export function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asDate(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export class IssueSink {
  readonly issues: SeedIssue[] = [];

  add(
    code: IssueCode,
    record: ParsedRecord,
    fieldPath: readonly PathSegment[] | undefined,
    message: string,
  ): void {
    const id = asString(asObject(record.raw)?.id);
    this.issues.push({
      code,
      file: record.file,
      line: record.lineOf(fieldPath ?? []),
      ...(id !== undefined ? { recordId: id } : { recordId: `#${record.index + 1}` }),
      ...(fieldPath && fieldPath.length > 0 ? { field: fieldPath.join('.') } : {}),
      message,
    });
  }
}
