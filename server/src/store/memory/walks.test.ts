import type { Actor, Designation, Relationship, RelationType, TimeWindow } from '@explorer/domain';
import { isInForce } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import type { TraverseStep, WalkFilter } from '../GraphStore';
import { nearestIds, neighborhoodIds, shortestPathIds, traverseIds } from '../walk/queries';
import { MAX_ENUMERATED_PATHS, type Expand, type IdPath } from '../walk/walk';
import * as reference from './graphologyWalks';
import { MemoryGraphStore } from './MemoryGraphStore';
import { selectSmallest } from './walks';
import { prng } from '../../test/prng';

/**
 * Differential test: the store's integer walks (walks.ts) against the shared
 * walk code (walk/queries.ts) fed by graphology expanders, as the store ran
 * them before, on random graphs (self-loops, parallel links, dates, numeric
 * and textual ids, moved and deleted records) with random questions.
 */

const TYPES: RelationType[] = ['OWNS', 'FUNDS', 'PART_OF', 'SANCTIONS', 'CONTROLS'];
const DATES = [undefined, '2010', '2015-06', '2018-02-28', '2020', '2022-11', '2025-07-30'];

interface Random {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

function random(seed: number): Random {
  const next = prng(seed);
  return {
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

function actorId(r: Random, i: number): string {
  // Integer-like keys change graphology's adjacency order: mix them in.
  return r.chance(0.3) ? String(i * 7) : `a${r.int(1000)}-${i}`;
}

function relId(r: Random, i: number): string {
  return r.chance(0.2) ? String(i * 3) : `r${r.int(1000)}-${i}`;
}

const actor = (id: string): Actor => ({
  id,
  name: id,
  aliases: [],
  kind: 'COMPANY',
  origin: 'imported',
});

function relationship(
  r: Random,
  id: string,
  source: string,
  target: string,
  type: RelationType,
): Relationship {
  const start = r.pick(DATES);
  const end = r.chance(0.3) ? r.pick(DATES) : undefined;
  return {
    id,
    type,
    source,
    target,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    evidence: [],
    origin: 'imported',
    ...randomValidity(r, start !== undefined || end !== undefined),
  };
}

/** Every validity kind, so the walks' time test (validityIntervals) meets each. */
function randomValidity(r: Random, dated: boolean): { validity?: Relationship['validity'] } {
  const heldOn = r.chance(0.5) ? r.pick(DATES.slice(1)) : undefined;
  const endedBefore = r.pick(DATES.slice(1));
  const kinds = dated ? (['DATED', 'HISTORICAL'] as const) : (['UNDATED', 'ENDED_BEFORE'] as const);
  if (r.chance(0.2)) return {}; // derived by validityOf
  const kind = r.pick(kinds);
  return {
    validity: {
      kind,
      reason: 'random',
      ...(kind === 'ENDED_BEFORE' ? { endedBefore } : {}),
      ...((kind === 'UNDATED' || kind === 'ENDED_BEFORE') && heldOn ? { heldOn } : {}),
    },
  };
}

/** A random window (one date, a range, open on one side), undated relationships sometimes included. */
function randomWindow(r: Random): TimeWindow | undefined {
  if (!r.chance(0.4)) return undefined;
  const a = r.pick(DATES.slice(1))!;
  const b = r.pick(DATES.slice(1))!;
  const [from, to] = a <= b ? [a, b] : [b, a];
  const includeUndated = r.chance(0.5);
  return r.pick([
    { from: a, to: a, includeUndated },
    { from, to, includeUndated },
    { from, includeUndated },
    { to, includeUndated },
  ]);
}

/** A random SANCTIONS draw is a designation (a record, not a link): authority = source, actor = target. */
function asDesignation(rel: Relationship): Designation {
  return {
    id: rel.id,
    actor: rel.target,
    authority: rel.source,
    programs: [],
    ...(rel.start ? { listedOn: rel.start } : {}),
    ...(rel.end ? { delistedOn: rel.end } : {}),
    evidence: [],
    origin: 'imported',
  };
}

async function randomStore(
  seed: number,
): Promise<{ store: MemoryGraphStore; ids: string[]; designations: Designation[] }> {
  const r = random(seed);
  const n = 3 + r.int(40);
  const ids = [...new Set(Array.from({ length: n }, (_, i) => actorId(r, i)))];
  const store = new MemoryGraphStore(60_000);
  await store.upsertActors(ids.map(actor));
  const m = r.int(n * 4);
  const types = TYPES.slice(0, 1 + r.int(TYPES.length));
  const rels: Relationship[] = [];
  for (let i = 0; i < m; i++) {
    const source = r.pick(ids);
    const target = r.chance(0.05) ? source : r.pick(ids);
    rels.push(relationship(r, relId(r, i), source, target, r.pick(types)));
    if (r.chance(0.1)) rels.push({ ...rels[rels.length - 1]!, id: relId(r, i + m) }); // parallel
  }
  const links = (list: Relationship[]) => list.filter((rel) => rel.type !== 'SANCTIONS');
  const designations = new Map<string, Designation>();
  const designate = async (list: Relationship[]) => {
    const ds = list.filter((rel) => rel.type === 'SANCTIONS').map(asDesignation);
    for (const d of ds) designations.set(d.id, d);
    await store.upsertDesignations(ds);
  };
  await store.upsertRelationships(links(rels));
  await designate(rels);
  // Writes after the first build: moved relationships, replaced ones, deleted actors.
  if (r.chance(0.5)) await store.neighborhood(ids[0]!, { depth: 1, limit: 10 });
  const moved = rels
    .filter(() => r.chance(0.1))
    .map((rel) => ({ ...rel, source: r.pick(ids), target: r.pick(ids) }));
  await store.upsertRelationships(links(moved));
  await designate(moved);
  if (r.chance(0.3)) {
    const gone = ids.filter(() => r.chance(0.1));
    await store.deleteActors(gone);
    const kept = [...designations.values()].filter(
      (d) => !gone.includes(d.actor) && !gone.includes(d.authority),
    );
    return { store, ids: ids.filter((id) => !gone.includes(id)), designations: kept };
  }
  return { store, ids, designations: [...designations.values()] };
}

const expander = (store: MemoryGraphStore, filter: WalkFilter, directed: boolean): Expand =>
  reference.expander(store.graphology, filter, directed);
const traverseExpander = (
  store: MemoryGraphStore,
  steps: readonly TraverseStep[],
  when?: TimeWindow,
) => reference.traverseExpander(store.graphology, steps, when);

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const sub = (s: {
  actors?: readonly { id: string }[];
  actorIds?: string[];
  relationships: readonly { id: string }[];
  truncated: boolean;
}) => ({
  actors: s.actorIds ?? ids(s.actors!),
  relationships: ids(s.relationships),
  truncated: s.truncated,
});
const paths = (ps: readonly IdPath[]) => ps.map((p) => `${p.actors.join('>')}|${ids(p.rels)}`);
const storePaths = (
  ps: readonly { actors: readonly { id: string }[]; relationships: readonly { id: string }[] }[],
) => ps.map((p) => `${ids(p.actors).join('>')}|${ids(p.relationships)}`);

function filter(r: Random): WalkFilter {
  const types = r.chance(0.4) ? TYPES.filter(() => r.chance(0.5)) : undefined;
  const when = randomWindow(r);
  return { ...(types ? { types } : {}), ...(when ? { when } : {}) };
}

describe('integer walks give the shared walk code’s answers', () => {
  const GRAPHS = 120;
  const QUESTIONS = 12;

  it('neighbourhood', async () => {
    for (let seed = 1; seed <= GRAPHS; seed++) {
      const { store, ids: actors } = await randomStore(seed);
      const r = random(seed * 7919);
      for (let q = 0; q < QUESTIONS; q++) {
        const centre = r.pick(actors);
        const f = filter(r);
        const depth = 1 + r.int(3);
        const limit = 1 + r.int(40);
        const want = await neighborhoodIds(centre, expander(store, f, false), depth, limit);
        const got = await store.neighborhood(centre, { ...f, depth, limit });
        expect({ seed, q, ...sub(got) }).toEqual({ seed, q, ...sub(want) });
      }
    }
  });

  it('shortest paths', async () => {
    for (let seed = 1; seed <= GRAPHS; seed++) {
      const { store, ids: actors } = await randomStore(seed);
      const r = random(seed * 104729);
      for (let q = 0; q < QUESTIONS; q++) {
        const from = r.pick(actors);
        const to = r.chance(0.1) ? from : r.pick(actors);
        const f = filter(r);
        const directed = r.chance(0.4);
        const maxHops = 1 + r.int(5);
        const first = 1 + r.int(12);
        const want = await shortestPathIds(from, to, expander(store, f, directed), maxHops, first);
        const got = await store.shortestPaths(from, to, { ...f, directed, maxHops, first });
        expect({ seed, q, paths: storePaths(got) }).toEqual({ seed, q, paths: paths(want) });
      }
    }
  });

  it('traverse', async () => {
    for (let seed = 1; seed <= GRAPHS; seed++) {
      const { store, ids: actors } = await randomStore(seed);
      const r = random(seed * 15485863);
      for (let q = 0; q < QUESTIONS; q++) {
        const start = r.pick(actors);
        const steps: TraverseStep[] = TYPES.flatMap((type) =>
          (['OUT', 'IN'] as const)
            .filter(() => r.chance(0.4))
            .map((direction) => ({ type, direction })),
        );
        const when = randomWindow(r);
        const maxHops = 1 + r.int(6);
        const limit = 1 + r.int(60);
        const want = await traverseIds(start, traverseExpander(store, steps, when), maxHops, limit);
        const got = await store.traverse(start, {
          steps,
          maxHops,
          limit,
          ...(when ? { when } : {}),
        });
        expect({ seed, q, ...sub(got) }).toEqual({ seed, q, ...sub(want) });
      }
    }
  });

  it('nearest designated', async () => {
    for (let seed = 1; seed <= GRAPHS; seed++) {
      const { store, ids: actors, designations } = await randomStore(seed);
      const r = random(seed * 32452843);
      for (let q = 0; q < QUESTIONS; q++) {
        const start = r.pick(actors);
        const via = TYPES.filter((t) => t !== 'SANCTIONS' && r.chance(0.6));
        const asOf = r.chance(0.3) ? r.pick(DATES.slice(1)) : undefined;
        const when = randomWindow(r);
        const maxHops = r.int(5);
        const first = 1 + r.int(12);
        const held = new Set(designations.filter((d) => isInForce(d, asOf)).map((d) => d.actor));
        const designated = async (candidates: readonly string[]) =>
          candidates.filter((id) => held.has(id));
        const want = await nearestIds(
          start,
          expander(store, { types: via, ...(when ? { when } : {}) }, false),
          designated,
          maxHops,
          first,
        );
        const got = await store.nearestDesignated(start, {
          via,
          maxHops,
          first,
          ...(when ? { when } : {}),
          ...(asOf ? { asOf } : {}),
        });
        expect({ seed, q, paths: storePaths(got) }).toEqual({ seed, q, paths: paths(want) });
      }
    }
  });

  it('more tied shortest paths than are enumerated: the same ones, in the same order', async () => {
    const r = random(99);
    const store = new MemoryGraphStore(60_000);
    const layers = [['from'], [] as string[], [] as string[], [] as string[], ['to']];
    for (let l = 1; l <= 3; l++)
      for (let i = 0; i < 5; i++) layers[l]!.push(actorId(r, l * 10 + i));
    await store.upsertActors(layers.flat().map(actor));
    const rels: Relationship[] = [];
    let k = 0;
    for (let l = 0; l < 4; l++)
      for (const a of layers[l]!)
        for (const b of layers[l + 1]!)
          for (let p = 0; p < 3; p++) rels.push(relationship(r, relId(r, k++), a, b, 'OWNS'));
    // Shuffled, so adjacency order is not id order.
    for (let i = rels.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [rels[i], rels[j]] = [rels[j]!, rels[i]!];
    }
    await store.upsertRelationships(rels);
    const all = await shortestPathIds('from', 'to', expander(store, {}, false), 4, 1e6);
    expect(all.length).toBe(MAX_ENUMERATED_PATHS);
    for (const first of [5, 2000]) {
      const want = await shortestPathIds('from', 'to', expander(store, {}, false), 4, first);
      const got = await store.shortestPaths('from', 'to', { directed: false, maxHops: 4, first });
      expect(storePaths(got)).toEqual(paths(want));
    }
    // Below the cap (675 tied paths to a third-layer actor): the integer walk answers.
    const third = layers[3]![2]!;
    const want = await shortestPathIds('from', third, expander(store, {}, false), 4, 700);
    expect(want.length).toBe(675);
    const got = await store.shortestPaths('from', third, {
      directed: false,
      maxHops: 4,
      first: 700,
    });
    expect(storePaths(got)).toEqual(paths(want));
  });
});

describe('walk deadline', () => {
  it('a long walk yields to the event loop and fails past its deadline', async () => {
    const store = new MemoryGraphStore(30);
    const n = 60_000;
    const actors = Array.from({ length: n }, (_, i) => actor(`n${i}`));
    await store.upsertActors(actors);
    const rels: Relationship[] = [];
    for (let i = 0; i + 1 < n; i++) {
      rels.push({
        id: `c${i}`,
        type: 'OWNS',
        source: `n${i}`,
        target: `n${i + 1}`,
        evidence: [],
        origin: 'imported',
      });
    }
    await store.upsertRelationships(rels);
    await store.traverse('n0', {
      steps: [{ type: 'OWNS', direction: 'OUT' }],
      maxHops: 1,
      limit: 1,
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      // 60,000 levels of one actor each: past 30 ms.
      await expect(
        store.traverse('n0', {
          steps: [{ type: 'OWNS', direction: 'OUT' }],
          maxHops: n,
          limit: 10,
        }),
      ).rejects.toMatchObject({ code: ErrorCode.STORE_TIMEOUT });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('selectSmallest', () => {
  it('moves the k smallest values to the front', () => {
    const r = random(5);
    for (let round = 0; round < 300; round++) {
      const n = 1 + r.int(300);
      const values = [...new Set(Array.from({ length: n }, () => r.int(round % 2 ? 50 : 100_000)))];
      const a = Int32Array.from(values);
      const k = 1 + r.int(a.length);
      selectSmallest(a, k);
      const want = [...values].sort((x, y) => x - y).slice(0, k);
      expect([...a.subarray(0, k)].sort((x, y) => x - y)).toEqual(want);
    }
  });
});
