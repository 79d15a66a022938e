import * as path from 'node:path';
import autocannon from 'autocannon';
import { readSeed } from '@explorer/graph-seed';
import { SqliteGraphFile } from '../server/src/store/persist/SqliteGraphFile';
import { figure } from './support/figures';
import { codes, gql, openConnection, timedGet, type GqlResult } from './support/http';
import { removeTemp, sleep, tempDir } from './support/paths';
import { expectTypedFailure, heavyPathQuery, MIX } from './support/queries';
import { startServer, type MemorySample, type ServerProcess } from './support/server';
import { layeredGraph, type SyntheticGraph } from './support/syntheticGraph';

/**
 * The server on the embedded store: under sustained load (latency, 5xx,
 * memory), with a big graph (walk deadlines, a responsive event loop), and
 * stopped by SIGTERM in the middle of traffic.
 */

const seed = readSeed();
const MB = 1024 * 1024;

/** LOAD_SECONDS (default 60): length of the load run. */
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const LOAD_CONNECTIONS = 50;
/** After a full GC, the heap may end this much above where it started (caches, JIT, pools). */
const HEAP_MARGIN = { ratio: 1.25, bytes: 10 * MB };
/**
 * RSS rarely shrinks back (malloc arenas, V8 pages kept for reuse) and moves by
 * tens of MB between samples of the same idle process: allowed growth. The heap
 * after a full GC is what shows a leak.
 */
const RSS_MARGIN_BYTES = 100 * MB;

describe('embedded store under load', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGTERM');
  });

  test(`${LOAD_CONNECTIONS} clients for ${LOAD_SECONDS} s of mixed queries: no 5xx, no GraphQL error, memory flat`, async () => {
    server = await startServer(
      {
        STORE: 'memory',
        RATE_LIMIT_PER_MINUTE: '0',
        COST_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
      },
      { label: 'memory-load', memoryProbe: true },
    );
    const requests = MIX.map(({ query, variables }) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }));
    let graphqlErrors = 0;
    let sample = '';
    const withCheck = requests.map((r) => ({
      ...r,
      onResponse: (status: number, body: string) => {
        if (status === 200 && !body.includes('"errors"')) return;
        graphqlErrors++;
        sample ||= `${status} ${body.slice(0, 300)}`;
      },
    }));
    const run = (seconds: number) =>
      autocannon({
        url: server!.url,
        connections: LOAD_CONNECTIONS,
        duration: seconds,
        timeout: 30,
        requests: withCheck,
      });

    // Warm-up (JIT, caches, connection pools), then the baseline; the run in two
    // halves, memory sampled after each (full GC): a leak keeps growing in the second.
    await run(5);
    await sleep(2000);
    const before = await server.probeMemory();
    const halves: autocannon.Result[] = [];
    const samples = [];
    for (const seconds of [Math.ceil(LOAD_SECONDS / 2), Math.floor(LOAD_SECONDS / 2)]) {
      halves.push(await run(seconds));
      await sleep(3000);
      samples.push(await server.probeMemory());
    }
    const [mid, after] = samples as [MemorySample, MemorySample];
    const total = (key: '2xx' | '5xx' | 'non2xx' | 'errors' | 'timeouts') =>
      halves.reduce((sum, r) => sum + r[key], 0);
    const requestsTotal = halves.reduce((sum, r) => sum + r.requests.total, 0);

    figure(`load: ${LOAD_CONNECTIONS} connections × ${LOAD_SECONDS} s, requests`, requestsTotal);
    figure('load: throughput', requestsTotal / LOAD_SECONDS, ' req/s');
    figure('load: latency p50 (each half)', halves.map((r) => `${r.latency.p50} ms`).join(', '));
    figure('load: latency p99 (each half)', halves.map((r) => `${r.latency.p99} ms`).join(', '));
    figure('load: latency max', Math.max(...halves.map((r) => r.latency.max)), ' ms');
    figure(
      'load: RSS after GC, before → half-way → after',
      `${mb(before.rss)} → ${mb(mid.rss)} → ${mb(after.rss)} MB`,
    );
    figure(
      'load: heap used after GC, before → half-way → after',
      `${mb(before.heapUsed)} → ${mb(mid.heapUsed)} → ${mb(after.heapUsed)} MB`,
    );

    expect(total('5xx')).toBe(0);
    expect(total('non2xx')).toBe(0);
    expect(total('errors')).toBe(0);
    expect(total('timeouts')).toBe(0);
    expect({ graphqlErrors, sample }).toEqual({ graphqlErrors: 0, sample: '' });
    expect(requestsTotal).toBeGreaterThan(LOAD_SECONDS * 50);
    expect(after.heapUsed).toBeLessThan(before.heapUsed * HEAP_MARGIN.ratio + HEAP_MARGIN.bytes);
    expect(mid.heapUsed).toBeLessThan(before.heapUsed * HEAP_MARGIN.ratio + HEAP_MARGIN.bytes);
    expect(after.rss).toBeLessThan(before.rss + RSS_MARGIN_BYTES);
    // Still healthy, and it still answers correctly.
    const stats = await gql(server.url, '{ stats { actors relationships } }');
    expect(stats.body.data).toEqual({
      stats: { actors: seed.actors.length, relationships: seed.relationships.length },
    });
  });
});

