import autocannon from 'autocannon';
import type { Body, Serving } from './serve';
import { summarize, type Row, type Summary } from './stats';

/**
 * HTTP measurements, run in the parent while a child serves: autocannon
 * load (req/s per second of the run, latency of every response) and
 * sequential requests (one at a time: the latency one user sees). Each
 * against the real GraphQL app and the bare Express route serving the same
 * payloads.
 */

export interface LoadResult {
  perSecond: number[];
  latencies: number[];
  errors: number;
}

export async function load(
  url: string,
  bodies: readonly Body[],
  connections: number,
  durationSec: number,
): Promise<LoadResult> {
  const payloads = bodies.map((b) => JSON.stringify(b));
  let next = 0;
  const latencies: number[] = [];
  const perSecond: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections,
    duration: durationSec,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          body: payloads[next++ % payloads.length],
        }),
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status !== 200) errors++;
    latencies.push(ms);
  });
  instance.on('tick', (counter: { counter: number }) => perSecond.push(counter.counter));
  const result = (await instance) as { errors: number; timeouts: number; non2xx: number };
  return { perSecond, latencies, errors: errors + result.errors + result.timeouts };
}

/** Every body once per pass, one request at a time: latency of each, and how many answered errors. */
export async function sequential(
  url: string,
  bodies: readonly Body[],
  passes: number,
): Promise<{ times: number[]; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const body of bodies) {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      times.push(performance.now() - t0);
      if (res.status !== 200 || text.includes('"errors"')) errors++;
    }
  }
  return { times, errors };
}

/** Throughput summary: the median second; p95 is not meaningful for a rate. */
const rate = (perSecond: number[]): Summary => ({ ...summarize(perSecond), p95: NaN });

export interface HttpOptions {
  connections: number;
  durationSec: number;
  /** Sequential passes over the bodies. */
  passes: number;
  /** Run autocannon (throughput) rows; otherwise sequential latency only. */
  throughput: boolean;
  log: (line: string) => void;
  goals?: { neighborhoodP95?: number; pathsP95?: number };
}

export async function httpRows(serving: Serving, options: HttpOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const { bodies, graphqlUrl, bareUrl } = serving;
  if (options.throughput) {
    for (const [name, list] of [
      ['trivial query (actor by id)', bodies.trivial],
      ['neighbourhood query (client document, depth 1)', bodies.neighborhood],
    ] as const) {
      // A short warm-up of both servers, then the measured runs.
      await load(graphqlUrl, list, options.connections, 1);
      await load(bareUrl, list, options.connections, 1);
      const gql = await load(graphqlUrl, list, options.connections, options.durationSec);
      const bare = await load(bareUrl, list, options.connections, options.durationSec);
      if (gql.errors || bare.errors)
        throw new Error(`${name}: ${gql.errors} GraphQL / ${bare.errors} bare errors under load`);
      const trivial = name.startsWith('trivial');
      const gqlRate = rate(gql.perSecond);
      const bareRate = rate(bare.perSecond);
      rows.push(
        {
          what: `GraphQL ${name}, ${options.connections} connections`,
          unit: 'req/s',
          value: gqlRate,
          baseline: bareRate,
          baselineLabel: 'bare Express',
          goal: trivial ? '>= 0.4× bare Express' : undefined,
          met: trivial ? gqlRate.median >= 0.4 * bareRate.median : undefined,
        },
        {
          what: `GraphQL ${name}, latency under load`,
          unit: 'ms',
          value: summarize(gql.latencies),
          baseline: summarize(bare.latencies),
          baselineLabel: 'bare Express',
        },
      );
      options.log(
        `http: ${name}: ${gqlRate.median.toFixed(0)} req/s (bare ${bareRate.median.toFixed(0)} req/s)`,
      );
    }
  }
  for (const [name, list, goal] of [
    ['neighbourhood (depth 1)', bodies.neighborhood, options.goals?.neighborhoodP95],
    ['paths (maxHops 4)', bodies.paths, options.goals?.pathsP95],
  ] as const) {
    await sequential(graphqlUrl, list.slice(0, 2), 1);
    const gql = await sequential(graphqlUrl, list, options.passes);
    const bare = await sequential(bareUrl, list, options.passes);
    const value = summarize(gql.times);
    rows.push({
      what: `GraphQL ${name}, one request at a time`,
      unit: 'ms',
      value,
      baseline: summarize(bare.times),
      baselineLabel: 'bare Express',
      goal: goal === undefined ? undefined : `p95 <= ${goal} ms`,
      met: goal === undefined ? undefined : value.p95 <= goal && gql.errors === 0,
      note: gql.errors ? `${gql.errors} of ${gql.times.length} answered STORE_TIMEOUT` : undefined,
    });
    options.log(
      `http: ${name}: median ${value.median.toFixed(1)} ms, p95 ${value.p95.toFixed(1)} ms${gql.errors ? `, ${gql.errors} errors` : ''}`,
    );
  }
  return rows;
}
