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
} as const;
export type ImportErrorCode = (typeof ImportErrorCode)[keyof typeof ImportErrorCode];

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
