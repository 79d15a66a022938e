import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_BOUNDS } from '../../server/src/graphql/armor';
import { operationCost } from '../../server/src/graphql/queryCost';
import { readTypeDefs } from '../../server/src/graphql/schema';
import { summarize, type Row, type Table } from './stats';

/**
 * The most expensive requests that pass the limits, on the real OFAC list
 * imported the README's way, against the server in its own process (`npm
 * start`'s settings: NODE_ENV=production, every limit at its default; only
 * the per-minute budgets off, as the bench asks many times). Each candidate
 * is priced just under MAX_QUERY_COST (or is a walk or ranking at its
 * largest bounds); for each: latency, the server's peak RSS growth during the
 * request (Linux: VmHWM after resetting it through /proc/<pid>/clear_refs),
 * the body size, and the slowest /readyz probed meanwhile.
 * Goal (issue 14): <= 1 s and <= 200 MB RSS growth for every one.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSCONFIG = path.resolve(__dirname, '..', 'tsconfig.json');
const OFAC = path.join(REPO_ROOT, 'data', 'lists', 'ofac-sdn-2021-04-25');
const MB = 1024 * 1024;

interface Candidate {
  what: string;
  /** One document per repetition (rankings vary their types so none is answered from the cache). */
  query: (rep: number) => string;
}

const TYPE_SETS = [
  'ASSOCIATED_WITH, SANCTIONS',
  'ASSOCIATED_WITH, SANCTIONS, FUNDS',
  'ASSOCIATED_WITH, SANCTIONS, SUPPORTS',
  'ASSOCIATED_WITH, SANCTIONS, SUPPLIES',
  'ASSOCIATED_WITH, SANCTIONS, PART_OF',
  'ASSOCIATED_WITH, SANCTIONS, CONTROLS',
  'ASSOCIATED_WITH, SANCTIONS, HOLDS_OFFICE',
  'ASSOCIATED_WITH, SANCTIONS, STRIKES',
];
const ACTOR = 'id name kind aliases origin properties { key value }';
const ENTRIES = [15117, 4632, 27255, 10392, 27445, 15036, 15119, 36, 18960, 18108, 25396, 16034];

const CANDIDATES: Candidate[] = [
  {
    what: 'a hub fanned out: 1,000 of us-treasury’s relationships, each source’s next 48',
    query: () =>
      '{ actor(id: "us-treasury") { relationships(first: 1000) { id source { relationships(first: 48) { id type target { id name } } } } } }',
  },
  {
    what: 'the whole graph at its limit (5,000), every actor and endpoint with aliases and properties',
    query: () =>
      `{ graph(limit: 5000) { truncated actors { ${ACTOR} } relationships { id type program start end evidence { excerpt document section } source { ${ACTOR} } target { ${ACTOR} } } } }`,
  },
  {
    what: 'betweenness over 5,000 relationships, not cached, and a 5,000-relationship graph',
    query: (rep) =>
      `{ rank(metric: BETWEENNESS, types: [${TYPE_SETS[rep % TYPE_SETS.length]}], first: 100) { actor { id name } score } graph(limit: 5000) { relationships { id source { id } target { id } } } }`,
  },
  {
    what: 'four neighbourhoods at depth 3, limit 2,000',
    query: () =>
      `{ ${['us-treasury', 'irgc', 'hezbollah', 'irgc-qods-force']
        .map(
          (id, i) =>
            `n${i}: neighborhood(id: "${id}", depth: 3, limit: 2000) { truncated relationships { id type source { id } target { id } } }`,
        )
        .join(' ')} }`,
  },
  {
    what: '12 shortest-path searches at maxHops 8, first 50',
    query: () =>
      `{ ${ENTRIES.map(
        (n, i) =>
          `p${i}: paths(from: "hezbollah", to: "ofac-${n}", maxHops: 8, first: 50) { hops actors { id name } relationships { id type } }`,
      ).join(' ')} }`,
  },
  {
    what: '12 sanctions exposures at maxHops 6, first 100',
    query: () =>
      `{ ${ENTRIES.map(
        (n, i) =>
          `e${i}: sanctionExposure(id: "ofac-${n}", maxHops: 6, first: 100) { status rule paths { hops actors { id } relationships { id } } designations { id programs } }`,
      ).join(' ')} }`,
  },
  {
    what: 'the control chain below us-treasury, maxHops 10, limit 2,000',
    query: () =>
      '{ controlChain(id: "us-treasury", direction: DOWN, maxHops: 10, limit: 2000) { actors { id name } relationships { id type } } }',
  },
];

