import { ErrorCode } from '@explorer/domain';

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
