/**
 * Errors the API client throws. Callers branch on `kind` (and `code` for
 * GraphQL errors), never on message text.
 */
import { ErrorCode } from '@explorer/domain';

/** One entry of a GraphQL response's `errors` array. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Base of every error the API client throws. */
export abstract class ApiError extends Error {
  abstract readonly kind: 'network' | 'http' | 'graphql';
}

/** The server could not be reached (down, offline, connection refused, aborted). */
export class NetworkError extends ApiError {
  readonly kind = 'network' as const;
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`${operation}: cannot reach the server`, options);
    this.name = 'NetworkError';
  }
}

/** The server answered, but not with a GraphQL response (a proxy error page, a 502...). */
export class HttpError extends ApiError {
  readonly kind = 'http' as const;
  constructor(
    operation: string,
    readonly status: number,
  ) {
    super(`${operation}: the server answered HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/** The server answered with GraphQL errors; `code` is the first error's `extensions.code`. */
export class GraphQLRequestError extends ApiError {
  readonly kind = 'graphql' as const;
  readonly code: string;
  constructor(
    operation: string,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(`${operation}: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'GraphQLRequestError';
    this.code = errors[0]?.extensions?.code ?? 'UNKNOWN';
  }
}

/** True when a request was cancelled on purpose (an AbortSignal fired). */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** A sentence for people: what went wrong and what they can do. */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) {
    return 'Cannot reach the server. Check that it is running, then retry.';
  }
  if (error instanceof HttpError) {
    // A proxy (vite's in development, a gateway in production) answers 5xx
    // without a GraphQL body when the API server behind it is down.
    if (error.status >= 500) {
      return `Cannot reach the API server (HTTP ${error.status}). Check that it is running, then retry.`;
    }
    return `The server answered with an error (HTTP ${error.status}). Retry in a moment.`;
  }
  if (error instanceof GraphQLRequestError) {
    if (error.code === ErrorCode.NOT_FOUND)
      return 'Not found: it may have been removed from the graph.';
    if (error.code === ErrorCode.BAD_USER_INPUT)
      return `The request was refused: ${error.errors[0]?.message}`;
    return `The server could not answer: ${error.errors[0]?.message ?? error.code}`;
  }
  return 'Something went wrong. Retry in a moment.';
}
