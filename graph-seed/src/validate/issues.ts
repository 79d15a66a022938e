/**
 * Validation issues: typed, with a stable `code` and a location (file, line,
 * record id, field) so a reviewer can jump straight to the offending YAML.
 */

export const ISSUE_CODES = [
  /** A file of the seed could not be read. */
  'FILE_MISSING',
  /** YAML that does not parse (bad indentation, duplicate keys...). */
  'YAML_SYNTAX',
  /** A record does not match the schema (missing/unknown field, wrong type, bad id). */
  'SCHEMA',
  /** An actor `kind` outside ACTOR_KINDS. */
  'UNKNOWN_KIND',
  /** A relationship `type` outside RELATION_TYPES. */
  'UNKNOWN_RELATION_TYPE',
  /** Two documents, actors or relationships share an id. */
  'DUPLICATE_ID',
  /** A source/target that is no actor, or an evidence `document` that is no document. */
  'DANGLING_REFERENCE',
  /** A relationship whose source and target are the same actor. */
  'SELF_REFERENCE',
  /** An `amount` without a `currency`. */
  'MISSING_CURRENCY',
  /** A date that is not YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
  'INVALID_DATE',
  /** `start` after `end`. */
  'DATE_ORDER',
  /** A document record whose text file (`<id>.txt` beside the YAML) is missing. */
  'DOCUMENT_TEXT_MISSING',
  /** An evidence excerpt that does not occur verbatim (modulo whitespace) in its document. */
  'EXCERPT_NOT_IN_SOURCE',
  /** An excerpt longer than MAX_EXCERPT_LENGTH characters. */
  'EXCERPT_TOO_LONG',
  /** An excerpt that spans a sentence break. */
  'EXCERPT_MULTIPLE_SENTENCES',
  /** An evidence `section` that is not the heading the excerpt sits under. */
  'SECTION_MISMATCH',
  /** A `validity` whose fields do not fit its kind (e.g. DATED without a date). */
  'VALIDITY_MISMATCH',
  /** A role the evidence calls "former" or "then-" with neither an end nor ENDED_BEFORE. */
  'FORMER_WITHOUT_END',
  /** `inferred` without an `inference` note, or a note on a relationship not marked inferred. */
  'INFERENCE_UNEXPLAINED',
  /** A count or percentage the text hedges ("more than 50") stored without that qualifier. */
  'NUMBER_QUALIFIER_MISSING',
  /** The statement checklist (coverage.yaml) does not match its schema. */
  'CHECKLIST_SCHEMA',
  /** A checklist excerpt that is not verbatim in the essay, or spans sentences. */
  'CHECKLIST_EXCERPT_NOT_IN_SOURCE',
  /** A checklist entry naming an actor, relationship or property that does not exist. */
  'CHECKLIST_UNKNOWN_ID',
  /** A sentence of the essay that the checklist does not account for. */
  'CHECKLIST_SENTENCE_MISSING',
  /** A statement said to be modelled by relationships none of which cites its sentence. */
  'CHECKLIST_EVIDENCE_ELSEWHERE',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface SeedIssue {
  code: IssueCode;
  /** File name relative to the data directory, e.g. "relationships.yaml". */
  file: string;
  /** 1-based line of the record or field, when known. */
  line?: number;
  /** Id of the record, when it has one. */
  recordId?: string;
  /** Dotted path of the field inside the record, e.g. "evidence.0.excerpt". */
  field?: string;
  message: string;
}

export function formatIssue(issue: SeedIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const what = [issue.recordId && `[${issue.recordId}]`, issue.field].filter(Boolean).join(' ');
  return `${where}  ${issue.code}  ${what ? `${what}: ` : ''}${issue.message}`;
}

export function compareIssues(a: SeedIssue, b: SeedIssue): number {
  return (
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code)
  );
}

/** Thrown by `readSeed` when the data does not validate; carries every issue. */
export class SeedValidationError extends Error {
  constructor(readonly issues: readonly SeedIssue[]) {
    super(
      `The seed data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
