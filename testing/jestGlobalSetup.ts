import * as fs from 'node:fs';
import * as path from 'node:path';
import { Neo4jInstance, NEO4J_PASSWORD, neo4jUnavailableReason } from './neo4j';

/**
 * `npm test`'s global setup: the Neo4j the Neo4j suites run on.
 *
 * - `NEO4J_URI` set: that database is used as it is, and the suites empty it
 *   (said once, loudly).
 * - Otherwise the project's own launcher starts a throw-away Neo4j on a free
 *   port with a temporary data dir. The start runs in the background while
 *   the suites that need no database go ahead; the Neo4j suites wait for it
 *   (`describeNeo4j` reads the state file named by NEO4J_TEST_STATE). The
 *   teardown stops it and deletes its data; so do process exit and Ctrl-C.
 * - Java or Maven missing: said once with the install command; the Neo4j
 *   suites skip loudly, and fail under CI=true (NEO4J_TEST_UNAVAILABLE).
 * - `NEO4J_TESTS=skip`: for a focused run that needs no database (a client
 *   test, one e2e file); the Neo4j suites skip loudly, and fail under CI=true.
 *
 * Jest starts its workers after this returns, so they inherit the
 * environment set here.
 */

/** What `describeNeo4j` reads from NEO4J_TEST_STATE. */
export interface Neo4jTestState {
  status: 'starting' | 'ready' | 'failed';
  uri: string;
  /** Why it failed, with the launcher log's tail. */
  error?: string;
  /** How long the start took. */
  ms?: number;
}

/** Shared with the teardown (jest gives both the same global scope). */
export interface Neo4jTestHandle {
  instance: Neo4jInstance;
  starting: Promise<void>;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    banner(
      `Neo4j suites use NEO4J_URI=${process.env.NEO4J_URI} and EMPTY that database.`,
      'Unset NEO4J_URI to let npm test start a throw-away Neo4j of its own.',
    );
    return;
  }
  const reason =
    process.env.NEO4J_TESTS === 'skip'
      ? 'NEO4J_TESTS=skip (unset it to run them)'
      : neo4jUnavailableReason();
  if (reason) {
    process.env.NEO4J_TEST_UNAVAILABLE = reason;
    banner(
      `Neo4j suites cannot run: ${reason}`,
      process.env.CI === 'true' ? 'CI=true: they will fail.' : 'They will be skipped.',
    );
    return;
  }
  const instance = await Neo4jInstance.create('npm-test');
  const stateFile = path.join(instance.dir, 'state.json');
  // Written whole, then renamed: a reader never sees half a file.
  const write = (state: Neo4jTestState) => {
    fs.writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
    fs.renameSync(`${stateFile}.tmp`, stateFile);
  };
  write({ status: 'starting', uri: instance.uri });
  Object.assign(process.env, {
    NEO4J_URI: instance.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD,
    NEO4J_DATABASE: 'neo4j',
    NEO4J_TEST_STATE: stateFile,
  });
  const own = instance;
  // Ctrl-C or a crash of jest must not leave a JVM behind.
  const onExit = () => own.killNowAndRemove();
  process.once('exit', onExit);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      onExit();
      process.exit(130);
    });
  }
  process.stdout.write(
    `\n[npm test] starting a throw-away Neo4j on ${own.uri} (data in ${own.dir})\n`,
  );
  const starting = own.start().then(
    (ms) => {
      write({ status: 'ready', uri: own.uri, ms });
      process.stdout.write(`\n[npm test] Neo4j ready on ${own.uri} in ${ms} ms\n`);
    },
    (error: unknown) => {
      write({
        status: 'failed',
        uri: own.uri,
        error: `${error instanceof Error ? error.message : String(error)}\n${own.logTail()}`,
      });
    },
  );
  (globalThis as { __neo4jTest?: Neo4jTestHandle }).__neo4jTest = { instance: own, starting };
}

function banner(...lines: string[]): void {
  const rule = '*'.repeat(72);
  process.stdout.write(`\n${rule}\n${lines.map((l) => `* ${l}`).join('\n')}\n${rule}\n`);
}
