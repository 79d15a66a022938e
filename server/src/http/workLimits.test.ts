import * as net from 'node:net';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import type { GraphStore } from '../store/GraphStore';
import { startTestServer, type TestServer } from '../test/testServer';

/**
 * Limits on the work a request causes, over real HTTP: a query is priced by
 * what will run (defaults, variables, null), a client's cost budget runs out
 * like its request budget (and says which), an oversized result is refused
 * with a code, and a body that trickles is cut off.
 */

/** The real embedded store, counting the read calls that reach it. */
function countingStore(): { store: GraphStore; reads: () => number } {
  let reads = 0;
  const real = new MemoryGraphStore();
  const writes = new Set(['upsertActors', 'upsertRelationships', 'init', 'close', 'ping', 'stats']);
  const store = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!writes.has(String(prop))) reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, reads: () => reads };
}

/** `relationships(<args>) { source { ... } }` nested five deep under the Qods Force. */
function fiveLevels(args: string, header = ''): string {
  let inner = 'id';
  for (let i = 0; i < 5; i++) inner = `relationships${args} { source { ${inner} } }`;
  return `query ${header} { actor(id: "irgc-qods-force") { ${inner} } }`;
}

/** 40 spreads of the next fragment at each of `levels` levels, ending in `leaf`. */
function spreadDocument(levels: number, leaf: string): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i < levels - 1
      ? `fragment L${i} on Actor { ${Array.from({ length: 40 }, () => `...L${i + 1}`).join(' ')} }`
      : `fragment L${i} on Actor { ${leaf} }`,
  );
  return `{ actor(id: "irgc-qods-force") { ...L0 } } ${fragments.join(' ')}`;
}

describe('a query is priced by what will run', () => {
  let server: TestServer;
  let counting: ReturnType<typeof countingStore>;
  beforeAll(async () => {
    counting = countingStore();
    server = await startTestServer(counting.store);
  });
  afterAll(() => server.close());

  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = counting.reads();
    const res = await server.gql(query, variables);
    expect(counting.reads()).toBe(before);
    expect(res.status).toBe(400);
    return res.errors![0]!;
  }

  it('refuses `first: null` five levels deep (null is the default, 500) before any store call', async () => {
    const error = await refused(fiveLevels('(first: null)'));
    expect(error.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', maxCost: 100_000 });
    expect(error.extensions.cost).toBeGreaterThan(100_000);
  });

  it('refuses the variable-default twin `query($n: Int = 1000)` with no variables sent', async () => {
    const error = await refused(fiveLevels('(first: $n)', '($n: Int = 1000)'));
    expect(error.extensions.code).toBe('QUERY_COST_EXCEEDED');
  });

  it('answers the same shape at a price within the maximum', async () => {
    const res = await server.gql(fiveLevels('(first: $n)', '($n: Int = 1000)'), { n: 2 });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it('prices 40 spreads at each of four levels: refused with a code, or answered when cheap', async () => {
    const dear = await refused(spreadDocument(4, 'relationships { source { id } }'));
    expect(dear.extensions.code).toBe('QUERY_COST_EXCEEDED');
    const cheap = await server.gql(spreadDocument(4, 'id name'));
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data).toEqual({ actor: { id: 'irgc-qods-force', name: expect.any(String) } });
  });

  it('refuses 15 aliased betweenness rankings before computing any', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `r${i}: rank(metric: BETWEENNESS, first: ${i + 1}) { score }`,
    );
    const error = await refused(`{ ${aliases.join(' ')} }`);
    expect(error.extensions.code).toBe('QUERY_COST_EXCEEDED');
  });

  it('answers one betweenness ranking', async () => {
    const res = await server.gql<{ rank: { actor: { id: string }; score: number }[] }>(
      '{ rank(metric: BETWEENNESS, first: 5) { actor { id } score } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.rank).toHaveLength(5);
    const scores = res.data!.rank.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('a per-client cost budget, as well as a request budget', () => {
  it('answers 429 RATE_LIMITED naming the cost budget once its points are spent', async () => {
    // Each query below costs 2,000 + 2,000 (graph limit, relationships): two fit in 10,000.
    const server = await startTestServer(undefined, {
      env: { COST_LIMIT_PER_MINUTE: '10000', MAX_QUERY_COST: '10000' },
    });
    try {
      const query = '{ graph { relationships { id } } }';
      const statuses: number[] = [];
      let last: Awaited<ReturnType<TestServer['gql']>> | undefined;
      for (let i = 0; i < 3; i++) {
        last = await server.gql(query);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(last!.errors![0]!.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        budget: 'cost',
        limit: 10_000,
      });
      expect(last!.errors![0]!.message).toMatch(/cost points per minute/);
      // A cheap query still fits in what is left.
      expect((await server.gql('{ stats { actors } }')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('says "requests" when the request budget runs out first', async () => {
    const server = await startTestServer(undefined, { env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const statuses: number[] = [];
      let body: unknown;
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { actors } }' }),
        });
        statuses.push(res.status);
        if (res.status === 429) {
          body = await res.json();
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(body).toMatchObject({
        errors: [{ extensions: { code: 'RATE_LIMITED', budget: 'requests', limit: 2 } }],
      });
    } finally {
      await server.close();
    }
  });

  it('charges exports to the same cost budget', async () => {
    const server = await startTestServer(undefined, {
      env: { COST_LIMIT_PER_MINUTE: '100000', MAX_QUERY_COST: '100000' },
    });
    try {
      // An export of up to 5,000 relationships costs 15,000: six fit.
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push((await fetch(`${server.url}/export/graph.json?limit=5000`)).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    } finally {
      await server.close();
    }
  });
});

describe('a result larger than MAX_RESPONSE_BYTES', () => {
  it('is refused with RESPONSE_TOO_LARGE and no data, not a 500', async () => {
    const server = await startTestServer(undefined, { env: { MAX_RESPONSE_BYTES: '20000' } });
    try {
      const big = await server.gql(
        '{ graph { relationships { id type evidence { excerpt } source { name } target { name } } } }',
      );
      expect(big.status).toBe(200);
      expect(big.data).toBeNull();
      expect(big.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'RESPONSE_TOO_LARGE',
            maxBytes: 20_000,
            requestId: expect.any(String),
          }),
        }),
      ]);
      const small = await server.gql('{ stats { actors relationships } }');
      expect(small.errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('a body that trickles', () => {
  it('is answered 408 REQUEST_TIMEOUT once REQUEST_TIMEOUT_MS passes, and the connection closed', async () => {
    const server = await startTestServer(undefined, { env: { REQUEST_TIMEOUT_MS: '300' } });
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    try {
      let answer = '';
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const body = JSON.stringify({ query: '{ stats { actors } }' });
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
      );
      // The rest never comes: the server must answer and close by itself.
      await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toContain('"code":"REQUEST_TIMEOUT"');
    } finally {
      socket.destroy();
      await server.close();
    }
  });
});
