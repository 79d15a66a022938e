import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleBench } from './bundle';
import { DEFAULT_DATA_DIR, ensureData, parseSize, sizeLabel } from './generate';
import { httpRows } from './http';
import { limitsBench } from './limitsBench';
import { runChild } from './ipc';
import type { MemoryArgs, MemoryResult } from './memoryBench';
import type { Neo4jArgs, Neo4jResult } from './neo4jBench';
import { ensureBenchNeo4j, type BenchNeo4j } from './neo4jInstance';
import { renderBench } from './render/run';
import { goals, machine, sizeTables, type SizeResult } from './report';
import { renderTable, type Table } from './stats';
import * as prettier from 'prettier';

const prettierOptions = { singleQuote: true, printWidth: 100 };

/**
 * npm run bench [-- --quick] [--sizes 10k,100k,1M] [--seed 1]
 *               [--only memory,neo4j,http,render,bundle,limits] [--keep-neo4j]
 *
 * Prints one markdown table per size and section, then the goals. Progress
 * goes to stderr; the tables to stdout and bench/.cache/results/.
 * --quick: 10k only, few repetitions (CI keeps the bench working with it).
 */

const SECTIONS = ['memory', 'neo4j', 'http', 'render', 'bundle', 'limits'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'keep-neo4j': { type: 'boolean', default: false },
    data: { type: 'string' },
  },
});
const quick = values.quick!;
const seed = Number(values.seed);
const sizes = (values.sizes ?? (quick ? '10k' : '10k,100k,1M')).split(',').map(parseSize);
const only = new Set<Section>(
  (values.only ? values.only.split(',') : SECTIONS).map((s) => {
    if (!(SECTIONS as readonly string[]).includes(s))
      throw new Error(`--only: unknown section ${s}`);
    return s as Section;
  }),
);
const dataDir = values.data ? path.resolve(values.data) : DEFAULT_DATA_DIR;

/** Repetitions and sample counts by size (the full run fits in 30 minutes on 2 cores). */
function plan(relationships: number) {
  const big = relationships >= 1e6;
  const mid = relationships >= 1e5;
  return {
    samples: quick ? 10 : big ? 20 : 30,
    fullBfsSamples: quick ? 2 : big ? 5 : 10,
    memoryImportReps: quick ? 2 : big ? 2 : mid ? 3 : 5,
    neo4jImportReps: quick ? 1 : mid ? 1 : 3,
    neo4jSamples: quick ? 8 : big ? 10 : 20,
    http: {
      connections: 10,
      durationSec: quick ? 2 : 8,
      passes: quick ? 1 : 2,
      bodies: quick ? 10 : 20,
    },
    neo4jHttp: { bodies: quick ? 8 : big ? 10 : 20 },
  };
}

const t0 = Date.now();
const progress = (line: string): void => {
  process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
};

const tables: Table[] = [];
const failures: string[] = [];
const skipped: string[] = [];
const results: SizeResult[] = [];

function failed(section: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  failures.push(`${section}: ${message.split('\n')[0]}`);
  progress(`FAILED ${section}: ${message}`);
}

