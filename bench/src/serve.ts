import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { createLogger } from '../../server/src/logger';
import { createServices } from '../../server/src/services/Services';
import type { GraphStore } from '../../server/src/store/GraphStore';
import {
  ACTOR_SUMMARY,
  DESIGNATION_FIELDS,
  GROUP_FIELDS,
  NEIGHBORHOOD,
  PATHS,
  RELATIONSHIP_FIELDS,
  SUBGRAPH_FIELDS,
  withFragments,
} from '../../client/src/api/documents';
import type { Samples } from './samples';

/**
 * The real app (createApp, as server/src/test/testServer.ts starts it, rate and cost
 * budgets off, NODE_ENV as the process has it: production in the bench's
 * children) over a loaded store, and next to it a bare Express JSON route
 * that answers each request with the payload the app gave for it: the
 * baseline of the HTTP rows.
 */

export interface Body {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Bodies {
  trivial: Body[];
  neighborhood: Body[];
  paths: Body[];
}

export interface Serving {
  graphqlUrl: string;
  bareUrl: string;
  bodies: Bodies;
  /** Payloads that were GraphQL errors when computed (a timeout, say); the bare route serves them too. */
  errorPayloads: number;
}

const TRIVIAL = /* GraphQL */ `
  query Trivial($id: ID!) {
    actor(id: $id) {
      id
      name
      kind
    }
  }
`;

/** The client's own documents (client/src/api/documents.ts): what the view sends. */
export function makeBodies(samples: Samples, n: number): Bodies {
  const neighborhood = withFragments(
    NEIGHBORHOOD,
    SUBGRAPH_FIELDS,
    ACTOR_SUMMARY,
    RELATIONSHIP_FIELDS,
    DESIGNATION_FIELDS,
    GROUP_FIELDS,
  );
  const paths = withFragments(PATHS, ACTOR_SUMMARY, RELATIONSHIP_FIELDS);
  return {
    trivial: samples.actors.slice(0, n).map((id) => ({
      operationName: 'Trivial',
      query: TRIVIAL,
      variables: { id },
    })),
    neighborhood: samples.actors.slice(0, n).map((id) => ({
      operationName: 'Neighborhood',
      query: neighborhood,
      variables: { id, depth: 1 },
    })),
    paths: samples.pairs.slice(0, n).map(([from, to]) => ({
      operationName: 'Paths',
      query: paths,
      variables: { from, to, maxHops: 4 },
    })),
  };
}

export const bodyKey = (b: { operationName?: string; variables?: unknown }): string =>
  `${b.operationName}:${JSON.stringify(b.variables)}`;

function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

export async function serve(
  store: GraphStore,
  bodies: Bodies,
): Promise<{ serving: Serving; close: () => Promise<void> }> {
  const logger = createLogger('silent');
  const { app, apollo } = await createApp({
    config: loadConfig({
      CLIENT_DIST: '/nonexistent',
      RATE_LIMIT_PER_MINUTE: '0',
      COST_LIMIT_PER_MINUTE: '0',
      NODE_ENV: process.env.NODE_ENV,
    }),
    services: createServices(store, []),
    readiness: { check: async () => ({ ready: true, store: store.name }) },
    logger,
  });
  const real = await listen(app);
  const graphqlUrl = `${real.url}/graphql`;

  // Every payload, once, from the real app; errors other than timeouts fail the bench.
  const payloads = new Map<string, unknown>();
  let errorPayloads = 0;
  for (const body of [...bodies.trivial, ...bodies.neighborhood, ...bodies.paths]) {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    if (codes.some((code) => code !== 'STORE_TIMEOUT')) {
      throw new Error(
        `GraphQL ${body.operationName} failed (${res.status}): ${text.slice(0, 500)}`,
      );
    }
    if (codes.length) errorPayloads++;
    payloads.set(bodyKey(body), parsed);
  }

  const bare = express();
  bare.post('/bare', express.json({ limit: '100kb' }), (req, res) => {
    const payload = payloads.get(bodyKey(req.body as Body));
    if (payload === undefined) res.status(404).json({ error: 'unknown body' });
    else res.json(payload);
  });
  const bareServer = await listen(bare);
  return {
    serving: { graphqlUrl, bareUrl: `${bareServer.url}/bare`, bodies, errorPayloads },
    close: async () => {
      await new Promise((r) => real.server.close(r));
      await new Promise((r) => bareServer.server.close(r));
      await apollo.stop();
    },
  };
}
