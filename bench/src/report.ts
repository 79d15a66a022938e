import os from 'node:os';
import type { MemoryResult } from './memoryBench';
import type { Neo4jResult } from './neo4jBench';
import { sizeLabel } from './generate';
import { fmt, summarize, type Row, type Table } from './stats';

/**
 * The tables `npm run bench` prints from what it measured (run.ts): the
 * machine line, one table per size and section with each goal judged at the
 * size it names, and the goals summary.
 */

/** What one size of the run measured. */
export interface SizeResult {
  relationships: number;
  actors: number;
  memory?: MemoryResult;
  neo4j?: Neo4jResult;
  memoryHttp?: Row[];
  neo4jHttp?: Row[];
}

export function machine(load0: number[], load1: number[], seconds: number): string {
  const cpus = os.cpus();
  return [
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `Node ${process.version}, ${os.type()} ${os.release()}. ` +
      `Load average ${load0[0]!.toFixed(1)} at the start, ${load1[0]!.toFixed(1)} at the end ` +
      `(other processes share the machine). Run took ${(seconds / 60).toFixed(1)} min.`,
  ].join('\n');
}

export function sizeTables(r: SizeResult, label: string): Table[] {
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
export function goals(results: readonly SizeResult[], tables: readonly Table[]): Table {
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
