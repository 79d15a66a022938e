/**
 * Stable error codes: what a client branches on and tests assert on, never
 * the message. They travel as `extensions.code` of a GraphQL error, and in
 * the same shape (`{ errors: [{ message, extensions: { code, requestId } }] }`)
 * from every other route (`/export`, body and rate limits).
 *
 * This list holds the codes this project raises itself. GraphQL's own
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, …) are
 * Apollo Server's `ApolloServerErrorCode`; the domain has no dependencies,
 * so the server imports Apollo's enum where it maps codes
 * (server/src/graphql/formatError.ts) and checks there that the two codes
 * both lists hold (BAD_USER_INPUT, INTERNAL_SERVER_ERROR) are spelled alike.
 */
export const ErrorCode = {
  /** An id that names no actor (or no route). HTTP 404 outside GraphQL. */
  NOT_FOUND: 'NOT_FOUND',
  /** An argument outside its bounds or format; `extensions.argument` names it. Also Apollo's. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The store cannot be reached or refused the request. */
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  /** A store call passed its deadline (QUERY_TIMEOUT_MS). */
  STORE_TIMEOUT: 'STORE_TIMEOUT',
  /** One step of a walk would read more relationships than the store allows. */
  WALK_TOO_LARGE: 'WALK_TOO_LARGE',
  /** A query's estimated cost is over MAX_QUERY_COST. */
  QUERY_COST_EXCEEDED: 'QUERY_COST_EXCEEDED',
  /** A request body over the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /**
   * A per-client budget ran out (HTTP 429); `extensions.budget` says which:
   * `requests` (RATE_LIMIT_PER_MINUTE) or `cost` (COST_LIMIT_PER_MINUTE).
   */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The result would pass MAX_RESPONSE_BYTES. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The request body did not arrive within REQUEST_TIMEOUT_MS (HTTP 408). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** Anything unexpected; the message says no more, the log has it under the request id. Also Apollo's. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
