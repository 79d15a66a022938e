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
import { fmt, renderTable, summarize, type Row, type Table } from './stats';
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

interface SizeResult {
  relationships: number;
  actors: number;
  memory?: MemoryResult;
  neo4j?: Neo4jResult;
  memoryHttp?: Row[];
  neo4jHttp?: Row[];
}

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
    renderTable(goals()),
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

function machine(load0: number[], load1: number[], seconds: number): string {
  const cpus = os.cpus();
  return [
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `Node ${process.version}, ${os.type()} ${os.release()}. ` +
      `Load average ${load0[0]!.toFixed(1)} at the start, ${load1[0]!.toFixed(1)} at the end ` +
      `(other processes share the machine). Run took ${(seconds / 60).toFixed(1)} min.`,
  ].join('\n');
}

function sizeTables(r: SizeResult, label: string): Table[] {
  const out: Table[] = [];
  const big = r.relationships >= 1e6;
  const judge = (row: Row, met: boolean | undefined): Row => ({
    ...row,
    met: big ? met : undefined,
  });
  if (r.memory) {
    const m = r.memory;
    const rows = m.rows.map((row) => {
      if (row.what === 'import relationships') return judge(row, row.value.median >= 200_000);
      if (row.what === 'neighbourhood depth 2') return judge(row, row.value.median <= 2);
      if (row.what.startsWith('full BFS'))
        return judge(row, row.value.median <= 20 * row.baseline!.median);
      return row;
    });
    rows.splice(2, 0, {
      what: 'heap after GC, loaded store',
      unit: 'B/rel',
      value: summarize([m.heapBytesPerRel]),
      baseline: summarize([m.csrBytesPerRel]),
      baselineLabel: 'CSR typed arrays',
      goal: '<= 400 B/rel (1M)',
      met: big ? m.heapBytesPerRel <= 400 : undefined,
      note: `${m.heapMb.toFixed(0)} MB, actors included`,
    });
    rows.splice(3, 0, {
      what: 'peak RSS of the process (read, imports, CSR)',
      unit: 'MB',
      value: summarize([m.peakRssMb]),
    });
    out.push({
      title: `Embedded store (graphology) — ${label}`,
      rows,
      notes: [
        `FtM lines read and mapped in ${(m.parseMs / 1000).toFixed(1)} s (${fmt((m.relationships + m.actors) / (m.parseMs / 1000), 'rows/s')}), not counted in import.`,
        'Import: upsertActors / upsertRelationships in batches of 10,000 into a fresh store; rows/s per repetition.',
        'Queries: subjects drawn with the seed (uniform actors; money flows and control chains from endpoints of random links of their types); baseline: the same question as plain BFS over CSR Int32Arrays, counts only.',
      ],
    });
  }
  if (r.neo4j) {
    const n = r.neo4j;
    const rows = n.rows.map((row) => {
      if (row.what.startsWith('import actors')) return judge(row, row.value.median >= 20_000);
      if (row.what.startsWith('import relationships'))
        return judge(row, row.value.median >= 10_000);
      return row;
    });
    out.push({
      title: `Neo4j store — ${label}`,
      rows,
      notes: [
        "Import: the adapter's upserts (10,000 rows per transaction) called with 10,000 rows at a time and `knownNew` (as the importer passes it for ids its plan found missing; here every id: UNWIND…CREATE, relationship ids checked in their own type only); the plain call (ids looked up first, in every relationship type) measured once; baseline: hand-written UNWIND…CREATE with the same properties, 10,000 rows per query.",
        'Queries through Neo4jGraphStore (walks: one Cypher query per BFS level reading ids, then the kept records; paths: one allShortestPaths query); baseline: the same question as one hand-written Cypher query through the driver. Both with a 30 s deadline; a timed-out query counts as 30 s.',
        `Clearing the database between imports took ${n.clearMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s.`,
      ],
    });
  }
  const httpRowsAll = [
    ...(r.memoryHttp ?? []).map((row) => ({ ...row, what: `embedded: ${row.what}` })),
    ...(r.neo4jHttp ?? []).map((row) => ({ ...row, what: `Neo4j: ${row.what}` })),
  ];
  if (httpRowsAll.length) {
    out.push({
      title: `GraphQL over HTTP — ${label}`,
      rows: httpRowsAll,
      notes: [
        'The real app (createApp, request and cost budgets off) on 127.0.0.1; baseline: a bare Express route answering each request with the same JSON payload.',
        'Throughput: autocannon, 10 connections, median of per-second request counts; latency rows: every response.',
        "Neighbourhood and paths use the client's own documents (client/src/api/documents.ts). The Neo4j app runs with the default QUERY_TIMEOUT_MS (5 s): a timed-out request counts at its latency and fails the goal.",
      ],
    });
  }
  return out;
}

