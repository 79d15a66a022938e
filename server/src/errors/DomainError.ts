/**
 * Stable error codes. Clients and tests assert on these, never on messages.
 * They travel to GraphQL clients as `extensions.code`.
 */
export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_TIMEOUT: 'STORE_TIMEOUT',
  WALK_TOO_LARGE: 'WALK_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * Codes the HTTP and GraphQL layers give for requests refused before or
 * after running (not raised by the domain): listed here with the domain's
 * so the full set is in one place (README, Security and limits).
 * - QUERY_COST_EXCEEDED: the query's price is over MAX_QUERY_COST (HTTP 400).
 * - RATE_LIMITED: a per-client budget ran out, `extensions.budget` says which:
 *   `requests` (RATE_LIMIT_PER_MINUTE) or `cost` (COST_LIMIT_PER_MINUTE); HTTP 429.
 * - RESPONSE_TOO_LARGE: the result would pass MAX_RESPONSE_BYTES.
 * - REQUEST_TIMEOUT: the request body did not arrive within REQUEST_TIMEOUT_MS (HTTP 408).
 * - PAYLOAD_TOO_LARGE, BAD_REQUEST: the body is over 100 kB or not JSON (HTTP 413, 400).
 */
export const RequestErrorCode = {
  QUERY_COST_EXCEEDED: 'QUERY_COST_EXCEEDED',
  RATE_LIMITED: 'RATE_LIMITED',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  BAD_REQUEST: 'BAD_REQUEST',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base of every error the domain raises on purpose. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An actor id that does not exist, e.g. `neighborhood: actor "x" not found`. */
export class ActorNotFoundError extends DomainError {
  constructor(
    operation: string,
    readonly actorId: string,
  ) {
    super(ErrorCode.NOT_FOUND, `${operation}: actor "${actorId}" not found`, { actorId });
  }
}

/** An argument outside its allowed range or format; names the argument. */
export class InvalidArgumentError extends DomainError {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument });
  }
}

/** The backing database cannot be reached or refused the request. */
export class StoreUnavailableError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.STORE_UNAVAILABLE, message, {}, options);
  }
}

/** A store call passed its deadline. */
export class StoreTimeoutError extends DomainError {
  constructor(operation: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(
      ErrorCode.STORE_TIMEOUT,
      `${operation}: no answer within ${timeoutMs} ms`,
      { timeoutMs },
      options,
    );
  }
}

/**
 * A walk (neighbourhood, paths, traversal, exposure) would read more
 * relationships in one step than the store allows (Neo4j: the
 * `maxRowsPerLevel` option). Refused rather than answered from part of
 * the graph: a narrower question (fewer hops, fewer relationship types)
 * can be answered.
 */
export class WalkTooLargeError extends DomainError {
  constructor(
    operation: string,
    readonly maxRows: number,
  ) {
    super(
      ErrorCode.WALK_TOO_LARGE,
      `${operation}: one step of this walk touches more than ${maxRows} relationships; ` +
        'ask a narrower question (fewer hops or relationship types)',
      { maxRows },
    );
  }
}
