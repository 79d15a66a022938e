import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Neo4jConnection } from './Neo4jClient';
import { Neo4jGraphStore } from './Neo4jGraphStore';

/**
 * Shared by every test suite that needs a real Neo4j (store contract, GraphQL
 * API on Neo4j...). Neo4j is never mocked: when it is not running, a suite
 * says so loudly and registers one visible placeholder test, which fails
 * when CI=true.
 */

/** Connection from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (local launcher defaults). */
export function neo4jTestConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  return {
    uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? 'devpassword',
    database: env.NEO4J_DATABASE ?? 'neo4j',
    queryTimeoutMs: 10_000,
  };
}

export const SKIP_BANNER =
  'SKIPPED: Neo4j suites need Java 17 and Maven (the project starts its own Neo4j)';

/**
 * Whether the Bolt port of `uri` accepts a TCP connection, checked
 * synchronously (jest collects tests synchronously) in a child process.
 */
export function boltPortOpen(uri: string, timeoutMs = 1500): boolean {
  const url = new URL(uri);
  const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = Number(url.port || 7687);
  const probe = `
    const s = require('node:net').connect({ host: ${JSON.stringify(host)}, port: ${port} });
    s.setTimeout(${timeoutMs}, () => process.exit(1));
    s.on('connect', () => process.exit(0));
    s.on('error', () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe], { timeout: timeoutMs + 2000 });
  return result.status === 0;
}

/** Longest a suite waits for another suite (another jest worker) to release the database. */
export const LOCK_WAIT_MS = 5 * 60_000;

/** Longest a suite waits for the Neo4j that `npm test` starts (testing/jestGlobalSetup.ts). */
export const START_WAIT_MS = 4 * 60_000;

/**
 * Where the Neo4j suites stand, from what the global setup left in the
 * environment: `run` (a database to use now, or one the setup is starting,
 * `wait` names its state file), or `skip` with the reason and the install
 * command.
 */
function neo4jTestPlan(uri: string): { run: true; wait?: string } | { run: false; reason: string } {
  const unavailable = process.env.NEO4J_TEST_UNAVAILABLE;
  if (unavailable) return { run: false, reason: unavailable };
  const stateFile = process.env.NEO4J_TEST_STATE;
  if (stateFile) return { run: true, wait: stateFile };
  if (boltPortOpen(uri)) return { run: true };
  return {
    run: false,
    reason: `nothing answers at ${uri} (NEO4J_URI); unset NEO4J_URI and npm test starts its own Neo4j`,
  };
}

/** Resolves once the Neo4j the global setup starts is ready; throws with its log if it failed. */
async function waitForStartedNeo4j(stateFile: string): Promise<void> {
  const deadline = Date.now() + START_WAIT_MS;
  for (;;) {
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as {
      status: string;
      error?: string;
    };
    if (state.status === 'ready') return;
    if (state.status === 'failed') throw new Error(`the test Neo4j did not start:\n${state.error}`);
    if (Date.now() > deadline)
      throw new Error(`the test Neo4j was not ready after ${START_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * `describe` for a suite that needs Neo4j. When there is one (started by
 * `npm test` or named by NEO4J_URI), runs `body` holding a cross-process
 * lock, since every suite shares (and clears) the one database and jest runs
 * test files in parallel workers; the database is left empty afterwards.
 * Otherwise registers one test named after the problem: it logs SKIP_BANNER
 * and passes, or throws when CI=true.
 */
export function describeNeo4j(title: string, body: (connection: Neo4jConnection) => void): void {
  const connection = neo4jTestConnection();
  const plan = neo4jTestPlan(connection.uri);
  describe(title, () => {
    if (!plan.run) {
      console.warn(banner(plan.reason));
      test(`Neo4j suite cannot run (fails under CI=true): ${plan.reason}`, () => {
        if (process.env.CI === 'true') {
          throw new Error(`${title}: ${plan.reason} — CI requires Neo4j`);
        }
      });
      return;
    }
    let release: (() => void) | undefined;
    beforeAll(async () => {
      if (plan.wait) await waitForStartedNeo4j(plan.wait);
      release = await acquireDatabaseLock();
    }, START_WAIT_MS + LOCK_WAIT_MS);
    body(connection);
    afterAll(async () => {
      try {
        await emptyDatabase(connection);
      } finally {
        release?.();
      }
    });
  });
}

/**
 * Leaves the database empty after a suite, so that a server started on it
 * later seeds the curated graph instead of serving test leftovers.
 */
async function emptyDatabase(connection: Neo4jConnection): Promise<void> {
  const store = new Neo4jGraphStore(connection);
  try {
    await store.clear();
  } finally {
    await store.close();
  }
}

function banner(reason: string): string {
  const line = '*'.repeat(72);
  return `\n${line}\n* ${SKIP_BANNER}\n* ${reason}\n${line}\n`;
}

/** One lock per database: suites pointed at another Neo4j (NEO4J_URI) do not wait for this one. */
const LOCK_FILE = path.join(
  os.tmpdir(),
  `actor-network-explorer-neo4j-tests-${new URL(neo4jTestConnection().uri).port || '7687'}.lock`,
);

/**
 * Exclusive use of the test database across processes: a lock file holding
 * the owner's pid, taken over when that process is gone.
 */
export async function acquireDatabaseLock(waitMs = LOCK_WAIT_MS): Promise<() => void> {
  const started = Date.now();
  for (;;) {
    if (takeLock()) {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (lockOwner() === process.pid) fs.rmSync(LOCK_FILE, { force: true });
      };
    }
    const owner = lockOwner();
    if (owner === undefined || !alive(owner)) {
      fs.rmSync(LOCK_FILE, { force: true });
      continue;
    }
    if (Date.now() - started > waitMs) {
      throw new Error(`Neo4j test database still locked by pid ${owner} (${LOCK_FILE})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Creates the lock file with our pid in one atomic step (link fails if it exists). */
function takeLock(): boolean {
  const mine = `${LOCK_FILE}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  try {
    fs.linkSync(mine, LOCK_FILE);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

function lockOwner(): number | undefined {
  try {
    const pid = Number(fs.readFileSync(LOCK_FILE, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
