import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';
import { createLogger } from '../../../server/src/logger';
import { createLoaders, type RequestContext } from '../../../server/src/graphql/context';
import { createFormatError } from '../../../server/src/graphql/formatError';
import { requestIdPlugin } from '../../../server/src/graphql/requestIdPlugin';
import { resolvers } from '../../../server/src/graphql/resolvers';
import { readTypeDefs } from '../../../server/src/graphql/schema';
import { armor } from '../../../server/src/graphql/armor';
import { queryCostPlugin } from '../../../server/src/graphql/costPlugin';
import { CostBudget } from '../../../server/src/http/costBudget';
import { maxTokens } from '../../../server/src/graphql/maxTokens';
import { openReadOnlyCors, securityHeaders } from '../../../server/src/http/security';
import { createServices } from '../../../server/src/services/Services';
import { MemoryGraphStore } from '../../../server/src/store/memory/MemoryGraphStore';
import { readFtm } from '../ftm';
import { childMain, httpDone, send } from '../ipc';
import { drawSamples } from '../samples';
import { makeBodies } from '../serve';

/**
 * The GraphQL app with parts switched off, to see what each costs (a copy of
 * server/src/app.ts's /graphql stack, inside bench/). Served from a child;
 * proto/api.ts measures each with autocannon.
 */

export const VARIANTS = [
  'createApp (as shipped)',
  'same stack, copied',
  'without queryCostPlugin',
  'without graphql-armor',
  'without helmet, CORS, request id/log, maxTokens',
  'Apollo + express.json only',
  'same stack, cache-control plugin disabled',
] as const;

interface Parts {
  real?: boolean;
  cost: boolean;
  armor: boolean;
  http: boolean;
  noCacheControl?: boolean;
}

const PARTS: Parts[] = [
  { real: true, cost: true, armor: true, http: true },
  { cost: true, armor: true, http: true },
  { cost: false, armor: true, http: true },
  { cost: true, armor: false, http: true },
  { cost: true, armor: true, http: false },
  { cost: false, armor: false, http: false },
  { cost: true, armor: true, http: true, noCacheControl: true },
];

async function variant(
  parts: Parts,
  store: MemoryGraphStore,
): Promise<{ url: string; server: Server }> {
  const logger = createLogger('silent');
  const config = loadConfig({
    CLIENT_DIST: '/nonexistent',
    RATE_LIMIT_PER_MINUTE: '0',
    COST_LIMIT_PER_MINUTE: '0',
  });
  const services = createServices(store, []);
  let app: express.Express;
  if (parts.real) {
    app = (
      await createApp({
        config,
        services,
        readiness: { check: async () => ({ ready: true, store: 'memory' }) },
        logger,
      })
    ).app;
  } else {
    const protection = armor(config.queryBounds, false);
    const apollo = new ApolloServer<RequestContext>({
      typeDefs: readTypeDefs(),
      resolvers,
      formatError: createFormatError(logger, false),
      plugins: [
        ...(parts.armor ? protection.plugins : []),
        ...(parts.cost ? [queryCostPlugin(config.queryBounds.maxCost, new CostBudget(0))] : []),
        requestIdPlugin(),
        ApolloServerPluginLandingPageDisabled(),
        ...(parts.noCacheControl ? [ApolloServerPluginCacheControlDisabled()] : []),
      ],
      validationRules: parts.armor ? protection.validationRules : [],
      allowBatchedHttpRequests: false,
      introspection: true,
      csrfPrevention: true,
    });
    await apollo.start();
    app = express();
    app.disable('x-powered-by');
    if (parts.http) {
      app.use(securityHeaders());
      app.use((req: Request, res: Response, next: NextFunction) => {
        const id = randomUUID();
        res.locals.requestId = id;
        res.setHeader('x-request-id', id);
        const started = process.hrtime.bigint();
        res.on('finish', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info({ requestId: id, method: req.method, status: res.statusCode, ms }, 'request');
        });
        next();
      });
    }
    app.use(
      '/graphql',
      ...(parts.http ? [openReadOnlyCors()] : []),
      express.json({ limit: '100kb' }),
      ...(parts.http ? [maxTokens(config.queryBounds.maxTokens)] : []),
      expressMiddleware(apollo, {
        context: async ({ res }) => ({
          services,
          requestId: String(res.locals.requestId ?? ''),
          clientIp: '127.0.0.1',
          loaders: createLoaders(services),
        }),
      }),
    );
  }
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      }),
    );
  });
}

async function main(args: { file: string; seed: number }) {
  const { actors, relationships } = readFtm(args.file);
  const store = new MemoryGraphStore();
  await store.upsertActors(actors);
  await store.upsertRelationships(relationships);
  const bodies = makeBodies(drawSamples(actors, relationships, 20, args.seed), 20);
  const servers = [];
  for (const parts of PARTS) servers.push(await variant(parts, store));
  send({
    type: 'ready',
    serving: {
      graphqlUrl: servers.map((s) => s.url).join(' '),
      bareUrl: '',
      bodies,
      errorPayloads: 0,
    },
  });
  await httpDone();
  for (const { server } of servers) await new Promise((r) => server.close(r));
  return {};
}

if (process.send) childMain(main);
