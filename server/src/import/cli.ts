/**
 * `npm run import -- <format> <files...> [--store memory|neo4j] [--matches <file>]
 *  [--dry-run] [--date YYYY-MM-DD] [--dataset <name>] [--allow-mass-delisting]`
 *
 * Formats: ofac-csv (sdn.csv or its folder; add.csv and alt.csv beside it),
 * un-xml (the UN consolidated list), ftm (FollowTheMoney JSON lines, one or
 * more files). Configuration comes from the environment (STORE, DATA_DIR,
 * NEO4J_*); `--store` overrides STORE. Prints a progress line on a terminal
 * and a summary at the end. Exits 1, having written nothing, when the input
 * is unusable, when the list would delist more than IMPORT_MAX_DELIST_PERCENT
 * of its family's designations (unless --allow-mass-delisting), or when
 * another import runs on the same DATA_DIR or Neo4j database. See
 * server/src/import/README.md.
 */
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../errors/DomainError';
import { formatSummary } from './formatSummary';
import { ImportError, ImportErrorCode } from './ImportError';
import { lockDataDir, lockStore } from './importLock';
import { openMemoryTarget, openNeo4jTarget, type ImportTarget } from './importTargets';
import { FORMATS, type Format } from './model';
import { progressFor } from './progress';
import { runImports } from './runImports';
import { GraphFileError } from '../store/persist/SqliteGraphFile';

const USAGE =
  'usage: npm run import -- <ofac-csv|un-xml|ftm> <files...> [--store memory|neo4j] ' +
  '[--matches <file>] [--dry-run] [--date YYYY-MM-DD] [--dataset <name>] [--allow-mass-delisting]';

export interface ImportArgs {
  format: Format;
  files: string[];
  store?: string;
  matches?: string;
  dryRun: boolean;
  date?: string;
  dataset?: string;
  /** Delist however many designations the list drops (past IMPORT_MAX_DELIST_PERCENT). */
  allowMassDelisting?: boolean;
}

const VALUED = new Set(['--store', '--matches', '--date', '--dataset']);

/** Parses the command line; throws ImportError(BAD_ARGUMENT) with the usage on anything wrong. */
export function parseArgs(argv: readonly string[]): ImportArgs {
  const bad = (message: string) =>
    new ImportError(ImportErrorCode.BAD_ARGUMENT, `${message}\n${USAGE}`);
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let dryRun = false;
  let allowMassDelisting = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') {
      dryRun = true;
      continue;
    }
    if (arg === '--allow-mass-delisting') {
      allowMassDelisting = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (!VALUED.has(flag!)) throw bad(`unknown option "${arg}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw bad(`${flag} needs a value`);
    values[flag!.slice(2)] = value;
  }
  const [format, ...files] = positional;
  if (!format) throw bad('no format given');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw bad(`unknown format "${format}" (one of ${FORMATS.join(', ')})`);
  }
  if (files.length === 0) throw bad('no file given');
  if (values['date'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['date'])) {
    throw bad(`--date must be YYYY-MM-DD, got "${values['date']}"`);
  }
  return {
    format: format as Format,
    files,
    store: values['store'],
    matches: values['matches'],
    dryRun,
    date: values['date'],
    dataset: values['dataset'],
    ...(allowMassDelisting ? { allowMassDelisting } : {}),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig(args.store ? { ...process.env, STORE: args.store } : process.env);
  const seed = readSeed();
  const files = args.files.map((f) => path.resolve(f));
  const matchesFile = path.resolve(
    args.matches ?? path.join(config.dataDir, `matches.${args.format}.json`),
  );
  // Before anything is read: a second import fails here at once. A dry run writes
  // nothing, so it cannot lose an update: it takes no lock.
  const dataDirLock = args.dryRun ? undefined : lockDataDir(config.dataDir);
  let target: ImportTarget | undefined;
  let storeLock: Awaited<ReturnType<typeof lockStore>> | undefined;
  try {
    target =
      config.store === 'neo4j'
        ? await openNeo4jTarget(config, config.dataDir)
        : await openMemoryTarget({ dataDir: config.dataDir, seed });
    storeLock = args.dryRun ? undefined : await lockStore(target.store);
    const lock = storeLock;
    const summaries = await runImports({
      format: args.format,
      files,
      target,
      seed,
      matchesFile,
      dryRun: args.dryRun,
      date: args.date,
      dataset: args.dataset,
      progress: progressFor(process.stderr),
      onBatch: () => lock?.assertHeld(),
      delisting: {
        maxPercent: config.importMaxDelistPercent,
        allowMassDelisting: args.allowMassDelisting ?? false,
      },
    });
    for (const summary of summaries) console.log(formatSummary(summary));
    if (summaries.length === 0)
      console.log('import: every version is imported already; nothing to do');
    if (!args.dryRun && summaries[0]?.store === 'memory') {
      console.log(
        `  saved to ${path.join(config.dataDir, 'graph.sqlite')} (loaded at server start)`,
      );
    }
    return 0;
  } finally {
    await storeLock?.release().catch(() => undefined);
    await target?.close();
    await dataDirLock?.release();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      if (error instanceof ImportError) {
        console.error(`import: ${error.code}: ${error.message}`);
      } else if (
        error instanceof ConfigError ||
        error instanceof DomainError ||
        error instanceof GraphFileError
      ) {
        console.error(`import: ${error.message}`);
      } else {
        // No stack for the user (DEBUG=1 shows it): the message says what failed.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`import: failed: ${message}`);
        if (process.env.DEBUG) console.error(error);
      }
      process.exitCode = 1;
    },
  );
}
