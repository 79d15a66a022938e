import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { readSeed } from '@explorer/graph-seed';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createLogger, type Logger } from '../logger';
import { Readiness } from '../readiness';
import { createServices } from '../services/Services';
import type { GraphStore } from '../store/GraphStore';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import { seedStore } from '../seedStore';

export interface TestServer {
  url: string;
  store: GraphStore;
  /** POST a GraphQL operation; returns the parsed body and HTTP status. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  }>;
  close(): Promise<void>;
}

/**
 * The real Express app on an ephemeral port, over a store holding the curated
 * graph (the embedded store unless one is given, e.g. Neo4j).
 */
export async function startTestServer(
  given?: GraphStore,
  options: { env?: NodeJS.ProcessEnv; logger?: Logger; dataDir?: string } = {},
): Promise<TestServer> {
  const env = options.env ?? {};
  const logger = options.logger ?? createLogger('silent');
  const seed = readSeed();
  const store = given ?? new MemoryGraphStore();
  const readiness = new Readiness(
    store,
    async () => {
      await store.init();
      await seedStore(store, seed, logger, options.dataDir);
    },
    logger,
  );
  await readiness.start();
  const services = createServices(store, seed.documents, {
    curatedActorIds: seed.actors.map((a) => a.id),
  });
  const { app, apollo } = await createApp({
    config: loadConfig({
      CLIENT_DIST: '/nonexistent',
      RATE_LIMIT_PER_MINUTE: '0',
      COST_LIMIT_PER_MINUTE: '0',
      ...env,
    }),
    services,
    readiness,
    logger,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      if (!given) await store.close();
    },
  };
}
