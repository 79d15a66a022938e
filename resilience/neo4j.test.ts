import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import { Neo4jGraphStore } from '../server/src/store/neo4j/Neo4jGraphStore';
import { figure } from './support/figures';
import { codes, gql, timedGet, type GqlResult } from './support/http';
import { expectTypedFailure, heavyPathQuery, MIX } from './support/queries';
import { describeWithNeo4j, Neo4jInstance, NEO4J_PASSWORD } from '../testing/neo4j';
import { IMPORT_CLI, REPO_ROOT, removeTemp, sleep, tempDir } from './support/paths';
import { startServer, waitFor, type ServerProcess } from './support/server';
import { syntheticGraph } from './support/syntheticGraph';

/**
 * The server on a Neo4j that is down at start, killed while serving, and
 * slow on a big graph: it must stay up, say why it is not ready, fail fast
 * with typed codes, and recover without a restart. One Neo4j instance of
 * our own (free port, temp data dir), started and killed by the tests, never
 * the shared one on 7687. An import SIGKILLed half-way and run again ends in
 * the state of a clean run (batch-level interruption: also
 * server/src/import/runImport.neo4j.test.ts).
 */

/** The default deadline of every store call (QUERY_TIMEOUT_MS unset), for the fault tests. */
const DEFAULT_TIMEOUT_MS = 5000;
/** A shorter deadline for the big-graph test, so that the path query meets it. */
const SHORT_TIMEOUT_MS = 2000;
/** Slack over the deadline for a failure to reach the client (driver grace 1 s, HTTP, a busy CI box). */
const MARGIN_MS = 1500;
/** Longest from Neo4j READY to the server being ready and answering again. */
const RECOVERY_MS = 40_000;

const seed = readSeed();

