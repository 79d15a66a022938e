import { Neo4jError } from 'neo4j-driver';
import { DomainError, StoreTimeoutError, StoreUnavailableError } from '../../errors/DomainError';

/**
 * Driver errors as domain errors. Messages name the operation and a Neo4j
 * code, never the query: the driver's error (which may quote Cypher) stays
 * reachable as `cause` for logs.
 */

/** Codes meaning "the database cannot serve us now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/** Transaction deadline codes (TransactionTimedOut, TransactionTimedOutClientConfiguration). */
const TIMEOUT_CODE = /TransactionTimedOut/;

/**
 * A transaction stopped by the server: past its timeout, by an operator, or
 * at shutdown (LockClientStopped is how a timeout looks while waiting for a lock).
 */
const TERMINATED_CODES = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

/**
 * Any error thrown while talking to Neo4j, as the error the domain expects.
 * `deadlinePassed` tells a termination by our own timeout (StoreTimeoutError)
 * from one by an operator or a shutdown (StoreUnavailableError).
 */
export function toStoreError(
  error: unknown,
  operation: string,
  timeoutMs: number,
  deadlinePassed = false,
): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof Neo4jError) {
    if (TIMEOUT_CODE.test(error.code) || (deadlinePassed && TERMINATED_CODES.has(error.code))) {
      return new StoreTimeoutError(operation, timeoutMs, { cause: error });
    }
    if (TERMINATED_CODES.has(error.code)) {
      return new StoreUnavailableError(
        `neo4j ${operation}: the transaction was terminated (${error.code})`,
        { cause: error },
      );
    }
    if (UNAVAILABLE_CODES.has(error.code) || isAcquisitionTimeout(error)) {
      return new StoreUnavailableError(describeUnavailable(operation, error), { cause: error });
    }
    return new Error(`neo4j ${operation}: failed with ${error.code}`, { cause: error });
  }
  // Not from the driver (e.g. thrown by our own code inside a transaction): unchanged.
  return error instanceof Error ? error : new Error(`neo4j ${operation}: failed`, { cause: error });
}

function isAcquisitionTimeout(error: Neo4jError): boolean {
  return /connection acquisition timed out/i.test(error.message);
}

function describeUnavailable(operation: string, error: Neo4jError): string {
  if (error.code.startsWith('Neo.ClientError.Security')) {
    return `neo4j ${operation}: the database refused the credentials (${error.code})`;
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `neo4j ${operation}: the database does not exist (${error.code})`;
  }
  return `neo4j ${operation}: the database is not reachable (${error.code})`;
}