export interface LimitsBenchOptions {
  reps: number;
  log: (line: string) => void;
}

export async function limitsBench({ reps, log }: LimitsBenchOptions): Promise<Table> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-limits-'));
  const env = { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, DATA_DIR: dataDir };
  try {
    log('limits: importing the OFAC SDN list (2021-04-25) into a temporary DATA_DIR');
    const imported = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/src/import/cli.ts', 'ofac-csv', OFAC],
      { cwd: REPO_ROOT, env, encoding: 'utf8' },
    );
    if (imported.status !== 0) throw new Error(`import failed:\n${imported.stderr}`);
    const server = await startServer(env);
    try {
      const rows: Row[] = [];
      const notes: string[] = [];
      let worstMs = 0;
      let worstMb = 0;
      for (const candidate of CANDIDATES) {
        const cost = price(candidate.query(0));
        log(`limits: ${candidate.what} (cost ${cost.toLocaleString('en')})`);
        await send(server.url, candidate.query(reps)); // warm-up (JIT), not counted
        const times: number[] = [];
        const growth: number[] = [];
        let bytes = 0;
        let readyMax = 0;
        let outcome = 'answered';
        for (let rep = 0; rep < reps; rep++) {
          const before = resetPeak(server.pid);
          const probes = probeReady(server.url);
          const result = await send(server.url, candidate.query(rep));
          readyMax = Math.max(readyMax, ...(await probes.stop()));
          times.push(result.ms);
          growth.push(Math.max(0, peakRss(server.pid) - before) / MB);
          bytes = result.bytes;
          if (result.codes.length > 0) outcome = result.codes.join(', ');
          if (result.codes.includes('QUERY_COST_EXCEEDED')) {
            throw new Error(`${candidate.what}: refused by the cost check (cost ${cost})`);
          }
        }
        const ms = summarize(times);
        const mb = summarize(growth);
        worstMs = Math.max(worstMs, ms.p95);
        worstMb = Math.max(worstMb, mb.p95);
        rows.push({
          what: candidate.what,
          unit: 'ms',
          value: ms,
          note: `cost ${cost.toLocaleString('en')}, ${(bytes / MB).toFixed(1)} MB body, ${outcome}, slowest /readyz meanwhile ${readyMax.toFixed(0)} ms`,
          goal: '<= 1 s',
          met: ms.p95 <= 1000,
        });
        rows.push({
          what: `  peak RSS growth during it`,
          unit: 'MB',
          value: mb,
          goal: '<= 200 MB',
          met: mb.p95 <= 200,
        });
      }
      notes.push(
        `Worst p95 over the candidates: ${worstMs.toFixed(0)} ms, ${worstMb.toFixed(0)} MB of RSS growth.`,
        `MAX_QUERY_COST ${DEFAULT_QUERY_BOUNDS.maxCost.toLocaleString('en')}, QUERY_TIMEOUT_MS 5000, MAX_RESPONSE_BYTES 10 MiB (defaults).`,
        'Each candidate runs once to warm up, then `reps` times; rankings use another set of types each time, so the cache never answers them.',
      );
      return {
        title: 'The dearest requests within the limits (imported OFAC SDN list)',
        rows,
        notes,
      };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const schema = buildSchema(readTypeDefs());

/** The query's price as the server computes it. */
function price(query: string): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost(schema, document, operation, {});
}

async function send(url: string, query: string) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  const codes = [...new Set((body.errors ?? []).map((e) => String(e.extensions?.code)))];
  return { ms, bytes: Buffer.byteLength(text), codes, status: res.status };
}

/** /readyz every 20 ms until stopped; the latencies. */
function probeReady(url: string): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${url}/readyz`).then((r) => r.text());
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

/** `VmRSS` or `VmHWM` of a process, in bytes (Linux /proc). */
function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Resets the peak RSS mark to the current RSS; returns that RSS. */
function resetPeak(pid: number): number {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  return status(pid, 'VmRSS');
}

function peakRss(pid: number): number {
  return status(pid, 'VmHWM');
}

/** The server as `npm start` runs it, from source (tsx), on a free port. */
async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CLIENT_DIST: '/nonexistent',
      RATE_LIMIT_PER_MINUTE: '0',
      COST_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 120_000;
  let url: string | undefined;
  while (!url) {
    url = /Actor-network explorer: (http:\/\/[\d.]+:\d+)\//.exec(out)?.[1];
    if (child.exitCode !== null) throw new Error(`server exited at start:\n${out}`);
    if (Date.now() > deadline) throw new Error(`server not listening:\n${out}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`server not ready:\n${out}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
