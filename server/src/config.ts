import path from 'node:path';
import { DEFAULT_QUERY_BOUNDS, type QueryBounds } from './graphql/armor';
import { MAX_ROWS_PER_LEVEL } from './store/neo4j/limits';

/** Which GraphStore serves the API. */
export type StoreKind = 'memory' | 'neo4j';

/** Everything configurable, read once from the environment. */
export interface Config {
  /** PORT, default 4000. */
  port: number;
  /** HOST, default 127.0.0.1 (loopback only; set 0.0.0.0 in a container). */
  host: string;
  /** STORE, default memory (embedded, no database needed). */
  store: StoreKind;
  neo4j: {
    /** NEO4J_URI, default bolt://127.0.0.1:7687 (neo4j:// or neo4j+s:// for a cluster or Aura). */
    uri: string;
    /** NEO4J_USER, default neo4j. */
    user: string;
    /** NEO4J_PASSWORD, default devpassword (the local launcher's development password). */
    password: string;
    /** NEO4J_DATABASE, default neo4j. */
    database: string;
    /**
     * NEO4J_MAX_ROWS_PER_LEVEL, default 100000 (MAX_ROWS_PER_LEVEL of
     * store/neo4j/limits.ts): most relationships one step of a walk may read;
     * a walk needing more fails with WALK_TOO_LARGE.
     */
    maxRowsPerLevel: number;
  };
  /** SEED_ON_START, default true: load the curated graph at start (into Neo4j only when it is empty). */
  seedOnStart: boolean;
  /** QUERY_TIMEOUT_MS, default 5000: deadline of every store call. */
  queryTimeoutMs: number;
  /** LOG_LEVEL, default info. */
  logLevel: string;
  /** NODE_ENV=production hides schema suggestions and introspection hints. */
  production: boolean;
  /** CLIENT_DIST, default client/dist: the built client served at /. */
  clientDist: string;
  /** DATA_DIR, default data (repo root): imported graph (graph.sqlite), matches files. */
  dataDir: string;
  /** RATE_LIMIT_PER_MINUTE, default 600: requests per client IP per minute on /graphql and /export (0 = off). */
  rateLimitPerMinute: number;
  /**
   * COST_LIMIT_PER_MINUTE, default 3000000: query cost points (queryCost.ts)
   * per client IP per minute on /graphql and /export (0 = off; else at least
   * MAX_QUERY_COST, so any query allowed can run).
   */
  costLimitPerMinute: number;
  /** MAX_RESPONSE_BYTES, default 10485760 (10 MiB): a larger GraphQL result is refused with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /**
   * REQUEST_TIMEOUT_MS, default 10000: a request's headers and body must
   * arrive within this (HTTP 408 after); HEADERS_TIMEOUT_MS, default 5000,
   * for the headers alone.
   */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  /**
   * TRUST_PROXY, default false: Express's `trust proxy`. Leave false unless a
   * reverse proxy sets X-Forwarded-For; then give its hop count (1) or
   * address, so clients cannot spoof their IP past the rate limit.
   */
  trustProxy: boolean | number | string;
  /**
   * IMPORT_MAX_DELIST_PERCENT, default 10: most of a list family's
   * designations one newer list may delist; an import past it is refused
   * (MASS_DELISTING) unless run with --allow-mass-delisting.
   */
  importMaxDelistPercent: number;
  /** MAX_QUERY_DEPTH (12), MAX_QUERY_ALIASES (15), MAX_QUERY_TOKENS (2000), MAX_QUERY_COST (100000). */
  queryBounds: QueryBounds;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Default cost points per client per minute: thirty queries at the largest allowed price. */
const DEFAULT_COST_PER_MINUTE = 3_000_000;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Parse the environment; throws ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const store = env.STORE ?? 'memory';
  if (store !== 'memory' && store !== 'neo4j') {
    throw new ConfigError(`STORE must be "memory" or "neo4j", got "${store}"`);
  }
  const queryBounds: QueryBounds = {
    maxDepth: integer(env, 'MAX_QUERY_DEPTH', DEFAULT_QUERY_BOUNDS.maxDepth, 2, 100),
    maxAliases: integer(env, 'MAX_QUERY_ALIASES', DEFAULT_QUERY_BOUNDS.maxAliases, 0, 1000),
    maxTokens: integer(env, 'MAX_QUERY_TOKENS', DEFAULT_QUERY_BOUNDS.maxTokens, 50, 100_000),
    maxDirectives: DEFAULT_QUERY_BOUNDS.maxDirectives,
    maxCost: integer(env, 'MAX_QUERY_COST', DEFAULT_QUERY_BOUNDS.maxCost, 10, 1e9),
  };
  const costLimit = integer(env, 'COST_LIMIT_PER_MINUTE', DEFAULT_COST_PER_MINUTE, 0, 1e12);
  if (costLimit > 0 && costLimit < queryBounds.maxCost) {
    throw new ConfigError(
      `COST_LIMIT_PER_MINUTE must be 0 (off) or at least MAX_QUERY_COST (${queryBounds.maxCost}), got "${costLimit}"`,
    );
  }
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000);
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    store,
    neo4j: {
      uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'devpassword',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      maxRowsPerLevel: integer(env, 'NEO4J_MAX_ROWS_PER_LEVEL', MAX_ROWS_PER_LEVEL, 1, 10_000_000),
    },
    seedOnStart: boolean(env, 'SEED_ON_START', true),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 5000, 100, 600000),
    logLevel: env.LOG_LEVEL ?? 'info',
    production: env.NODE_ENV === 'production',
    clientDist: path.resolve(REPO_ROOT, env.CLIENT_DIST ?? 'client/dist'),
    dataDir: path.resolve(REPO_ROOT, env.DATA_DIR ?? 'data'),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    costLimitPerMinute: costLimit,
    maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', 10 * 1024 * 1024, 1024, 2 ** 29),
    requestTimeoutMs,
    headersTimeoutMs: integer(
      env,
      'HEADERS_TIMEOUT_MS',
      Math.min(5000, requestTimeoutMs),
      100,
      requestTimeoutMs,
    ),
    trustProxy: trustProxy(env.TRUST_PROXY),
    importMaxDelistPercent: integer(env, 'IMPORT_MAX_DELIST_PERCENT', 10, 0, 100),
    queryBounds,
  };
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
