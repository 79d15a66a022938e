import { parseArgs } from 'node:util';
import { RELATION_TYPES, type Actor, type Relationship } from '@explorer/graph-seed';
import type { Subgraph, TraverseStep } from '../../../server/src/store/GraphStore';
import { MemoryGraphStore } from '../../../server/src/store/memory/MemoryGraphStore';
import {
  neighborhoodIds,
  shortestPathIds,
  traverseIds,
} from '../../../server/src/store/walk/queries';
import { DEFAULT_DATA_DIR, ensureData, parseSize } from '../generate';
import { readFtm } from '../ftm';
import { chainSteps } from '../questions';
import { drawSamples } from '../samples';
import { fmt, renderTable, summarize, type Row } from '../stats';
import { CompactGraph } from './compact';
import { Csr, typeMask } from '../csr';
import { SearchIndex } from './searchIndex';

/**
 * Before/after numbers for the fixes proposed for the embedded store, all
 * inside bench/ (node --expose-gc; run with `npx tsx --tsconfig
 * bench/tsconfig.json bench/src/proto/run.ts --size 1M`):
 * - "compact expander": the shared walks fed from integer adjacency instead
 *   of graphology: what storage alone costs;
 * - "compact direct": neighbourhood and traverse on integers with rank
 *   selection: what the walk code costs (answers checked equal to the store);
 * - the precomputed search index (answers checked equal);
 * - import rate and heap of the compact layout.
 */

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1M' },
    seed: { type: 'string', default: '1' },
    samples: { type: 'string', default: '20' },
    only: { type: 'string' },
  },
});
const seed = Number(values.seed);
const n = Number(values.samples);

const gc = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
};
const heap = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

const ids = (sub: Subgraph) =>
  JSON.stringify([sub.actors.map((a) => a.id), sub.relationships.map((r) => r.id), sub.truncated]);