describeWithNeo4j('server on a Neo4j that fails', () => {
  let neo4j: Neo4jInstance;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    neo4j = await Neo4jInstance.create();
  });
  afterAll(async () => {
    await server?.stop('SIGTERM');
    await neo4j?.dispose();
  });

  test('Neo4j down at start: alive, not ready, fast typed errors; recovers once Neo4j is up', async () => {
    server = await startServer(
      {
        ...neo4j.serverEnv(),
        QUERY_TIMEOUT_MS: String(DEFAULT_TIMEOUT_MS),
        RATE_LIMIT_PER_MINUTE: '0',
        COST_LIMIT_PER_MINUTE: '0',
      },
      { label: 'neo4j-faults' },
    );
    const { url } = server;

    // It says why, and keeps trying (attempts 1 s, then 2 s apart).
    await waitFor(
      async () => server!.logs().filter((l) => l.msg === 'store not ready; retrying').length >= 2,
      { timeoutMs: 15_000, what: 'two "store not ready; retrying" log lines' },
    );
    const retry = server.logs().find((l) => l.msg === 'store not ready; retrying')!;
    expect(retry.level).toBe(40); // warn
    expect(JSON.stringify(retry)).toMatch(/not reachable/);

    expect((await timedGet(`${url}/healthz`)).status).toBe(200);
    const notReady = await timedGet(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.json).toMatchObject({ ready: false, store: 'neo4j' });
    expect(String(notReady.json.reason)).toMatch(/not reachable/);

    let slowest = 0;
    for (const { query, variables } of MIX) {
      const result = await gql(url, query, variables);
      expectTypedFailure(result, ['STORE_UNAVAILABLE']);
      slowest = Math.max(slowest, result.ms);
    }
    figure('neo4j down at start: slowest GraphQL failure (STORE_UNAVAILABLE)', slowest, ' ms');
    expect(slowest).toBeLessThan(DEFAULT_TIMEOUT_MS + MARGIN_MS);

    // Now Neo4j comes up on that port, empty: the server prepares it and seeds the curated graph.
    const startMs = await neo4j.start();
    figure('neo4j start to READY', startMs, ' ms');
    const recovery = await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: 45_000,
      what: '/readyz 200 after Neo4j started',
      intervalMs: 200,
    });
    figure('neo4j down at start: Neo4j READY to /readyz 200', recovery, ' ms');
    // Readiness retries back off up to 5 s apart; then schema, indexes and the curated graph
    // on a cold JVM (the first writes plan dozens of queries: 5-10 s on a small machine).
    expect(recovery).toBeLessThan(RECOVERY_MS);

    const stats = await gql(url, '{ stats { actors relationships } }');
    expect(stats.body.errors).toBeUndefined();
    expect(stats.body.data).toEqual({
      stats: { actors: seed.actors.length, relationships: seed.relationships.length },
    });
    expect(server.logs().some((l) => l.msg === 'curated graph loaded')).toBe(true);
    for (const { query, variables } of MIX) {
      const result = await gql(url, query, variables);
      expect(result.body.errors).toBeUndefined();
    }
  });

  test('Neo4j killed while serving: fast typed errors, /readyz 503, recovery without a server restart', async () => {
    if (!server) throw new Error('needs the server of the previous test');
    const { url } = server;
    await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: 30_000,
      what: 'ready before the kill',
    });

    // Four clients querying without pause, before, during and after the kill.
    let killedAt = Infinity;
    let running = true;
    const afterKill: GqlResult[] = [];
    const unexpected: string[] = [];
    const client = async (offset: number) => {
      for (let i = offset; running; i++) {
        const { query, variables } = MIX[i % MIX.length]!;
        const sent = Date.now();
        const result = await gql(url, query, variables, { timeoutMs: 30_000 }).catch(
          (error: unknown) => {
            unexpected.push(`network error: ${String(error)}`);
            return undefined;
          },
        );
        if (!result) continue;
        if (sent >= killedAt) afterKill.push(result);
        else if (result.body.errors && Date.now() < killedAt) {
          unexpected.push(`error before the kill: ${result.text}`);
        }
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    await sleep(1500);

    killedAt = Date.now();
    await neo4j.kill();
    const notReadyAfter = await waitFor(
      async () => (await timedGet(`${url}/readyz`)).status === 503,
      { timeoutMs: 5000, what: '/readyz 503 after the kill', intervalMs: 50 },
    );
    figure('neo4j killed: kill to /readyz 503', notReadyAfter, ' ms');
    await sleep(4000);
    running = false;
    await Promise.all(clients);

    expect(unexpected).toEqual([]);
    expect(afterKill.length).toBeGreaterThan(0);
    const failed = afterKill.filter((r) => r.body.errors);
    // Requests the database had answered just before the kill may still succeed; the rest fail typed.
    expect(failed.length).toBeGreaterThan(afterKill.length / 2);
    for (const result of failed) expectTypedFailure(result, ['STORE_UNAVAILABLE', 'STORE_TIMEOUT']);
    const slowest = Math.max(...afterKill.map((r) => r.ms));
    figure(
      `neo4j killed: slowest of ${afterKill.length} requests after the kill (${failed.length} failed)`,
      slowest,
      ' ms',
    );
    expect(slowest).toBeLessThan(DEFAULT_TIMEOUT_MS + MARGIN_MS);
    expect((await timedGet(`${url}/healthz`)).status).toBe(200);

    // Neo4j back on the same data dir: the same server recovers, data intact.
    const startMs = await neo4j.start();
    figure('neo4j restart (same data dir) to READY', startMs, ' ms');
    const recovery = await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: 30_000,
      what: '/readyz 200 after the restart',
      intervalMs: 100,
    });
    figure('neo4j killed: Neo4j READY again to /readyz 200', recovery, ' ms');
    // Real queries may still be slow on the cold JVM for a moment: until each answers,
    // failures stay typed and within the deadline.
    const warming: GqlResult[] = [];
    const answered = await waitFor(
      async () => {
        const results = await Promise.all(MIX.map((m) => gql(url, m.query, m.variables)));
        warming.push(...results.filter((r) => r.body.errors));
        return results.every((r) => !r.body.errors);
      },
      { timeoutMs: RECOVERY_MS, what: 'every query of the mix answered after the restart' },
    );
    figure(
      `neo4j killed: /readyz 200 to every query answering (${warming.length} failed meanwhile)`,
      answered,
      ' ms',
    );
    for (const result of warming)
      expectTypedFailure(result, ['STORE_UNAVAILABLE', 'STORE_TIMEOUT']);
    expect(Math.max(0, ...warming.map((r) => r.ms))).toBeLessThan(DEFAULT_TIMEOUT_MS + MARGIN_MS);
    const stats = await gql(url, '{ stats { actors relationships } }');
    expect(stats.body.data).toEqual({
      stats: { actors: seed.actors.length, relationships: seed.relationships.length },
    });
    // Still the first process: nothing restarted it.
    expect(server.output()).not.toMatch(/shutting down/);
  });

  test('deadline on a big graph (Neo4j): a path query at the largest bounds answers or times out in time; the process stays responsive', async () => {
    if (!server) throw new Error('needs the database of the previous tests');
    await server.stop('SIGTERM');
    const graph = syntheticGraph({ actors: 8000, degree: 3, hubDegree: 2500 });
    // Loaded through the store API, as an import would.
    const store = new Neo4jGraphStore({
      uri: neo4j.uri,
      user: 'neo4j',
      password: NEO4J_PASSWORD,
      database: 'neo4j',
      queryTimeoutMs: 120_000,
    });
    const loadStarted = Date.now();
    try {
      for (let i = 0; i < graph.actors.length; i += 5000) {
        await store.upsertActors(graph.actors.slice(i, i + 5000));
      }
      for (let i = 0; i < graph.relationships.length; i += 5000) {
        await store.upsertRelationships(graph.relationships.slice(i, i + 5000));
      }
    } finally {
      await store.close();
    }
    figure(
      `neo4j synthetic graph loaded (${graph.actors.length} actors, ${graph.relationships.length} relationships)`,
      Date.now() - loadStarted,
      ' ms',
    );

    server = await startServer(
      {
        ...neo4j.serverEnv(),
        QUERY_TIMEOUT_MS: String(SHORT_TIMEOUT_MS),
        RATE_LIMIT_PER_MINUTE: '0',
        COST_LIMIT_PER_MINUTE: '0',
      },
      { label: 'neo4j-big-graph' },
    );
    const { url } = server;
    await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: 30_000,
      what: 'ready',
    });
    const { result, healthz } = await heavyPathQuery(url, graph.hub, graph.far);
    const outcome = result.body.errors ? codes(result).join(',') : 'answered';
    figure(`neo4j path query hub→far, maxHops 8, first 50 (${outcome})`, result.ms, ' ms');
    figure(
      `neo4j slowest concurrent /healthz during it (${healthz.length} probes)`,
      Math.max(...healthz),
      ' ms',
    );
    if (result.body.errors) expectTypedFailure(result, ['STORE_TIMEOUT']);
    else expect(result.status).toBe(200);
    expect(result.ms).toBeLessThan(SHORT_TIMEOUT_MS + MARGIN_MS);
    expect(Math.max(...healthz)).toBeLessThan(500);
    // Neo4j works on past the deadline (it checks transaction timeouts periodically), so
    // /readyz may say 503 for a moment; then all is well again.
    const settled = await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: 20_000,
      what: '/readyz 200 after the heavy query',
    });
    figure('neo4j after the heavy query: until /readyz 200', settled, ' ms');
    const again = await gql(url, MIX[0]!.query);
    expect(again.body.errors).toBeUndefined();
  });

  test('Neo4j stopped cleanly while serving: typed errors in time, /readyz 503 within 5 s, recovery without a restart', async () => {
    if (!server) throw new Error('needs the server of the previous test');
    const { url } = server;
    await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: 30_000,
      what: 'ready before the stop',
    });
    const stopping = neo4j.stop();
    const notReady = await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 503, {
      timeoutMs: 35_000,
      what: '/readyz 503 while Neo4j stops',
      intervalMs: 50,
    });
    await stopping;
    const stoppedAt = Date.now();
    const after = await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 503, {
      timeoutMs: 5000,
      what: '/readyz 503 after the stop',
      intervalMs: 50,
    });
    figure('neo4j stopped: stop begun to /readyz 503', notReady, ' ms');
    expect(Date.now() - stoppedAt - after).toBeLessThan(5000);
    let slowest = 0;
    for (const { query, variables } of MIX) {
      const result = await gql(url, query, variables);
      expectTypedFailure(result, ['STORE_UNAVAILABLE', 'STORE_TIMEOUT']);
      slowest = Math.max(slowest, result.ms);
    }
    figure('neo4j stopped: slowest GraphQL failure', slowest, ' ms');
    expect(slowest).toBeLessThan(DEFAULT_TIMEOUT_MS + MARGIN_MS);

    await neo4j.start();
    const recovery = await waitFor(async () => (await timedGet(`${url}/readyz`)).status === 200, {
      timeoutMs: RECOVERY_MS,
      what: '/readyz 200 after the restart',
      intervalMs: 100,
    });
    figure('neo4j stopped: Neo4j READY again to /readyz 200', recovery, ' ms');
    await waitFor(
      async () => {
        const results = await Promise.all(MIX.map((m) => gql(url, m.query, m.variables)));
        return results.every((r) => !r.body.errors);
      },
      { timeoutMs: RECOVERY_MS, what: 'every query of the mix answered after the restart' },
    );
    expect(server.output()).not.toMatch(/shutting down/);
  });

  test('an import SIGKILLed half-way, run again, ends in the state of a clean run', async () => {
    if (!server) throw new Error('needs the database of the previous tests');
    await server.stop('SIGTERM');
    server = undefined;
    const store = new Neo4jGraphStore({
      uri: neo4j.uri,
      user: 'neo4j',
      password: NEO4J_PASSWORD,
      database: 'neo4j',
      queryTimeoutMs: 120_000,
    });
    const list = path.join(REPO_ROOT, 'data', 'lists', 'ofac-sdn-2021-04-25');
    const dataDir = tempDir('neo4j-import');
    const env = { ...process.env, ...neo4j.serverEnv(), DATA_DIR: dataDir };
    const importArgs = [IMPORT_CLI, 'ofac-csv', list, '--store', 'neo4j'];
    const snapshot = async () => {
      const graph = await store.graph({ limit: 1_000_000 });
      return { stats: await store.stats(), graph };
    };
    try {
      await store.clear();
      const cleanStarted = Date.now();
      const clean = spawnSync(process.execPath, importArgs, {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
      });
      expect(clean.stderr).toBe('');
      expect(clean.status).toBe(0);
      figure('neo4j import of the OFAC SDN list, clean', Date.now() - cleanStarted, ' ms');
      const expected = await snapshot();
      // Designations are records of their own (#16), links between actors
      // are relationships: both must be there in thousands.
      expect(expected.stats.designations).toBeGreaterThan(8_000);
      expect(expected.stats.relationships).toBeGreaterThan(3_000);

      await store.clear();
      removeTemp(dataDir);
      const child = spawn(process.execPath, importArgs, { cwd: REPO_ROOT, env, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once('exit', (_code, signal) => resolve(signal)),
      );
      // Killed once it has written part of the list: more than the curated graph, not all of it.
      await waitFor(
        async () => (await store.stats()).relationships > seed.relationships.length + 100,
        { timeoutMs: 120_000, what: 'the import writing relationships', intervalMs: 50 },
      );
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const partial = await store.stats();
      figure(
        'neo4j import SIGKILLed with relationships written',
        `${partial.relationships} of ${expected.stats.relationships}`,
      );

      // The killed import's lock (same machine, dead pid) is taken over at once.
      const again = spawnSync(process.execPath, importArgs, {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
      });
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      expect(await snapshot()).toEqual(expected);
    } finally {
      await store.close();
      removeTemp(dataDir);
    }
  });
});
