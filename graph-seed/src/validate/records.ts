/**
 * Reading a seed file: its YAML as a list of records, each able to say on
 * which line any of its fields stands (the validator's issues name it).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { SeedIssue } from './issues';
import type { SeedFile } from './validate';

export type PathSegment = string | number;

/** One record of a seed file, with the line of any field inside it. */
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

/**
 * Parses a YAML file that must hold a list of records; YAML_SYNTAX or SCHEMA
 * issues (with their lines) and undefined when it does not.
 */
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
