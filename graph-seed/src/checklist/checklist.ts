/**
 * The statement checklist (`data/coverage.yaml`): the essay read sentence by
 * sentence, each linking or quantitative statement with its verbatim excerpt
 * and the records that model it (or why it is not modelled), and each
 * sentence without such a statement marked `none`. Checked against the essay
 * and the seed: excerpts verbatim and within one sentence, every id real,
 * every sentence accounted for, and a statement said to be modelled by
 * relationships cited by at least one of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { SeedGraph } from '@explorer/domain';
import { compareIssues, type SeedIssue } from '../validate/issues';
import {
  asObject,
  IssueSink,
  parseRecords,
  type ParsedRecord,
  type SeedFile,
} from '../validate/records';
import {
  collapseWhitespace,
  findSentenceBreak,
  IndexedDocument,
  splitSentences,
} from '../validate/text';

export const CHECKLIST_FILE = 'coverage.yaml';

const nonEmpty = z.string().trim().min(1);
const ids = z.array(nonEmpty).min(1).optional();

const StatementSchema = z.strictObject({
  /** Verbatim, within one sentence: the words that make the statement. */
  excerpt: nonEmpty,
  relationships: ids,
  actors: ids,
  /** "<actor or relationship id>.<property key>". */
  properties: ids,
  documents: ids,
  /** Why the statement is not modelled (then no ids). */
  notModelled: nonEmpty.optional(),
});

const NoStatementSchema = z.strictObject({
  /** The opening words of a sentence with no linking or quantitative statement. */
  sentence: nonEmpty,
  /** What the sentence is instead (analysis, framing, a question). */
  none: nonEmpty,
});

export type Statement = z.output<typeof StatementSchema>;
export type NoStatement = z.output<typeof NoStatementSchema>;

export interface ChecklistSummary {
  sentences: number;
  /** Sentences marked as making no linking or quantitative statement. */
  withoutStatements: number;
  statements: number;
  modelled: number;
  notModelled: { excerpt: string; reason: string }[];
}

export interface ChecklistResult {
  issues: SeedIssue[];
  summary?: ChecklistSummary;
}

const REFERENCE_KEYS = ['relationships', 'actors', 'properties', 'documents'] as const;

/** Index of every sentence a collapsed excerpt occurs in. */
function sentencesOf(sentences: readonly string[], excerpt: string): number[] {
  const needle = collapseWhitespace(excerpt);
  return sentences.flatMap((s, i) => (s.includes(needle) ? [i] : []));
}