async function main(): Promise<void> {
  const load0 = os.loadavg();
  let neo: BenchNeo4j | undefined;
  if (only.has('neo4j')) {
    try {
      neo = await ensureBenchNeo4j(progress, values['keep-neo4j']!);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      skipped.push(`Neo4j: ${message.split('\n')[0]}`);
      progress(`SKIPPED Neo4j sections: ${message}`);
    }
  }
  try {
    for (const relationships of sizes) {
      const { file, meta } = ensureData(dataDir, relationships, seed, progress);
      const p = plan(relationships);
      const result: SizeResult = { relationships: meta.relationships, actors: meta.actors };
      results.push(result);
      const label = `${sizeLabel(relationships)} relationships (${meta.actors.toLocaleString('en')} actors)`;
      const httpOptions = {
        connections: p.http.connections,
        durationSec: p.http.durationSec,
        passes: p.http.passes,
        log: progress,
      };

      if (only.has('memory')) {
        progress(`embedded store, ${label}`);
        const args: MemoryArgs = {
          file,
          seed,
          samples: p.samples,
          fullBfsSamples: p.fullBfsSamples,
          importReps: p.memoryImportReps,
          httpBodies: p.http.bodies,
          http: only.has('http'),
        };
        try {
          result.memory = await runChild<MemoryResult>(
            'memoryBench.ts',
            args,
            progress,
            async (serving) => {
              result.memoryHttp = await httpRows(serving, { ...httpOptions, throughput: true });
            },
          );
        } catch (error) {
          failed(`embedded store ${sizeLabel(relationships)}`, error);
        }
      }

      if (neo && only.has('neo4j')) {
        progress(`Neo4j store, ${label}`);
        const args: Neo4jArgs = {
          uri: neo.uri,
          user: neo.user,
          password: neo.password,
          file,
          seed,
          samples: p.neo4jSamples,
          importReps: p.neo4jImportReps,
          baselineImport: true,
          queryTimeoutMs: 30_000,
          appTimeoutMs: 5_000,
          httpBodies: p.neo4jHttp.bodies,
          http: only.has('http'),
        };
        try {
          result.neo4j = await runChild<Neo4jResult>(
            'neo4jBench.ts',
            args,
            progress,
            async (serving) => {
              result.neo4jHttp = await httpRows(serving, {
                ...httpOptions,
                throughput: false,
                goals: result.actors >= 1e5 ? { neighborhoodP95: 50, pathsP95: 100 } : undefined,
              });
            },
          );
        } catch (error) {
          failed(`Neo4j ${sizeLabel(relationships)}`, error);
        }
      }
      tables.push(...sizeTables(result, label));
    }
  } finally {
    neo?.stop();
  }

  if (only.has('render')) {
    progress('rendering in headless Chromium');
    try {
      tables.push(
        await renderBench({
          sizes: [200, 1000, 5000],
          reps: quick ? 1 : 3,
          webglReps: 1,
          panMs: quick ? 1000 : 3000,
          webgl: !quick,
          log: progress,
        }),
      );
    } catch (error) {
      if (/no Chromium/.test(String(error))) skipped.push(`rendering: ${String(error)}`);
      else failed('rendering', error);
    }
  }
  if (only.has('limits')) {
    progress('the dearest requests within the limits, on the imported OFAC list');
    try {
      tables.push(await limitsBench({ reps: quick ? 2 : 5, log: progress }));
    } catch (error) {
      failed('limits', error);
    }
  }
  if (only.has('bundle')) {
    progress('client bundle');
    try {
      tables.push(await bundleBench());
    } catch (error) {
      failed('bundle', error);
    }
  }

  const load1 = os.loadavg();
  const seconds = (Date.now() - t0) / 1000;
  const report = [
    `## Benchmark results (${quick ? 'quick' : 'full'} run, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    machine(load0, load1, seconds),
    '',
    ...tables.map(renderTable).flatMap((t) => [t, '']),
    renderTable(goals(results, tables)),
    '',
    ...(skipped.length ? ['**Skipped:**', ...skipped.map((s) => `- ${s}`), ''] : []),
    ...(failures.length ? ['**Failed:**', ...failures.map((s) => `- ${s}`), ''] : []),
  ].join('\n');
  // Prettier-formatted, so the files pass `npm run format:check` (which also reads bench/.cache).
  const markdown = await prettier.format(report, { parser: 'markdown', ...prettierOptions });
  process.stdout.write(markdown);
  const outDir = path.resolve(__dirname, '..', '.cache', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const complete = !values.sizes && !values.only;
  const name = quick ? 'latest-quick' : complete ? 'latest-full' : 'latest-partial';
  fs.writeFileSync(path.join(outDir, `${name}.md`), markdown);
  fs.writeFileSync(
    path.join(outDir, `${name}.json`),
    await prettier.format(JSON.stringify({ results, tables }), {
      parser: 'json',
      ...prettierOptions,
    }),
  );
  progress(
    `done in ${seconds.toFixed(0)} s; tables in ${path.relative(process.cwd(), outDir)}/${name}.md`,
  );
  if (failures.length || (skipped.length && process.env.CI === 'true')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  progress(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
