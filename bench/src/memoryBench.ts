import {
  DEFAULT_EXPOSURE_VIA,
  MONEY_TYPES,
  RELATION_TYPES,
  type Actor,
  type Designation,
  type Relationship,
  type RelationType,
} from '@explorer/domain';
import { MemoryGraphStore } from '../../server/src/store/memory/MemoryGraphStore';
import type { TraverseStep } from '../../server/src/store/GraphStore';
import { Csr, NameScan, typeMask } from './csr';
import { readFtm } from './ftm';
import { childMain, httpDone, log, send } from './ipc';
import { drawSamples } from './samples';
import { makeBodies, serve, type Bodies } from './serve';
import { summarize, type Row } from './stats';
import { chainSteps, runQuestions, type Question } from './questions';

/**
 * The embedded store on one data set, in its own process: import (against
 * building the CSR floor), heap after GC, the store queries against plain
 * BFS over the CSR, then the real app over the loaded store for the parent's
 * HTTP measurements.
 */

export interface MemoryArgs {
  file: string;
  seed: number;
  samples: number;
  fullBfsSamples: number;
  importReps: number;
  httpBodies: number;
  http: boolean;
}

export interface MemoryResult {
  actors: number;
  relationships: number;
  parseMs: number;
  rows: Row[];
  heapBytesPerRel: number;
  heapMb: number;
  csrBytesPerRel: number;
  peakRssMb: number;
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with --expose-gc');
  g();
  g();
};
const heapUsed = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

const BATCH = 10_000;

async function importInto(
  store: MemoryGraphStore,
  actors: readonly Actor[],
  rels: readonly Relationship[],
  designations: readonly Designation[],
): Promise<{ actorsMs: number; relsMs: number }> {
  const t0 = performance.now();
  for (let i = 0; i < actors.length; i += BATCH)
    await store.upsertActors(actors.slice(i, i + BATCH));
  const t1 = performance.now();
  for (let i = 0; i < rels.length; i += BATCH)
    await store.upsertRelationships(rels.slice(i, i + BATCH));
  const relsMs = performance.now() - t1;
  // Designations are records on actors, not relationships: written after, outside the rates.
  for (let i = 0; i < designations.length; i += BATCH)
    await store.upsertDesignations(designations.slice(i, i + BATCH));
  return { actorsMs: t1 - t0, relsMs };
}

async function main(args: MemoryArgs): Promise<MemoryResult> {
  const h0 = heapUsed();
  const holder: { store?: MemoryGraphStore; bodies?: Bodies } = {};
  const result = await measure(args, holder);
  // Heap of the loaded store alone: everything else went out of scope with measure().
  const heap = heapUsed() - h0;
  if (args.http) {
    const { serving, close } = await serve(holder.store!, holder.bodies!);
    send({ type: 'ready', serving });
    await httpDone();
    await close();
  }
  return { ...result, heapBytesPerRel: heap / result.relationships, heapMb: heap / 2 ** 20 };
}