export function validateChecklist(
  source: SeedFile,
  essay: string,
  seed: SeedGraph,
): ChecklistResult {
  const syntax: SeedIssue[] = [];
  const records = parseRecords(source, syntax);
  if (!records) return { issues: syntax };
  const sink = new IssueSink();
  const doc = new IndexedDocument(essay);
  const sentences = splitSentences(essay);
  const covered = new Set<number>();
  const marked = new Map<number, ParsedRecord>();
  // Curated "X sanctions Y" statements are read into designations: they model statements too.
  const relationships = new Map<
    string,
    { evidence: { excerpt: string }[]; properties?: Record<string, unknown> }
  >([...seed.relationships, ...seed.designations].map((r) => [r.id, r]));
  const known = {
    relationships: (id: string) => relationships.has(id),
    actors: (id: string) => seed.actors.some((a) => a.id === id),
    documents: (id: string) => seed.documents.some((d) => d.id === id),
    properties: (ref: string) => {
      const dot = ref.lastIndexOf('.');
      const [id, key] = [ref.slice(0, dot), ref.slice(dot + 1)];
      const owner = seed.actors.find((a) => a.id === id) ?? relationships.get(id);
      return dot > 0 && owner?.properties?.[key] !== undefined;
    },
  };
  const summary: ChecklistSummary = {
    sentences: sentences.length,
    withoutStatements: 0,
    statements: 0,
    modelled: 0,
    notModelled: [],
  };

  for (const record of records) {
    const raw = asObject(record.raw);
    if (raw && 'none' in raw) {
      const entry = parse(NoStatementSchema, record, sink);
      if (!entry) continue;
      const opening = collapseWhitespace(entry.sentence);
      const i = sentences.findIndex((s) => s.startsWith(opening));
      if (i < 0) {
        sink.add(
          'CHECKLIST_EXCERPT_NOT_IN_SOURCE',
          record,
          ['sentence'],
          `no sentence of the essay opens with "${opening.slice(0, 80)}"`,
        );
      } else {
        marked.set(i, record);
        summary.withoutStatements++;
      }
      continue;
    }
    const entry = parse(StatementSchema, record, sink);
    if (!entry) continue;
    const refs = REFERENCE_KEYS.filter((k) => entry[k] !== undefined);
    if (refs.length > 0 === (entry.notModelled !== undefined)) {
      sink.add(
        'CHECKLIST_SCHEMA',
        record,
        [],
        'a statement names the records that model it or says why not (notModelled), not both',
      );
      continue;
    }
    const excerpt = collapseWhitespace(entry.excerpt);
    const breakAt = findSentenceBreak(excerpt);
    const where = sentencesOf(sentences, excerpt);
    if (breakAt !== undefined || doc.occurrences(excerpt).length === 0 || where.length === 0) {
      sink.add(
        'CHECKLIST_EXCERPT_NOT_IN_SOURCE',
        record,
        ['excerpt'],
        breakAt !== undefined
          ? `spans a sentence break ("${breakAt}")`
          : `not found verbatim within one sentence of the essay: "${excerpt.slice(0, 80)}"`,
      );
    }
    for (const i of where) covered.add(i);
    for (const key of refs) {
      (entry[key] ?? []).forEach((id, n) => {
        if (!known[key](id)) {
          sink.add('CHECKLIST_UNKNOWN_ID', record, [key, n], `no ${key.replace(/s$/, '')} "${id}"`);
        }
      });
    }
    const cited = (entry.relationships ?? []).some((id) =>
      relationships
        .get(id)
        ?.evidence.some((e) => sentencesOf(sentences, e.excerpt).some((i) => where.includes(i))),
    );
    if (entry.relationships && where.length > 0 && !cited) {
      sink.add(
        'CHECKLIST_EVIDENCE_ELSEWHERE',
        record,
        ['relationships'],
        'none of these relationships cites this sentence in its evidence',
      );
    }
    summary.statements++;
    if (entry.notModelled !== undefined) {
      summary.notModelled.push({ excerpt, reason: entry.notModelled });
    } else summary.modelled++;
  }

  for (const [i, record] of marked) {
    if (covered.has(i)) {
      sink.add(
        'CHECKLIST_SCHEMA',
        record,
        ['none'],
        'this sentence is marked as making no statement, yet statements cite it',
      );
    }
  }
  sentences.forEach((s, i) => {
    if (covered.has(i) || marked.has(i)) return;
    sink.issues.push({
      code: 'CHECKLIST_SENTENCE_MISSING',
      file: source.file,
      message: `sentence ${i + 1} is not accounted for: "${s.slice(0, 80)}${s.length > 80 ? '…' : ''}"`,
    });
  });

  const issues = [...syntax, ...sink.issues].sort(compareIssues);
  return issues.length > 0 ? { issues } : { issues, summary };
}

function parse<T>(schema: z.ZodType<T>, record: ParsedRecord, sink: IssueSink): T | undefined {
  const result = schema.safeParse(record.raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
        : issue.message;
    sink.add('CHECKLIST_SCHEMA', record, at, message);
  }
  return undefined;
}

/** Share of the checklist's statements that are modelled, in percent (100 when there are none). */
export function coveragePercent(summary: ChecklistSummary): number {
  return summary.statements === 0 ? 100 : (100 * summary.modelled) / summary.statements;
}

/** Read and check `coverage.yaml` of a data directory against its essay and seed. */
export function validateChecklistDir(
  dir: string,
  seed: SeedGraph,
  essayId = 'source-essay',
): ChecklistResult {
  const file = path.join(dir, CHECKLIST_FILE);
  const essayFile = path.join(dir, `${essayId}.txt`);
  if (!fs.existsSync(file) || !fs.existsSync(essayFile)) {
    return {
      issues: [
        { code: 'FILE_MISSING', file: CHECKLIST_FILE, message: `cannot read ${file} or its essay` },
      ],
    };
  }
  return validateChecklist(
    { file: CHECKLIST_FILE, text: fs.readFileSync(file, 'utf8') },
    fs.readFileSync(essayFile, 'utf8'),
    seed,
  );
}
