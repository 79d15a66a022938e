import type { Location } from './model';

/**
 * Stable codes of the errors that stop an import before it writes anything.
 * Tests and scripts assert on these, never on messages.
 */
export const ImportErrorCode = {
  /** The file is not the declared format (checked on its first record). */
  WRONG_FORMAT: 'WRONG_FORMAT',
  /** XML with a DOCTYPE declaring entities or an external DTD, or an entity reference. */
  UNSAFE_XML: 'UNSAFE_XML',
  /** The file breaks its format past the first record in a way that cannot be skipped (XML well-formedness). */
  MALFORMED_FILE: 'MALFORMED_FILE',
  /** A command-line argument is missing or wrong. */
  BAD_ARGUMENT: 'BAD_ARGUMENT',
  /** The matches file cannot be read or contradicts itself. */
  BAD_MATCHES_FILE: 'BAD_MATCHES_FILE',
  /** The store lacks curated actors the import must attach to. */
  MISSING_CURATED: 'MISSING_CURATED',
  /** A list older than one already imported for the same family. */
  STALE_LIST: 'STALE_LIST',
  /** The persisted graph file is unreadable or from a newer version. */
  BAD_GRAPH_FILE: 'BAD_GRAPH_FILE',
  /** A file or folder given does not exist. */
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  /** A file given exists but cannot be read (permissions, a folder where a file is expected). */
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  /**
   * The list would delist more of its family's designations than
   * IMPORT_MAX_DELIST_PERCENT allows (a truncated or partial file looks
   * like this); `--allow-mass-delisting` says it is meant.
   */
  MASS_DELISTING: 'MASS_DELISTING',
  /** Another import into the same DATA_DIR (or Neo4j database) is running. */
  IMPORT_LOCKED: 'IMPORT_LOCKED',
} as const;
export type ImportErrorCode = (typeof ImportErrorCode)[keyof typeof ImportErrorCode];

/**
 * Stable codes of problems with one record (row, line, element), reported
 * with file, line and field; the record is left out (or, for warnings,
 * read with the problem noted) and the rest imports.
 */
export const IssueCode = {
  /** The record breaks its format (CSV quoting, not JSON, not an object). */
  UNREADABLE_RECORD: 'UNREADABLE_RECORD',
  /** A line or record longer than the reader takes (MAX_RECORD_BYTES). */
  RECORD_TOO_LONG: 'RECORD_TOO_LONG',
  /** A row with another number of columns than its file has. */
  WRONG_COLUMN_COUNT: 'WRONG_COLUMN_COUNT',
  /** A field the record needs is missing or empty. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** A field holds a value of the wrong kind (an entry number that is not a number, a date that is not one). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** A field longer than its documented maximum (FIELD_MAXIMA in checkFields.ts). */
  FIELD_TOO_LONG: 'FIELD_TOO_LONG',
  /** The same record twice. */
  DUPLICATE_RECORD: 'DUPLICATE_RECORD',
  /** A kind of record the graph has no place for (aircraft, FtM Address...). */
  NOT_MODELLED: 'NOT_MODELLED',
  /** A reference to a record that is not in the list (or was left out). */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** Control characters were removed from a field (warning). */
  CONTROL_CHARACTERS_REMOVED: 'CONTROL_CHARACTERS_REMOVED',
  /** A value cut short by the source itself (OFAC's 1,000-character remarks), or a side file missing (warning). */
  INCOMPLETE_SOURCE: 'INCOMPLETE_SOURCE',
  /** A by-name reference that names no single entry (unresolved link). */
  UNRESOLVED_NAME: 'UNRESOLVED_NAME',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

/** An import stopped before changing anything; names the file and place when it can. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly at?: Location,
    options?: { cause?: unknown },
  ) {
    super(at ? `${formatLocation(at)}: ${message}` : message, options);
    this.name = 'ImportError';
  }
}

/** `file:line` or `file:line (PATH/TO/ELEMENT)`. */
export function formatLocation(at: Location): string {
  const line = at.line === undefined ? '' : `:${at.line}`;
  const path = at.path === undefined ? '' : ` (${at.path})`;
  return `${at.file}${line}${path}`;
}
