/**
 * The seed validator: parses the three YAML files, checks every record against
 * the schemas and every cross-record rule, and reports all problems at once,
 * each with file, line, record id and field.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { splitDesignations } from '../designations';
import type { Actor, Relationship, SeedGraph, SourceDocument } from '@explorer/domain';
import { isAfter, isPartialDate } from '@explorer/domain';
import { compareIssues, type IssueCode, type SeedIssue } from './issues';
import {
  asDate,
  asObject,
  asString,
  IssueSink,
  parseRecords,
  type ParsedRecord,
  type PathSegment,
  type SeedFile,
} from './records';
import {
  checkFormerRole,
  checkInference,
  checkMemberCount,
  checkPercentQualifier,
  checkValidity,
} from './claims';
import { ActorSchema, RelationshipSchema, SourceDocumentSchema } from './schemas';
import { collapseWhitespace, findSentenceBreak, IndexedDocument, MAX_EXCERPT_LENGTH } from './text';

/** The file names of a seed directory. Document texts live beside them as `<id>.txt`. */
export const SEED_FILES = {
  documents: 'documents.yaml',
  actors: 'actors.yaml',
  relationships: 'relationships.yaml',
} as const;

export type { SeedFile } from './records';

export interface SeedSources {
  documents: SeedFile;
  actors: SeedFile;
  relationships: SeedFile;
  /** The full text of a document by id, or undefined when there is none. */
  documentText: (id: string) => string | undefined;
}

export interface ValidationResult {
  /** Every problem found, sorted by file and line; empty when the seed is valid. */
  issues: SeedIssue[];
  /** The parsed graph, only when there are no issues. */
  seed?: SeedGraph;
}

// Compile-time guarantee that the schemas produce the domain model's types.
type Assignable<T, U extends T> = U;
export type _SchemaMatchesModel = [
  Assignable<Actor, z.output<typeof ActorSchema>>,
  Assignable<Relationship, z.output<typeof RelationshipSchema>>,
  Assignable<SourceDocument, z.output<typeof SourceDocumentSchema>>,
];

/** Run a zod schema, turning each zod issue into a SeedIssue. */
function checkSchema<T>(
  schema: z.ZodType<T>,
  record: ParsedRecord,
  sink: IssueSink,
): T | undefined {
  const raw = asObject(record.raw);
  if (raw === undefined) {
    sink.add('SCHEMA', record, [], 'expected a mapping (a record with fields)');
    return undefined;
  }
  const amount = asObject(raw.amount);
  const missingCurrency = amount !== undefined && amount.currency === undefined;
  if (missingCurrency) {
    sink.add('MISSING_CURRENCY', record, ['amount'], 'an amount needs a currency (e.g. USD)');
  }
  const result = schema.safeParse(raw);
  if (result.success) return missingCurrency ? undefined : result.data;
  for (const issue of result.error.issues) {
    const fieldPath = issue.path.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    );
    const joined = fieldPath.join('.');
    if (missingCurrency && joined === 'amount.currency') continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        sink.add('SCHEMA', record, [...fieldPath, key], `unknown field "${key}"`);
      }
      continue;
    }
    let code: IssueCode = 'SCHEMA';
    if (issue.code === 'invalid_value' && joined === 'kind') code = 'UNKNOWN_KIND';
    if (issue.code === 'invalid_value' && joined === 'type') code = 'UNKNOWN_RELATION_TYPE';
    sink.add(code, record, fieldPath, issue.message);
  }
  return undefined;
}