async function time<T>(fn: () => Promise<T> | T): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with node --expose-gc');
  const { file } = ensureData(DEFAULT_DATA_DIR, parseSize(values.size!), seed);
  const h0 = heap();
  let graph: { actors: Actor[]; relationships: Relationship[] } | null = readFtm(file);
  const { actors, relationships: rels } = graph;
  const hRecords = heap();
  const rows: Row[] = [];

  // Import and heap: graphology store vs compact layout over the same records.
  let store: MemoryGraphStore | null = new MemoryGraphStore(600_000);
  let t = performance.now();
  for (let i = 0; i < actors.length; i += 10_000)
    await store.upsertActors(actors.slice(i, i + 10_000));
  for (let i = 0; i < rels.length; i += 10_000)
    await store.upsertRelationships(rels.slice(i, i + 10_000));
  const storeImport = rels.length / ((performance.now() - t) / 1000);
  const hStore = heap();
  t = performance.now();
  const compact = new CompactGraph(actors, rels);
  const compactImport = rels.length / ((performance.now() - t) / 1000);
  const hBoth = heap();
  const recordsPerRel = (hRecords - h0) / rels.length;
  rows.push(
    {
      what: 'import actors + relationships',
      unit: 'rows/s',
      value: summarize([storeImport]),
      baseline: summarize([compactImport]),
      baselineLabel: 'compact (incl. id-order ranks)',
    },
    {
      what: 'heap per relationship: records (Actor/Relationship objects as read)',
      unit: 'B/rel',
      value: summarize([recordsPerRel]),
    },
    {
      what: 'heap per relationship: graphology structures on top',
      unit: 'B/rel',
      value: summarize([(hStore - hRecords) / rels.length]),
      baseline: summarize([(hBoth - hStore) / rels.length]),
      baselineLabel: 'compact structures on top',
    },
  );

  const samples = drawSamples(actors, rels, n, seed);
  const csr = new Csr(actors, rels);
  graph = null;
  void graph;
  const steps = await chainSteps();
  const everything: TraverseStep[] = RELATION_TYPES.flatMap((type) => [
    { type, direction: 'OUT' as const },
    { type, direction: 'IN' as const },
  ]);
  const s = store;
  const cases: {
    what: string;
    subjects: string[];
    store: (x: string) => Promise<Subgraph | unknown>;
    viaWalks: (x: string) => Promise<unknown>;
    direct?: (x: string) => Subgraph;
    proposed?: (x: string) => Subgraph;
    floor: (x: string) => unknown;
  }[] = [
    {
      what: 'neighbourhood depth 1',
      subjects: samples.actors,
      store: (id) => s.neighborhood(id, { depth: 1, limit: 200 }),
      viaWalks: (id) => neighborhoodIds(id, compact.expander({}, false), 1, 200),
      direct: (id) => compact.neighborhood(id, 1, 200),
      proposed: (id) => compact.neighborhoodNearFirst(id, 1, 200),
      floor: (id) => csr.neighborhood(csr.node(id), 1),
    },
    {
      what: 'neighbourhood depth 2',
      subjects: samples.actors,
      store: (id) => s.neighborhood(id, { depth: 2, limit: 200 }),
      viaWalks: (id) => neighborhoodIds(id, compact.expander({}, false), 2, 200),
      direct: (id) => compact.neighborhood(id, 2, 200),
      proposed: (id) => compact.neighborhoodNearFirst(id, 2, 200),
      floor: (id) => csr.neighborhood(csr.node(id), 2),
    },
    {
      what: 'paths maxHops 4',
      subjects: samples.pairs.map((p) => p.join('|')),
      store: (p) => {
        const [a, b] = p.split('|') as [string, string];
        return s.shortestPaths(a, b, { maxHops: 4, directed: false, first: 5 });
      },
      viaWalks: (p) => {
        const [a, b] = p.split('|') as [string, string];
        return shortestPathIds(a, b, compact.expander({}, false), 4, 5);
      },
      floor: (p) => {
        const [a, b] = p.split('|') as [string, string];
        return csr.paths(csr.node(a), csr.node(b), 4);
      },
    },
    {
      what: 'control chain UP',
      subjects: samples.chain,
      store: (id) => s.traverse(id, { steps, maxHops: 6, limit: 500 }),
      viaWalks: (id) => traverseIds(id, compactTraverser(compact, steps), 6, 500),
      direct: (id) => compact.traverse(id, steps, 6, 500),
      floor: (id) =>
        csr.traverse(
          csr.node(id),
          typeMask(['PART_OF']),
          typeMask(['CONTROLS', 'COMMANDS', 'HOLDS_OFFICE']),
          6,
        ),
    },
    {
      what: 'full BFS',
      subjects: samples.actors.slice(0, Math.min(5, n)),
      store: (id) => s.traverse(id, { steps: everything, maxHops: 1e6, limit: 1e9 }),
      viaWalks: (id) => traverseIds(id, compactTraverser(compact, everything), 1e6, 1e9),
      direct: (id) => compact.traverse(id, everything, 1e6, 1e9),
      floor: (id) => csr.fullBfs(csr.node(id)),
    },
  ];
  const notes: string[] = [];
  for (const c of cases) {
    if (values.only && !c.what.includes(values.only)) continue;
    const a: number[] = [];
    const b: number[] = [];
    const d: number[] = [];
    let mismatches = 0;
    for (const x of c.subjects) {
      a.push(await time(() => c.store(x)));
      b.push(await time(() => c.viaWalks(x)));
      if (c.direct) {
        d.push(await time(() => c.direct!(x)));
        if (ids((await c.store(x)) as Subgraph) !== ids(c.direct(x))) mismatches++;
      }
    }
    const f: number[] = [];
    for (const x of c.subjects) f.push(await time(() => c.floor(x)));
    rows.push({
      what: `${c.what}: store (graphology + shared walks)`,
      unit: 'ms',
      value: summarize(a),
      baseline: summarize(f),
      baselineLabel: 'CSR floor',
    });
    rows.push({
      what: `${c.what}: shared walks over compact adjacency`,
      unit: 'ms',
      value: summarize(b),
      baseline: summarize(a),
      baselineLabel: 'store',
    });
    if (c.direct) {
      rows.push({
        what: `${c.what}: compact, integer walk + rank selection`,
        unit: 'ms',
        value: summarize(d),
        baseline: summarize(a),
        baselineLabel: 'store',
        note: `${mismatches ? `${mismatches} answers differ!` : 'same answers'}, ${(summarize(d).median / summarize(f).median).toFixed(1)}× the CSR floor`,
      });
    }
    if (c.proposed) {
      const e: number[] = [];
      for (const x of c.subjects) e.push(await time(() => c.proposed!(x)));
      rows.push({
        what: `${c.what}: compact, nearer links first (proposed cut, other answers when truncated)`,
        unit: 'ms',
        value: summarize(e),
        baseline: summarize(a),
        baselineLabel: 'store',
      });
    }
    process.stderr.write(`proto: ${c.what} done\n`);
  }

  // Search.
  t = performance.now();
  const index = new SearchIndex(actors);
  const indexMs = performance.now() - t;
  const sa: number[] = [];
  const sb: number[] = [];
  let searchMismatches = 0;
  for (const text of samples.search) {
    sa.push(await time(() => s.searchActors({ text, first: 20 })));
    sb.push(await time(() => index.search(text, 20)));
    const x = (await s.searchActors({ text, first: 20 })).map((a) => a.id).join();
    const y = index
      .search(text, 20)
      .map((a) => a.id)
      .join();
    if (x !== y) searchMismatches++;
  }
  rows.push(
    { what: 'search: store (scoreActor over every actor)', unit: 'ms', value: summarize(sa) },
    {
      what: 'search: precomputed terms + sorted token index',
      unit: 'ms',
      value: summarize(sb),
      baseline: summarize(sa),
      baselineLabel: 'store',
      note: searchMismatches ? `${searchMismatches} answers differ!` : 'same answers',
    },
  );
  notes.push(`Search index built in ${(indexMs / 1000).toFixed(1)} s for ${actors.length} actors.`);
  notes.push(
    `Records alone (as read from FtM, before any store): ${fmt(recordsPerRel, 'B/rel')}; the 400 B/rel goal leaves ` +
      `${fmt(400 - recordsPerRel, 'B/rel')} for the store's own structures.`,
  );
  store = null;
  console.log(
    renderTable({
      title: `Prototypes for the embedded store — ${values.size} relationships`,
      rows,
      notes,
    }),
  );
}

/** The traverse expander of MemoryGraphStore, over the compact layout. */
function compactTraverser(c: CompactGraph, steps: readonly TraverseStep[]) {
  const rules = new Map(steps.map((x) => [x.type, new Set<string>()] as const));
  for (const x of steps) rules.get(x.type)!.add(x.direction);
  return async (frontier: readonly string[]) => {
    const out: { from: string; to: string; rel: Relationship }[] = [];
    for (const node of frontier) {
      const u = c.index.get(node)!;
      for (let k = c.offsets[u]!; k < c.offsets[u + 1]!; k++) {
        const rel = c.rels[c.adj[k]!]!;
        const dirs = rules.get(rel.type);
        if (!dirs) continue;
        if (rel.source === node && dirs.has('OUT')) out.push({ from: node, to: rel.target, rel });
        if (rel.target === node && dirs.has('IN') && rel.source !== rel.target)
          out.push({ from: node, to: rel.source, rel });
      }
    }
    return out;
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
