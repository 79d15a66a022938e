/**
 * `npm run seed [-- --store memory|neo4j] [--data <dir>]`: validate the curated
 * graph and load it into a store (upserts by id, so running it twice changes nothing).
 * Configuration comes from the environment (see .env.example); `--store`
 * overrides STORE. Prints the counts before and after and the time taken.
 * Exits 1, loading nothing, when the seed does not validate or the store fails.
 */
import * as path from 'node:path';
import { formatIssue, loadSeed, readSeed, SeedValidationError } from '@explorer/graph-seed';
import type { SeedGraph } from '@explorer/domain';
import { ConfigError, loadConfig, type Config } from '../config';
import { DomainError } from '../errors/DomainError';
import type { GraphStore } from '../store/GraphStore';
import { createStore } from '../store/createStore';

const USAGE = 'usage: npm run seed -- [--store memory|neo4j] [--data <seed dir>]';

export interface SeedArgs {
  /** Overrides STORE. */
  store?: string;
  /** Seed directory; default graph-seed/data. */
  data?: string;
}

/** `--store X` / `--store=X` and `--data DIR` / `--data=DIR`. Throws ConfigError on anything else. */
export function parseArgs(argv: readonly string[]): SeedArgs {
  const out: SeedArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (flag !== '--store' && flag !== '--data') {
      throw new ConfigError(`unknown argument "${arg}"\n${USAGE}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') {
      throw new ConfigError(`${flag} needs a value\n${USAGE}`);
    }
    out[flag === '--store' ? 'store' : 'data'] = value;
  }
  return out;
}

function describeStore(config: Config): string {
  return config.store === 'neo4j'
    ? `neo4j (${config.neo4j.uri}, database ${config.neo4j.database})`
    : 'memory (embedded; gone when this process exits)';
}

async function counts(store: GraphStore): Promise<string> {
  const { actors, relationships } = await store.stats();
  return `${actors} actors, ${relationships} relationships`;
}

/** The validated seed, or undefined after printing every issue. */
function validSeed(dir: string | undefined): SeedGraph | undefined {
  try {
    return readSeed(dir ? path.resolve(dir) : undefined);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    const n = error.issues.length;
    console.error(`seed: the curated data has ${n} problem${n === 1 ? '' : 's'}; nothing loaded`);
    for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig(args.store ? { ...process.env, STORE: args.store } : process.env);

  const seed = validSeed(args.data);
  if (!seed) return 1;

  const store = await createStore(config);
  try {
    console.log(`seed: store ${describeStore(config)}`);
    await store.init();
    console.log(`seed: before  ${await counts(store)}`);
    const started = Date.now();
    const loaded = await loadSeed(store, seed);
    const ms = Date.now() - started;
    console.log(
      `seed: loaded  ${loaded.actors} actors, ${loaded.relationships} relationships in ${ms} ms`,
    );
    console.log(`seed: after   ${await counts(store)}`);
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof DomainError) {
        console.error(`seed: ${error.message}`);
      } else {
        console.error('seed: failed', error);
      }
      process.exitCode = 1;
    },
  );
}