function checkDate(
  value: unknown,
  record: ParsedRecord,
  fieldPath: readonly PathSegment[],
  sink: IssueSink,
): string | undefined {
  const date = asDate(value);
  if (value === undefined || date === undefined) return undefined;
  if (!isPartialDate(date)) {
    sink.add(
      'INVALID_DATE',
      record,
      fieldPath,
      `"${date}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
    return undefined;
  }
  return date;
}

/** Check ids are unique within one file. */
function checkUniqueIds(records: ParsedRecord[], sink: IssueSink): Set<string> {
  const seen = new Map<string, number | undefined>();
  for (const record of records) {
    const id = asString(asObject(record.raw)?.id);
    if (id === undefined) continue;
    if (seen.has(id)) {
      const first = seen.get(id);
      sink.add(
        'DUPLICATE_ID',
        record,
        ['id'],
        `id "${id}" is already used${first === undefined ? '' : ` at line ${first}`}`,
      );
    } else seen.set(id, record.lineOf(['id']));
  }
  return new Set(seen.keys());
}

/** Validate in-memory seed sources. */
export function validateSeed(sources: SeedSources): ValidationResult {
  const syntax: SeedIssue[] = [];
  // A file that does not parse yields undefined: its ids are then unknown, and
  // references to them are not reported as dangling (that would only be noise).
  const docParsed = parseRecords(sources.documents, syntax);
  const actorParsed = parseRecords(sources.actors, syntax);
  const relRecords = parseRecords(sources.relationships, syntax) ?? [];
  const docRecords = docParsed ?? [];
  const actorRecords = actorParsed ?? [];
  const sink = new IssueSink();
  sink.issues.push(...syntax);

  // Documents.
  const documents: SourceDocument[] = [];
  const texts = new Map<string, IndexedDocument>();
  const documentIds = checkUniqueIds(docRecords, sink);
  for (const record of docRecords) {
    const parsed = checkSchema(SourceDocumentSchema, record, sink);
    const raw = asObject(record.raw);
    checkDate(raw?.date, record, ['date'], sink);
    const id = asString(raw?.id);
    const knownFrom = asString(raw?.knownFrom);
    if (knownFrom !== undefined && !documentIds.has(knownFrom)) {
      sink.add('DANGLING_REFERENCE', record, ['knownFrom'], `no document with id "${knownFrom}"`);
    }
    // A document known only through another (an interview the essay cites) has no text here.
    if (id !== undefined && knownFrom === undefined && !texts.has(id)) {
      const text = sources.documentText(id);
      if (text === undefined) {
        sink.add(
          'DOCUMENT_TEXT_MISSING',
          record,
          ['id'],
          `no text for document "${id}" (${id}.txt)`,
        );
      } else texts.set(id, new IndexedDocument(text));
    }
    if (parsed) documents.push(parsed);
  }

  // Actors (memberCount hedges are checked once the relationships are read).
  const actors: Actor[] = [];
  const actorIds = checkUniqueIds(actorRecords, sink);
  for (const record of actorRecords) {
    const parsed = checkSchema(ActorSchema, record, sink);
    if (parsed) actors.push(parsed);
  }

  // Relationships.
  const relationships: Relationship[] = [];
  checkUniqueIds(relRecords, sink);
  for (const record of relRecords) {
    const parsed = checkSchema(RelationshipSchema, record, sink);
    const raw = asObject(record.raw);
    if (raw === undefined) continue;
    for (const end of ['source', 'target'] as const) {
      const ref = asString(raw[end]);
      if (ref !== undefined && actorParsed && !actorIds.has(ref)) {
        sink.add('DANGLING_REFERENCE', record, [end], `no actor with id "${ref}"`);
      }
    }
    if (raw.source !== undefined && raw.source === raw.target) {
      sink.add('SELF_REFERENCE', record, ['target'], 'source and target are the same actor');
    }
    const start = checkDate(raw.start, record, ['start'], sink);
    const finish = checkDate(raw.end, record, ['end'], sink);
    if (start !== undefined && finish !== undefined && isAfter(start, finish)) {
      sink.add('DATE_ORDER', record, ['start'], `start ${start} is after end ${finish}`);
    }
    const validity = asObject(raw.validity);
    checkDate(validity?.endedBefore, record, ['validity', 'endedBefore'], sink);
    checkDate(validity?.heldOn, record, ['validity', 'heldOn'], sink);
    const evidence = Array.isArray(raw.evidence) ? raw.evidence : [];
    evidence.forEach((item, i) => {
      const ev = asObject(item);
      if (ev === undefined) return;
      checkDate(ev.statedOn, record, ['evidence', i, 'statedOn'], sink);
      const docId = asString(ev.document);
      if (docId !== undefined && docParsed && !documentIds.has(docId)) {
        sink.add(
          'DANGLING_REFERENCE',
          record,
          ['evidence', i, 'document'],
          `no document with id "${docId}"`,
        );
      } else if (docId !== undefined && documentIds.has(docId) && !texts.has(docId)) {
        sink.add(
          'DOCUMENT_TEXT_MISSING',
          record,
          ['evidence', i, 'document'],
          `document "${docId}" has no text to check the excerpt against: cite the document ` +
            'that reports it and name this one in `reportedIn`',
        );
      }
      const reportedIn = asString(ev.reportedIn);
      if (reportedIn !== undefined && docParsed && !documentIds.has(reportedIn)) {
        sink.add(
          'DANGLING_REFERENCE',
          record,
          ['evidence', i, 'reportedIn'],
          `no document with id "${reportedIn}"`,
        );
      }
      const excerpt = asString(ev.excerpt);
      if (excerpt === undefined || collapseWhitespace(excerpt) === '') return;
      checkExcerpt(
        excerpt,
        asString(ev.section),
        docId ? texts.get(docId) : undefined,
        record,
        i,
        sink,
      );
    });
    if (parsed) {
      checkClaims(parsed, record, sink);
      relationships.push(parsed);
    }
  }
  checkMemberCounts(actors, actorRecords, relationships, sink);

  const issues = sink.issues.sort(compareIssues);
  return issues.length > 0
    ? { issues }
    : { issues, seed: { documents, actors, ...splitDesignations(relationships) } };
}

/** The rules of claims.ts that read one parsed relationship. */
function checkClaims(rel: Relationship, record: ParsedRecord, sink: IssueSink): void {
  checkValidity(rel, record, sink);
  checkFormerRole(rel, record, sink);
  checkInference(rel, record, sink);
  checkPercentQualifier(rel, record, sink);
}

/** Each counted actor against its summary and the excerpts of its relationships. */
function checkMemberCounts(
  actors: readonly Actor[],
  records: readonly ParsedRecord[],
  relationships: readonly Relationship[],
  sink: IssueSink,
): void {
  const recordOf = new Map(records.map((r) => [asString(asObject(r.raw)?.id), r]));
  for (const actor of actors) {
    const record = recordOf.get(actor.id);
    if (actor.memberCount === undefined || record === undefined) continue;
    const texts = [
      ...(actor.summary ? [actor.summary] : []),
      ...relationships
        .filter((r) => r.source === actor.id || r.target === actor.id)
        .flatMap((r) => r.evidence.map((e) => e.excerpt)),
    ];
    checkMemberCount(actor, texts, record, sink);
  }
}

function checkExcerpt(
  excerpt: string,
  section: string | undefined,
  doc: IndexedDocument | undefined,
  record: ParsedRecord,
  i: number,
  sink: IssueSink,
): void {
  const at = ['evidence', i, 'excerpt'];
  const collapsed = collapseWhitespace(excerpt);
  if (collapsed.length > MAX_EXCERPT_LENGTH) {
    sink.add(
      'EXCERPT_TOO_LONG',
      record,
      at,
      `${collapsed.length} characters; at most ${MAX_EXCERPT_LENGTH} (one sentence)`,
    );
  }
  const sentenceBreak = findSentenceBreak(collapsed);
  if (sentenceBreak !== undefined) {
    sink.add(
      'EXCERPT_MULTIPLE_SENTENCES',
      record,
      at,
      `spans a sentence break ("${sentenceBreak}"); cite one sentence per evidence record`,
    );
  }
  if (doc === undefined) return;
  const lines = doc.occurrences(collapsed);
  if (lines.length === 0) {
    sink.add(
      'EXCERPT_NOT_IN_SOURCE',
      record,
      at,
      `not found verbatim in the document: "${collapsed.slice(0, 80)}${collapsed.length > 80 ? '…' : ''}"`,
    );
    return;
  }
  const sections = [...new Set(lines.map((l) => doc.sectionAt(l)))];
  if (section === undefined) {
    const under = sections.filter((s): s is string => s !== undefined);
    if (under.length === sections.length) {
      sink.add(
        'SECTION_MISMATCH',
        record,
        ['evidence', i],
        `no section given; the excerpt sits under "${under.join('" or "')}"`,
      );
    }
  } else if (!sections.includes(section)) {
    const actual = sections.map((s) => (s === undefined ? '(before the first heading)' : `"${s}"`));
    sink.add(
      'SECTION_MISMATCH',
      record,
      ['evidence', i, 'section'],
      `the excerpt sits under ${actual.join(' or ')}, not "${section}"`,
    );
  }
}

/** Read and validate a seed directory (documents.yaml, actors.yaml, relationships.yaml, <doc>.txt). */
export function validateSeedDir(dir: string): ValidationResult {
  const missing: SeedIssue[] = [];
  const read = (file: string): SeedFile => {
    try {
      return { file, text: fs.readFileSync(path.join(dir, file), 'utf8') };
    } catch {
      missing.push({ code: 'FILE_MISSING', file, message: `cannot read ${path.join(dir, file)}` });
      return { file, text: '' };
    }
  };
  const sources: SeedSources = {
    documents: read(SEED_FILES.documents),
    actors: read(SEED_FILES.actors),
    relationships: read(SEED_FILES.relationships),
    documentText: (id) => {
      if (!/^[a-z0-9-]+$/.test(id)) return undefined;
      try {
        return fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  const result = validateSeed(sources);
  if (missing.length === 0) return result;
  return { issues: [...missing, ...result.issues].sort(compareIssues) };
}