async function measure(
  args: MemoryArgs,
  holder: { store?: MemoryGraphStore; bodies?: Bodies },
): Promise<Omit<MemoryResult, 'heapBytesPerRel' | 'heapMb'>> {
  const t0 = performance.now();
  const graph = readFtm(args.file);
  const parseMs = performance.now() - t0;
  const { actors, relationships: rels, designations } = graph;
  const nA = actors.length;
  const nR = rels.length;
  log(`memory: read ${nA} actors, ${nR} relationships in ${(parseMs / 1000).toFixed(1)} s`);

  // Import: a fresh store per repetition; the CSR build is the floor.
  const actorRates: number[] = [];
  const relRates: number[] = [];
  const csrRates: number[] = [];
  let store: MemoryGraphStore | null = null;
  let csr: Csr | null = null;
  for (let rep = 0; rep < args.importReps; rep++) {
    store = null;
    csr = null;
    gc();
    const s = new MemoryGraphStore(600_000);
    const { actorsMs, relsMs } = await importInto(s, actors, rels, designations);
    actorRates.push(nA / (actorsMs / 1000));
    relRates.push(nR / (relsMs / 1000));
    store = s;
    gc();
    const c0 = performance.now();
    csr = new Csr(
      actors,
      rels,
      designations.map((d) => d.actor),
    );
    csrRates.push(nR / ((performance.now() - c0) / 1000));
    log(
      `memory: import ${rep + 1}/${args.importReps}: actors ${(actorsMs / 1000).toFixed(2)} s, relationships ${(relsMs / 1000).toFixed(2)} s`,
    );
  }
  const s = store!;
  const c = csr!;
  // The store's indexes are built on the first walk and the first search after a write.
  const w0 = performance.now();
  await s.neighborhood(actors[0]!.id, { depth: 1, limit: 1 });
  const walkIndexMs = performance.now() - w0;
  const s0 = performance.now();
  await s.searchActors({ text: actors[0]!.name, first: 1 });
  const searchIndexMs = performance.now() - s0;
  log(
    `memory: first walk (builds the walk index) ${walkIndexMs.toFixed(0)} ms, first search ${searchIndexMs.toFixed(0)} ms`,
  );
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const names = new NameScan(actors);
  const samples = drawSamples(actors, rels, args.samples, args.seed);

  const rows: Row[] = [
    {
      what: 'import actors',
      unit: 'rows/s',
      value: summarize(actorRates),
    },
    {
      what: 'import relationships',
      unit: 'rows/s',
      value: summarize(relRates),
      baseline: summarize(csrRates),
      baselineLabel: 'CSR build',
      goal: '>= 200k rows/s (1M)',
    },
    {
      what: 'first walk after the import (builds the walk index)',
      unit: 'ms',
      value: summarize([walkIndexMs]),
    },
    {
      what: 'first search after the import (sorts the token index)',
      unit: 'ms',
      value: summarize([searchIndexMs]),
    },
  ];

  const steps = await chainSteps();
  const outMask = typeMask(steps.filter((x) => x.direction === 'OUT').map((x) => x.type));
  const inMask = typeMask(steps.filter((x) => x.direction === 'IN').map((x) => x.type));
  const viaMask = typeMask(DEFAULT_EXPOSURE_VIA);
  const moneyMask = typeMask(MONEY_TYPES);
  const everything: TraverseStep[] = RELATION_TYPES.flatMap((type: RelationType) => [
    { type, direction: 'OUT' as const },
    { type, direction: 'IN' as const },
  ]);
  const n = (id: string) => c.node(id);

  const questions: Question[] = [
    {
      what: 'search',
      subjects: samples.search,
      store: (text) => s.searchActors({ text, first: 20 }),
      baseline: (text) => names.search(text, 20),
      baselineLabel: 'word scan',
    },
    {
      what: 'neighbourhood depth 1',
      subjects: samples.actors,
      store: (id) => s.neighborhood(id, { depth: 1, limit: 200 }),
      baseline: (id) => c.neighborhood(n(id), 1),
    },
    {
      what: 'neighbourhood depth 2',
      subjects: samples.actors,
      store: (id) => s.neighborhood(id, { depth: 2, limit: 200 }),
      baseline: (id) => c.neighborhood(n(id), 2),
      goal: '<= 2 ms (median, 1M)',
    },
    {
      what: 'paths maxHops 4',
      subjects: samples.pairs.map((p) => p.join('|')),
      store: (pair) => {
        const [a, b] = pair.split('|') as [string, string];
        return s.shortestPaths(a, b, { maxHops: 4, directed: false, first: 5 });
      },
      baseline: (pair) => {
        const [a, b] = pair.split('|') as [string, string];
        return c.paths(n(a), n(b), 4);
      },
    },
    {
      what: 'exposure (nearestDesignated, maxHops 3)',
      subjects: samples.actors,
      store: (id) => s.nearestDesignated(id, { via: DEFAULT_EXPOSURE_VIA, maxHops: 3, first: 20 }),
      baseline: (id) => c.nearestDesignated(n(id), viaMask, 3),
    },
    {
      what: 'control chain UP (traverse, maxHops 6)',
      subjects: samples.chain,
      store: (id) => s.traverse(id, { steps, maxHops: 6, limit: 500 }),
      baseline: (id) => c.traverse(n(id), outMask, inMask, 6),
    },
    {
      what: 'money flows (relationshipsOf FUNDS|INVESTS_IN|OWES)',
      subjects: samples.money,
      store: (id) => s.relationshipsOf(id, { types: MONEY_TYPES, direction: 'BOTH', first: 1000 }),
      baseline: (id) => c.relationshipsOf(n(id), moneyMask),
    },
    {
      what: 'full BFS (traverse, every type both ways, unbounded)',
      subjects: samples.actors.slice(0, args.fullBfsSamples),
      store: (id) => s.traverse(id, { steps: everything, maxHops: 1_000_000, limit: 1e9 }),
      baseline: (id) => c.fullBfs(n(id)),
      goal: '<= 20× the CSR floor (1M)',
      warmup: 1,
    },
  ];
  rows.push(...(await runQuestions(questions, 'memory', 'CSR BFS')));

  holder.store = s;
  holder.bodies = makeBodies(samples, args.httpBodies);
  return {
    actors: nA,
    relationships: nR,
    parseMs,
    rows,
    csrBytesPerRel: c.bytes() / nR,
    peakRssMb,
  };
}

childMain(main);
