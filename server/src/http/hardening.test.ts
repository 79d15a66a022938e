import { Writable } from 'node:stream';
import pino from 'pino';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import type { GraphStore } from '../store/GraphStore';
import { startTestServer, type TestServer } from '../test/testServer';

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

const post = (server: TestServer, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('a public read API that bad queries cannot break', () => {
  let server: TestServer;
  let counting: ReturnType<typeof countingStore>;
  beforeAll(async () => {
    counting = countingStore();
    server = await startTestServer(counting.store);
  });
  afterAll(() => server.close());

  async function rejectedBeforeStore(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<string> {
    const before = counting.reads();
    const res = await server.gql(query, variables);
    expect(res.status).toBe(400);
    expect(counting.reads()).toBe(before);
    return String(res.errors?.[0]?.extensions.code);
  }

  it('refuses a query nested 20 deep before any store call', async () => {
    let nested = 'id';
    for (let i = 0; i < 10; i++) nested = `relationships { source { ${nested} } }`;
    expect(await rejectedBeforeStore(`{ actor(id: "irgc") { ${nested} } }`)).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses 50 aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: stats { actors }`).join(' ');
    expect(await rejectedBeforeStore(`{ ${aliases} }`)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a fragment-spread bomb', async () => {
    const fragments = Array.from({ length: 8 }, (_, i) =>
      i < 7
        ? `fragment F${i} on Actor { relationships { source { ...F${i + 1} } target { ...F${i + 1} } } }`
        : `fragment F${i} on Actor { id }`,
    ).join(' ');
    const code = await rejectedBeforeStore(`{ searchActors(query: "a") { ...F0 } } ${fragments}`);
    expect(['GRAPHQL_VALIDATION_FAILED', 'QUERY_COST_EXCEEDED']).toContain(code);
  });

  it('prices list arguments: a wide nested query is refused, also through variables', async () => {
    const wide = '{ graph(limit: 5000) { actors { relationships(first: 1000) { id } } } }';
    expect(await rejectedBeforeStore(wide)).toBe('QUERY_COST_EXCEEDED');
    const viaVariable =
      'query($n: Int) { graph(limit: $n) { actors { relationships(first: 1000) { id } } } }';
    expect(await rejectedBeforeStore(viaVariable, { n: 5000 })).toBe('QUERY_COST_EXCEEDED');
  });

  it('refuses an oversized document by token count', async () => {
    const query = `{ ${Array.from({ length: 1500 }, () => '__typename').join(' ')} }`;
    expect(await rejectedBeforeStore(query)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a 1 MB body with 413 and a code', async () => {
    const before = counting.reads();
    const res = await post(
      server,
      JSON.stringify({ query: `{ stats { actors } } #${'x'.repeat(1_000_000)}` }),
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(counting.reads()).toBe(before);
  });

  it('refuses a batched array of operations', async () => {
    const before = counting.reads();
    const res = await post(
      server,
      JSON.stringify([
        { query: '{ actor(id: "irgc") { id } }' },
        { query: '{ stats { actors } }' },
      ]),
    );
    expect(res.status).toBe(400);
    expect(counting.reads()).toBe(before);
  });

  it('sends security headers and open, credential-free CORS', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://observablehq.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('errors hide internals', () => {
  it('a store failure reaches the client as a code and request id; the log has the rest', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    class BrokenStore extends MemoryGraphStore {
      override async searchActors(): Promise<never> {
        throw new Error('MATCH (a:Actor) failed at /srv/app/server/src/store/secret.ts:42');
      }
    }
    const server = await startTestServer(new BrokenStore(), { logger });
    try {
      const res = await server.gql('{ searchActors(query: "irgc") { id } }');
      const error = res.errors![0]!;
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const text = JSON.stringify(res);
      expect(text).not.toMatch(/MATCH|secret\.ts|\/srv\/|stacktrace/i);
      const requestId = String(error.extensions.requestId);
      expect(requestId).toMatch(/^[\w-]{8,}$/);
      const logged = lines.map(
        (l) => JSON.parse(l) as { requestId?: string; err?: { message: string } },
      );
      expect(logged.some((l) => l.err?.message.includes('secret.ts'))).toBe(true);
      expect(logged.some((l) => l.requestId === requestId)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('gives no field suggestions in production', async () => {
    const dev = await startTestServer();
    const prod = await startTestServer(undefined, { env: { NODE_ENV: 'production' } });
    try {
      const typo = '{ searchActor(query: "x") { id } }';
      expect((await dev.gql(typo)).errors![0]!.message).toMatch(/Did you mean/);
      const message = (await prod.gql(typo)).errors![0]!.message;
      expect(message).not.toMatch(/Did you mean/);
    } finally {
      await dev.close();
      await prod.close();
    }
  });
});

describe('rate limiting per client IP', () => {
  it('stops a client over budget, and a spoofed X-Forwarded-For does not reset it', async () => {
    const server = await startTestServer(undefined, { env: { RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await post(server, JSON.stringify({ query: '{ stats { actors } }' }), {
          'x-forwarded-for': `203.0.113.${i}`,
        });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
    } finally {
      await server.close();
    }
  });
});
