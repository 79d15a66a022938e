import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@explorer/domain';
import { DomainError } from '../errors/DomainError';
import type { Logger } from '../logger';

/**
 * The codes the domain shares with Apollo are spelled alike: a compile-time
 * check, so the two lists can never drift (the domain has no dependencies
 * and cannot import Apollo's enum itself).
 */
const SHARED_WITH_APOLLO: {
  [K in 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR']: `${(typeof ApolloServerErrorCode)[K]}`;
} = {
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  INTERNAL_SERVER_ERROR: ErrorCode.INTERNAL_SERVER_ERROR,
};

/**
 * Codes of a bad request, raised by Apollo and graphql-js (all of Apollo's
 * but its internal error) or by this server before any resolver runs; their
 * messages are safe to show.
 */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ApolloServerErrorCode).filter(
    (code) => code !== SHARED_WITH_APOLLO.INTERNAL_SERVER_ERROR,
  ),
  ErrorCode.QUERY_COST_EXCEEDED,
  // A per-client budget ran out (HTTP 429): `budget` says which, requests or cost.
  ErrorCode.RATE_LIMITED,
  // The result would pass MAX_RESPONSE_BYTES (set by responseSizeCap.ts after formatting).
  ErrorCode.RESPONSE_TOO_LARGE,
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

/** The details of a DomainError a client may see: which argument or actor id, nothing else. */
export function safeDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['argument', 'actorId']) if (key in details) out[key] = details[key];
  return out;
}
