import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Readiness } from './readiness';
import type { Services } from './services/Services';
import { createLoaders, type RequestContext } from './graphql/context';
import { createFormatError } from './graphql/formatError';
import { requestIdPlugin } from './graphql/requestIdPlugin';
import { resolvers } from './graphql/resolvers';
import { readTypeDefs } from './graphql/schema';
import { exportRouter } from './export/exportRouter';
import { armor } from './graphql/armor';
import { queryCostPlugin } from './graphql/costPlugin';
import { maxTokens } from './graphql/maxTokens';
import { responseSizeCapPlugin } from './graphql/responseSizeCap';
import { CostBudget } from './http/costBudget';
import { exportCost } from './http/exportCost';
import {
  bodyReadDeadline,
  jsonErrors,
  openReadOnlyCors,
  perClientRateLimit,
  securityHeaders,
} from './http/security';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';

export interface AppDeps {
  config: Pick<
    Config,
    | 'production'
    | 'clientDist'
    | 'rateLimitPerMinute'
    | 'costLimitPerMinute'
    | 'maxResponseBytes'
    | 'requestTimeoutMs'
    | 'trustProxy'
    | 'queryBounds'
  >;
  services: Services;
  readiness: Pick<Readiness, 'check'>;
  logger: Logger;
}

export interface App {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The Express app with GraphQL, health and the client; no listen (tests use it directly). */
export async function createApp({ config, services, readiness, logger }: AppDeps): Promise<App> {
  const protection = armor(config.queryBounds, config.production);
  const budget = new CostBudget(config.costLimitPerMinute);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers,
    formatError: createFormatError(logger, config.production),
    plugins: [
      ...protection.plugins,
      queryCostPlugin(config.queryBounds.maxCost, budget),
      responseSizeCapPlugin(config.maxResponseBytes),
      requestIdPlugin(),
      // No landing page: it loads a remote sandbox, and GET /graphql is for queries.
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no @cacheControl hints, yet Apollo's default
      // cache-control plugin wraps every field resolver: +28 % on the
      // neighbourhood query without it (bench/README.md).
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    introspection: true,
    // Apollo's default: rejects simple (CSRF-able) requests without a JSON content type or preflight header.
    csrfPrevention: true,
    // Shutdown is the caller's: Apollo stopping itself on SIGTERM would refuse
    // requests still draining from keep-alive connections.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.get('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { requestId: id, method: req.method, url: req.originalUrl, status: res.statusCode, ms },
        'request',
      );
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json(state);
  });

  const limiter =
    config.rateLimitPerMinute > 0 ? [perClientRateLimit(config.rateLimitPerMinute)] : [];
  app.use(
    '/graphql',
    openReadOnlyCors(),
    ...limiter,
    bodyReadDeadline(config.requestTimeoutMs),
    express.json({ limit: '100kb' }),
    maxTokens(config.queryBounds.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        services,
        requestId: String(res.locals.requestId),
        clientIp: clientIp(req),
        loaders: createLoaders(services),
      }),
    }),
  );

  app.use(
    '/export',
    openReadOnlyCors(),
    ...limiter,
    exportCost(budget, (req) => clientIp(req)),
    exportRouter(services),
  );
  serveClient(app, config.clientDist);
  jsonErrors(app, (err, req) =>
    logger.error({ err, requestId: req.res?.locals.requestId }, 'request failed'),
  );
  return { app, apollo };
}

/** The client's address as Express sees it (the socket, or X-Forwarded-For as TRUST_PROXY allows). */
function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** The built client at /, with its index for any other GET (client-side routes). */
function serveClient(app: Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  app.get('/{*rest}', (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else
      res
        .status(404)
        .type('text')
        .send('The client is not built: run `npm run build` (or `npm start`).');
  });
}