describe('embedded store with a big graph', () => {
  /**
   * Deadline of every store call in this server: the minimum, so that the
   * deadline decides when the walk ends, not the size of the graph (the whole
   * walk takes several times longer than that here).
   */
  const QUERY_TIMEOUT_MS = 100;
  /** Slack over the deadline: the walk checks it between BFS levels, and one level runs at once. */
  const MARGIN_MS = 600;
  /** Longest the event loop may be held: about one BFS level (~100-200 ms here), not the whole walk. */
  const HEALTHZ_MS = 400;
  let graph: SyntheticGraph;
  let dataDir: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    graph = layeredGraph({ width: 10_000, layers: 8, degree: 4 });
    // The server loads DATA_DIR/graph.sqlite (what imports persist), then the curated graph.
    dataDir = tempDir('big-graph');
    const file = SqliteGraphFile.open(path.join(dataDir, 'graph.sqlite'));
    try {
      file.write({
        actors: graph.actors,
        curated: [],
        relationships: graph.relationships,
        designations: [],
        removedActors: [],
        documents: [],
      });
    } finally {
      file.close();
    }
    const started = Date.now();
    server = await startServer(
      {
        STORE: 'memory',
        DATA_DIR: dataDir,
        QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
        RATE_LIMIT_PER_MINUTE: '0',
        COST_LIMIT_PER_MINUTE: '0',
        // info: the SIGTERM test reads when the server logged "shutting down".
        LOG_LEVEL: 'info',
      },
      { label: 'memory-big-graph', timeoutMs: 120_000 },
    );
    figure(
      `embedded synthetic graph (${graph.actors.length} actors, ${graph.relationships.length} relationships): server start`,
      Date.now() - started,
      ' ms',
    );
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    removeTemp(dataDir);
  });

  test('a path query at the largest bounds answers or times out in time; /healthz stays quick', async () => {
    const { url } = server!;
    const stats = await gql(url, '{ stats { actors relationships } }');
    expect(stats.body.data).toEqual({
      stats: {
        actors: graph.actors.length + seed.actors.length,
        relationships: graph.relationships.length + seed.relationships.length,
      },
    });

    const { result, healthz } = await heavyPathQuery(url, graph.hub, graph.far);
    const outcome = result.body.errors ? codes(result).join(',') : 'answered';
    figure(`embedded path query hub→far, maxHops 8, first 50 (${outcome})`, result.ms, ' ms');
    figure(
      `embedded slowest concurrent /healthz during it (${healthz.length} probes)`,
      Math.max(...healthz),
      ' ms',
    );
    if (result.body.errors) expectTypedFailure(result, ['STORE_TIMEOUT']);
    else expect(result.status).toBe(200);
    expect(result.ms).toBeLessThan(QUERY_TIMEOUT_MS + MARGIN_MS);
    // One BFS level runs without yielding: the event loop may be held that long, no longer.
    expect(Math.max(...healthz)).toBeLessThan(HEALTHZ_MS);
  });

  test('SIGTERM during load: in-flight requests finish, new ones are refused, exit 0 within the grace period', async () => {
    const { url } = server!;
    type Outcome = { sent: number; result?: GqlResult; error?: string };
    const light: Outcome[] = [];
    let running = true;
    const clients = Array.from({ length: 20 }, async (_, c) => {
      for (let i = c; running; i++) {
        const { query, variables } = MIX[i % MIX.length]!;
        const outcome: Outcome = { sent: Date.now() };
        light.push(outcome);
        try {
          outcome.result = await gql(url, query, variables, { timeoutMs: 20_000 });
        } catch (error) {
          outcome.error = String((error as { cause?: unknown }).cause ?? error);
          await sleep(20);
        }
      }
    });
    // Slow requests (the hub's 2-hop neighbourhood: 10 000 + 40 000 relationships to
    // walk), each on a connection the server has already accepted, sent just before
    // the signal: they queue up behind each other, so they are surely in flight.
    const connections = await Promise.all([0, 1, 2, 3].map(() => openConnection(url)));
    await sleep(1500);
    const heavy = connections.map((c) =>
      c
        .post({
          query:
            'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 2000) { actors { id } truncated } }',
          variables: { id: graph.hub },
        })
        .catch((error: unknown) => ({ status: 0, text: String(error), ms: 0 })),
    );
    await sleep(30);
    const signalled = Date.now();
    const exited = await server!.stop('SIGTERM', 20_000);
    const heavyResults = await Promise.all(heavy);
    connections.forEach((c) => c.close());
    await sleep(300);
    running = false;
    await Promise.all(clients);

    const shutdownMs = exited.at - signalled;
    const closedAt = server!.logs().find((l) => l.msg === 'shutting down')?.time as
      number | undefined;
    const late = light.filter((o) => closedAt !== undefined && o.sent > closedAt + 50);
    const failedBefore = light.filter(
      (o) => o.error && (closedAt === undefined || o.sent <= closedAt),
    );
    const answered = light.filter((o) => o.result);
    figure('SIGTERM: signal to exit', shutdownMs, ' ms');
    figure(
      'SIGTERM: in-flight neighbourhood requests answered',
      `${heavyResults.filter((h) => h.status === 200).length}/${heavyResults.length}, the last ${Math.round(Math.max(...heavyResults.map((h) => h.ms)))} ms after it was sent`,
    );
    figure(
      'SIGTERM: light requests',
      `${answered.length} answered, ${late.length} sent after the close (refused), ${failedBefore.length} sent before it failed at network level`,
    );

    const problems: string[] = [];
    if (exited.code !== 0) problems.push(`exit code ${exited.code ?? exited.signal}`);
    // index.ts forces exit(1) after 10 s.
    if (shutdownMs >= 10_000) problems.push(`exit ${shutdownMs} ms after SIGTERM`);
    if (closedAt === undefined) problems.push('no "shutting down" log line');
    for (const h of heavyResults) {
      if (h.status !== 200)
        problems.push(`in-flight request not answered: ${h.status} ${h.text.slice(0, 200)}`);
    }
    for (const o of answered) {
      if (o.result!.status >= 500)
        problems.push(`${o.result!.status}: ${o.result!.text.slice(0, 200)}`);
    }
    if (late.length === 0) problems.push('no request was sent after the close');
    for (const o of late) {
      if (o.result) problems.push(`served after the close: ${o.result.status}`);
      else if (!/ECONNREFUSED|ECONNRESET|other side closed|SocketError/.test(o.error ?? '')) {
        problems.push(`after the close, not refused: ${o.error}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
    await expect(timedGet(`${url}/healthz`, 2000)).rejects.toThrow();
  });
});

function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
