import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '../errors/DomainError';
import type { Logger } from '../logger';

/** Codes Apollo and graphql-js raise for a bad request; their messages are safe to show. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_COST_EXCEEDED',
  // A per-client budget ran out (HTTP 429): `budget` says which, requests or cost.
  'RATE_LIMITED',
  // The result would pass MAX_RESPONSE_BYTES (set by responseSizeCap.ts after formatting).
  'RESPONSE_TOO_LARGE',
]);

/** Extensions of those errors that help a client and reveal nothing inside. */
const CLIENT_EXTENSIONS = ['cost', 'maxCost', 'budget', 'limit', 'retryAfterSeconds', 'maxBytes'];

/**
 * What a client sees of an error: a stable code, a safe message and the
 * request id; never a stack, a query or a file path. Unexpected errors are
 * logged in full under the same request id.
 */
export function createFormatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof DomainError) {
      const { code } = original;
      const internal = code === ErrorCode.INTERNAL_SERVER_ERROR;
      if (internal || code === ErrorCode.STORE_UNAVAILABLE || code === ErrorCode.STORE_TIMEOUT) {
        logger.error({ err: original, code, path: formatted.path }, 'store or server error');
      } else if (code === ErrorCode.WALK_TOO_LARGE) {
        // The client's answer, but also a sign for operators that the store's walk cap is reached.
        logger.warn(
          { code, path: formatted.path, ...original.details },
          'walk refused as too large',
        );
      }
      return {
        ...base,
        message: internal ? 'Internal server error' : original.message,
        extensions: { code, ...safeDetails(original.details) },
      };
    }

    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      const message = production
        ? formatted.message.replace(/ Did you mean .*$/, '')
        : formatted.message;
      const extensions: Record<string, unknown> = { code };
      for (const key of CLIENT_EXTENSIONS) {
        if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
      }
      return { ...base, message, extensions };
    }

    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function safeDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['argument', 'actorId']) if (key in details) out[key] = details[key];
  return out;
}
