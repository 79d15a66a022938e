import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { StoreTimeoutError } from '../../errors/DomainError';
import { toStoreError } from './errors';

export interface Neo4jConnection {
  /** bolt://host:port, or neo4j:// / neo4j+s:// for a cluster or Aura. */
  uri: string;
  user: string;
  password: string;
  /** Database name, e.g. "neo4j". */
  database: string;
  /** Deadline of every store call in ms (QUERY_TIMEOUT_MS, default 5000 in config). */
  queryTimeoutMs: number;
  /** Deadline of one write batch (seed, import); default the larger of queryTimeoutMs and 60 s. */
  writeTimeoutMs?: number;
}

/** Query parameters: always values, never spliced into the text. */
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Time left for one store call; every transaction of the call shares it. */
export class Deadline {
  private readonly end: number;
  constructor(readonly ms: number) {
    this.end = Date.now() + ms;
  }
  /** True once the time is up (with a little slack for clock and network). */
  passed(): boolean {
    return Date.now() >= this.end - 50;
  }
  /** Milliseconds left, at least 1 (Neo4j reads 0 as "no timeout"). */
  remaining(): number {
    return Math.max(1, this.end - Date.now());
  }
}

/**
 * Least default deadline of a write batch (seed, import): a cold database
 * plans and writes its first batches far slower than it answers reads.
 */
const WRITE_TIMEOUT_MS = 60_000;

/** Extra time the client waits past a transaction timeout for the server to report it. */
const SERVER_GRACE_MS = 1000;

/**
 * The driver, wrapped so every transaction has a timeout, runs as a managed
 * read or write (the driver retries transient errors, briefly), and fails
 * with a domain error: StoreUnavailableError when Neo4j cannot be reached,
 * StoreTimeoutError when a deadline passes.
 */
export class Neo4jClient {
  readonly timeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly driver: Driver;
  private readonly database: string;

  constructor(connection: Neo4jConnection) {
    this.timeoutMs = connection.queryTimeoutMs;
    this.writeTimeoutMs =
      connection.writeTimeoutMs ?? Math.max(connection.queryTimeoutMs, WRITE_TIMEOUT_MS);
    this.database = connection.database;
    const t = connection.queryTimeoutMs;
    this.driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        // Counts and integers as JS numbers: ours are far below 2^53.
        disableLosslessIntegers: true,
        // A dead database must fail within seconds, not the driver defaults of 30-60 s.
        connectionTimeout: Math.min(t, 3000),
        connectionAcquisitionTimeout: t,
        // Retries (from ~1 s, doubling) stop once this much time has passed since the first failure.
        maxTransactionRetryTime: Math.min(1000, Math.floor(t / 4)),
        // Deprecation and performance hints are not ours to log at runtime.
        notificationFilter: { minimumSeverityLevel: 'OFF' },
      },
    );
  }

  /** A deadline of one store call (the configured query timeout). */
  deadline(): Deadline {
    return new Deadline(this.timeoutMs);
  }

  /** One read query in a managed read transaction; rows as plain objects. */
  async read<R extends Row = Row>(
    operation: string,
    cypher: string,
    params: Params,
    deadline: Deadline = this.deadline(),
  ): Promise<R[]> {
    return this.readTx(operation, (tx) => run<R>(tx, cypher, params), deadline);
  }

  /** Any read work in one managed read transaction. */
  async readTx<T>(
    operation: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    deadline: Deadline = this.deadline(),
  ): Promise<T> {
    return this.execute(operation, 'READ', work, deadline);
  }

  /** Any write work in one managed write transaction, with its own full timeout. */
  async writeTx<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.execute(operation, 'WRITE', work, new Deadline(this.writeTimeoutMs));
  }

  /**
   * One statement in an auto-commit transaction: needed for schema changes
   * and `CALL { } IN TRANSACTIONS`. Not retried. `timeoutMs` overrides the
   * query timeout (index population can take longer).
   */
  async autoCommit<R extends Row = Row>(
    operation: string,
    cypher: string,
    params: Params = {},
    timeoutMs: number = this.timeoutMs,
  ): Promise<R[]> {
    const deadline = new Deadline(timeoutMs);
    if (deadline.passed()) throw new StoreTimeoutError(operation, deadline.ms);
    const session = this.session('WRITE');
    const work = async () => {
      const result = await session.run<R>(cypher, params, { timeout: deadline.remaining() });
      return result.records.map((r) => r.toObject());
    };
    return this.guard(operation, session, work(), deadline);
  }

  /** True when the database answers `RETURN 1` within the query timeout; never throws. */
  async ping(): Promise<boolean> {
    try {
      const rows = await this.autoCommit('ping', 'RETURN 1 AS ok');
      return rows[0]?.['ok'] === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async execute<T>(
    operation: string,
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    deadline: Deadline,
  ): Promise<T> {
    // A call whose time is up sends no more queries (Neo4j ignores a 1 ms timeout).
    if (deadline.passed()) throw new StoreTimeoutError(operation, deadline.ms);
    const session = this.session(mode);
    const config = { timeout: deadline.remaining() };
    const running =
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    return this.guard(operation, session, running, deadline);
  }

  /**
   * Waits for the work, at most until the deadline plus a grace for the
   * server's own timeout to arrive; maps errors; always closes the session.
   */
  private async guard<T>(
    operation: string,
    session: Session,
    running: Promise<T>,
    deadline: Deadline,
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new StoreTimeoutError(operation, deadline.ms)),
        deadline.remaining() + SERVER_GRACE_MS,
      );
    });
    running.catch(() => undefined);
    let timedOut = false;
    try {
      return await Promise.race([running, expired]);
    } catch (error) {
      timedOut = error instanceof StoreTimeoutError;
      throw toStoreError(error, operation, deadline.ms, deadline.passed());
    } finally {
      clearTimeout(timer);
      // Closing waits for a timed-out transaction to finish: do not hold the caller then.
      const closing = session.close().catch(() => undefined);
      if (!timedOut) await closing;
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}

/** Runs one query in a transaction; rows as plain objects. */
export async function run<R extends Row = Row>(
  tx: ManagedTransaction,
  cypher: string,
  params: Params,
): Promise<R[]> {
  const result = await tx.run<R>(cypher, params);
  return result.records.map((r) => r.toObject());
}

/**
 * A JS number as a Cypher INTEGER. The driver sends numbers as FLOAT, which
 * LIMIT, SKIP and procedure arguments refuse.
 */
export function integer(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
