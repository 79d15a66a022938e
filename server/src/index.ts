import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readSeed } from '@explorer/graph-seed';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { Readiness } from './readiness';
import { seedStore } from './seedStore';
import { createServices } from './services/Services';
import { createStore } from './store/createStore';
import { readImportedDocuments } from './store/persist/importedDocuments';

/** Main: read config, create the store, serve; the store comes up in the background. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Validate the curated graph before anything listens: bad data is a startup error, not a runtime one.
  const seed = readSeed();
  const store = await createStore(config);
  const readiness = new Readiness(
    store,
    async () => {
      await store.init();
      // Idempotent: a retry after a load cut short (a cold database, a crash) completes it.
      if (config.seedOnStart) await seedStore(store, seed, logger, config.dataDir);
      const stats = await store.stats();
      logger.info(
        { store: store.name, actors: stats.actors, relationships: stats.relationships },
        'store ready',
      );
    },
    logger,
  );
  const imported = readImportedDocuments(config.dataDir, config.store);
  const services = createServices(store, [...seed.documents, ...imported], {
    queryTimeoutMs: config.queryTimeoutMs,
    curatedActorIds: seed.actors.map((a) => a.id),
  });
  const { app, apollo } = await createApp({ config, services, readiness, logger });

  // Node's defaults let a client take 300 s to send one request (a slow-loris
  // holds a socket that long); the whole request must arrive within
  // REQUEST_TIMEOUT_MS, its headers within HEADERS_TIMEOUT_MS (408 after),
  // checked every second rather than every 30.
  const server: Server = createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.headersTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
    app,
  );
  await listen(server, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}/`;
  logger.info({ url, store: store.name }, 'listening');
  process.stdout.write(`\nActor-network explorer: ${url}\n\n`);
  void readiness.start();

  let stopping = false;
  // Responses under way. Once stopping, each ends with `Connection: close`, so a
  // keep-alive client cannot hold the server open (server.close waits for every
  // connection) nor send it new work.
  const inFlight = new Set<ServerResponse>();
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    readiness.stop();
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    // Stop accepting, let in-flight requests finish, then release the store.
    server.close(async () => {
      await apollo.stop();
      await store.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** Thrown when the HTTP server cannot listen: a one-line message, no stack. */
class ListenError extends Error {}

/**
 * Resolves once `server` listens; rejects with a one-line ListenError naming
 * the address and the variable to change (port in use, no permission).
 */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      const why =
        error.code === 'EADDRINUSE'
          ? `port ${port} is already in use on ${host}: set PORT to a free port (e.g. PORT=4001 npm start)`
          : error.code === 'EACCES'
            ? `no permission to listen on ${where}: set PORT to a port above 1023`
            : error.code === 'EADDRNOTAVAIL'
              ? `${host} is not an address of this machine: set HOST (default 127.0.0.1)`
              : `cannot listen on ${where} (${error.code ?? error.message}): check PORT and HOST`;
      reject(new ListenError(why));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

main().catch((err: unknown) => {
  const text =
    err instanceof ListenError
      ? `explorer: ${err.message}`
      : err instanceof Error
        ? (err.stack ?? err.message)
        : String(err);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