/** Every goal of issue 8, where it was measured. */
function goals(): Table {
  const largest = [...results].sort((a, b) => b.relationships - a.relationships)[0];
  const at1M = results.find((r) => r.relationships >= 1e6);
  const rows: Row[] = [];
  const find = (list: Row[] | undefined, prefix: string) =>
    list?.find((row) => row.what.startsWith(prefix));
  const add = (
    what: string,
    row: Row | undefined,
    where: SizeResult | undefined,
    judged: boolean,
    met: (row: Row) => boolean,
    goal: string,
  ) => {
    if (!row || !where) {
      rows.push({ what: `${what} — not measured`, unit: 'ms', value: summarize([]), goal });
      return;
    }
    const size = where.relationships ? ` (${sizeLabel(where.relationships)})` : '';
    rows.push({ ...row, what: `${what}${size}`, goal, met: judged ? met(row) : undefined });
  };
  const mem = at1M ?? largest;
  const memJudged = mem === at1M && at1M !== undefined;
  const neoJudged = (largest?.actors ?? 0) >= 1e5;
  add(
    'embedded: 2-hop neighbourhood',
    find(mem?.memory?.rows, 'neighbourhood depth 2'),
    mem,
    memJudged,
    (r) => r.value.median <= 2,
    '<= 2 ms (median) on 1M',
  );
  add(
    'embedded: full BFS vs CSR floor',
    find(mem?.memory?.rows, 'full BFS'),
    mem,
    memJudged,
    (r) => r.value.median <= 20 * r.baseline!.median,
    '<= 20× on 1M',
  );
  if (mem?.memory) {
    rows.push({
      what: `embedded: heap after GC (${sizeLabel(mem.relationships)})`,
      unit: 'B/rel',
      value: summarize([mem.memory.heapBytesPerRel]),
      goal: '<= 400 B/rel on 1M',
      met: memJudged ? mem.memory.heapBytesPerRel <= 400 : undefined,
    });
  }
  add(
    'embedded: import relationships',
    find(mem?.memory?.rows, 'import relationships'),
    mem,
    memJudged,
    (r) => r.value.median >= 200_000,
    '>= 200k rows/s on 1M',
  );
  add(
    'Neo4j: import actors',
    find(largest?.neo4j?.rows, 'import actors'),
    largest,
    true,
    (r) => r.value.median >= 20_000,
    '>= 20k rows/s',
  );
  add(
    'Neo4j: import relationships',
    find(largest?.neo4j?.rows, 'import relationships'),
    largest,
    true,
    (r) => r.value.median >= 10_000,
    '>= 10k rows/s',
  );
  add(
    'Neo4j: GraphQL neighbourhood',
    find(largest?.neo4jHttp, 'GraphQL neighbourhood'),
    largest,
    neoJudged,
    (r) => r.value.p95 <= 50,
    'p95 <= 50 ms on 100k actors',
  );
  add(
    'Neo4j: GraphQL paths',
    find(largest?.neo4jHttp, 'GraphQL paths'),
    largest,
    neoJudged,
    (r) => r.value.p95 <= 100,
    'p95 <= 100 ms on 100k actors',
  );
  add(
    'API: trivial GraphQL vs bare Express',
    find(largest?.memoryHttp, 'GraphQL trivial'),
    largest,
    true,
    (r) => r.value.median >= 0.4 * r.baseline!.median,
    '>= 0.4× req/s',
  );
  const view = tables.find((t) => t.title.startsWith('View'));
  const noSize = { relationships: 0, actors: 0 } as SizeResult;
  add(
    'view: first graph, 200 elements',
    view?.rows.find(
      (r) => r.what.startsWith('first painted graph, 200 elements (') && !r.what.includes('WebGL'),
    ),
    noSize,
    true,
    (r) => r.value.median <= 1200,
    '<= 1.2 s',
  );
  add(
    'view: pan, 5,000 elements',
    view?.rows.find((r) => r.what === 'pan, 5000 elements'),
    noSize,
    true,
    (r) => r.value.median >= 30,
    '>= 30 fps',
  );
  const bundle = tables.find((t) => t.title.startsWith('Client bundle'))?.rows[0];
  if (bundle) rows.push({ ...bundle, what: 'view: initial JS, gzip' });
  // Issue 14: the dearest request within the limits, its latency and memory.
  const limits = tables.find((t) => t.title.startsWith('The dearest requests'));
  if (limits) {
    const worst = (unit: 'ms' | 'MB') =>
      limits.rows.filter((r) => r.unit === unit).sort((a, b) => b.value.p95 - a.value.p95)[0];
    const slowest = worst('ms');
    const hungriest = worst('MB');
    if (slowest)
      rows.push({ ...slowest, what: `limits: slowest, ${slowest.what}`, note: undefined });
    if (hungriest) {
      const index = limits.rows.indexOf(hungriest);
      rows.push({
        ...hungriest,
        what: `limits: most RSS growth, ${limits.rows[index - 1]?.what ?? ''}`,
      });
    }
  }
  return {
    title: 'Goals (issues 8 and 14)',
    rows,
    notes: [
      'Judged only where measured at the size the goal names (1M relationships = 100k actors); other sizes are shown for information.',
    ],
  };
}

main().catch((error: unknown) => {
  progress(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
