import { on } from '../contract/fixture';
import type { Actor, Designation, Relationship, RelationType } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import type { GraphStore, PathsQuery } from '../GraphStore';
import { MemoryGraphStore } from '../memory/MemoryGraphStore';
import { MAX_ENUMERATED_PATHS } from '../walk/walk';
import type { Neo4jConnection } from './Neo4jClient';
import { Neo4jGraphStore } from './Neo4jGraphStore';
import { describeNeo4j } from './testSupport';

// Creating indexes on a fresh database takes a few seconds.
jest.setTimeout(120_000);

/**
 * The Neo4j walks against the embedded store (the contract's reference) on
 * a graph with a hub of more relationships than a test-set level cap:
 * paths (one allShortestPaths query) never meet the cap and agree; a walk
 * that meets it fails with WALK_TOO_LARGE, never with another answer.
 */

const CAP = 10;
const SPOKES = 25;

const actor = (id: string, kind: Actor['kind'] = 'COMPANY'): Actor => ({
  id,
  name: `Actor ${id}`,
  aliases: [],
  kind,
  origin: 'imported',
});

const rel = (
  id: string,
  source: string,
  type: RelationType,
  target: string,
  extra: Partial<Relationship> = {},
): Relationship => ({
  id,
  source,
  type,
  target,
  evidence: [{ excerpt: `${source} ${type} ${target}`, document: 'hub-fixture' }],
  origin: 'imported',
  ...extra,
});

const pad = (i: number) => String(i).padStart(2, '0');
const spoke = (i: number) => `spoke-${pad(i)}`;

/**
 * `hub` with SPOKES spokes (alternating directions and types, some dated),
 * two parallel relationships and a self-loop; two spokes also linked through
 * `side` (a second shortest path around the hub); a tail `far-1 -> far-2`
 * behind spoke-03; `authority` designates spoke-07.
 */
function hubGraph(): {
  actors: Actor[];
  relationships: Relationship[];
  designations: Designation[];
} {
  const actors = [
    actor('hub', 'ARMED_GROUP'),
    actor('side', 'PERSON'),
    actor('far-1'),
    actor('far-2', 'VESSEL'),
    actor('authority', 'STATE_BODY'),
    ...Array.from({ length: SPOKES }, (_, i) => actor(spoke(i))),
  ];
  const types: RelationType[] = ['OWNS', 'FUNDS', 'SUPPLIES', 'PART_OF', 'CONTROLS'];
  const relationships: Relationship[] = [];
  for (let i = 0; i < SPOKES; i++) {
    const type = types[i % types.length]!;
    // Every validity kind: dated, ended before 2012 (held in 2008), undated held on 2021, undated.
    const dated =
      i % 4 === 0
        ? { start: '2010', end: '2015' }
        : i % 4 === 1
          ? {
              validity: {
                kind: 'ENDED_BEFORE' as const,
                reason: 'test',
                endedBefore: '2012',
                heldOn: '2008',
              },
            }
          : i % 4 === 2
            ? { validity: { kind: 'UNDATED' as const, reason: 'test', heldOn: '2021' } }
            : {};
    relationships.push(
      i % 2 === 0
        ? rel(`h-${pad(i)}`, 'hub', type, spoke(i), dated)
        : rel(`h-${pad(i)}`, spoke(i), type, 'hub', dated),
    );
  }
  relationships.push(
    rel('h-par-a', spoke(1), 'FUNDS', 'hub'),
    rel('h-par-b', 'hub', 'OWNS', spoke(1)),
    rel('h-self', 'hub', 'CONTROLS', 'hub'),
    rel('s-1', spoke(2), 'ASSOCIATED_WITH', 'side'),
    rel('s-2', 'side', 'ASSOCIATED_WITH', spoke(5)),
    rel('f-1', spoke(3), 'OWNS', 'far-1'),
    rel('f-2', 'far-1', 'OWNS', 'far-2', { start: '2020' }),
  );
  const designations: Designation[] = [
    {
      id: 'sanction',
      actor: spoke(7),
      authority: 'authority',
      programs: ['TEST'],
      evidence: [],
      origin: 'imported',
    },
  ];
  return { actors, relationships, designations };
}

async function filled(
  store: GraphStore,
  graph: { actors: Actor[]; relationships: Relationship[]; designations?: Designation[] },
): Promise<void> {
  await store.upsertActors(graph.actors);
  await store.upsertRelationships(graph.relationships);
  await store.upsertDesignations(graph.designations ?? []);
}

/** The store's answer, or the error code it failed with. */
async function answer<T>(call: () => Promise<T>): Promise<T | { failed: string }> {
  try {
    return await call();
  } catch (error) {
    return { failed: (error as { code?: string }).code ?? String(error) };
  }
}

const pathQueries: PathsQuery[] = [
  { maxHops: 4, directed: false, first: 50 },
  { maxHops: 4, directed: false, first: 2 },
  { maxHops: 1, directed: false, first: 50 },
  { maxHops: 4, directed: true, first: 50 },
  { maxHops: 4, directed: false, first: 50, types: ['OWNS', 'FUNDS', 'ASSOCIATED_WITH'] },
  { maxHops: 4, directed: false, first: 50, when: on('2012-06') },
  { maxHops: 4, directed: false, first: 50, when: on('2021') },
  { maxHops: 4, directed: false, first: 50, when: on('2021', false) },
  { maxHops: 4, directed: false, first: 50, when: { from: '2005', to: '2011' } },
  { maxHops: 4, directed: false, first: 50, when: { to: '2012', includeUndated: true } },
];

describeNeo4j('Neo4j walks on a graph with a hub', (connection: Neo4jConnection) => {
  const graph = hubGraph();
  const memory = new MemoryGraphStore();
  let capped: Neo4jGraphStore;
  let open: Neo4jGraphStore;
  const ids = graph.actors.map((a) => a.id);

  beforeAll(async () => {
    capped = new Neo4jGraphStore({ ...connection, maxRowsPerLevel: CAP });
    open = new Neo4jGraphStore(connection);
    await capped.init();
    await capped.clear();
    await filled(capped, graph);
    await filled(memory, graph);
  });
  afterAll(async () => {
    await capped?.close();
    await open?.close();
  });

  it('paths through the hub equal the embedded store’s, whatever the level cap', async () => {
    let through = 0;
    const ends = ids.filter((id) => !/^spoke-(0[4689]|[12])/.test(id) && id !== 'far-1');
    for (const from of ends) {
      for (const to of ends) {
        for (const query of pathQueries) {
          const want = await memory.shortestPaths(from, to, query);
          expect({ from, to, query, got: await capped.shortestPaths(from, to, query) }).toEqual({
            from,
            to,
            query,
            got: want,
          });
          if (want.some((p) => p.actors.some((a) => a.id === 'hub'))) through++;
        }
      }
    }
    expect(through).toBeGreaterThan(100);
  });

  it('a path with parallel relationships: one path per relationship, in contract order', async () => {
    const paths = await capped.shortestPaths(spoke(1), spoke(0), pathQueries[0]!);
    expect(paths.map((p) => p.relationships.map((r) => r.id))).toEqual([
      ['h-01', 'h-00'],
      ['h-par-a', 'h-00'],
      ['h-par-b', 'h-00'],
    ]);
    expect(paths[0]!.relationships[0]).toEqual(graph.relationships.find((r) => r.id === 'h-01'));
    const edges: PathsQuery[] = [
      pathQueries[0]!,
      { maxHops: 0, directed: false, first: 5 },
      { maxHops: 4, directed: false, first: 0 },
    ];
    for (const query of edges) {
      for (const [from, to] of [
        ['hub', 'hub'],
        [spoke(1), spoke(0)],
      ] as const) {
        expect(await capped.shortestPaths(from, to, query)).toEqual(
          await memory.shortestPaths(from, to, query),
        );
      }
    }
  });

  it('a walk level past the cap fails with WALK_TOO_LARGE, never with another answer', async () => {
    const tooLarge = { failed: ErrorCode.WALK_TOO_LARGE };
    await expect(
      answer(() => capped.neighborhood('hub', { depth: 1, limit: 500 })),
    ).resolves.toEqual(tooLarge);
    // Depth 1 around a spoke: the hub is on the outer ring, and only its
    // links to actors already reached are read, so the walk stays under the cap.
    await expect(
      answer(() => capped.neighborhood(spoke(4), { depth: 1, limit: 500 })),
    ).resolves.toEqual(await memory.neighborhood(spoke(4), { depth: 1, limit: 500 }));
    // Depth 2 with a small limit: the hub's ring is ordered and cut in the
    // database (only the links that can still be kept), never read whole.
    const cutAtHub = await capped.neighborhood(spoke(4), { depth: 2, limit: 5 });
    expect(cutAtHub.truncated).toBe(true);
    expect(cutAtHub).toEqual(await memory.neighborhood(spoke(4), { depth: 2, limit: 5 }));
    await expect(
      answer(() =>
        capped.traverse('hub', {
          steps: [
            { type: 'OWNS', direction: 'OUT' },
            { type: 'FUNDS', direction: 'IN' },
            { type: 'SUPPLIES', direction: 'OUT' },
          ],
          maxHops: 2,
          limit: 500,
        }),
      ),
    ).resolves.toEqual(tooLarge);
    await expect(
      answer(() =>
        capped.nearestDesignated(spoke(5), { via: ['OWNS', 'FUNDS'], maxHops: 3, first: 10 }),
      ),
    ).resolves.toEqual(tooLarge);
    const error = await capped.neighborhood('hub', { depth: 1, limit: 500 }).catch((e) => e);
    expect(error).toMatchObject({ code: ErrorCode.WALK_TOO_LARGE, details: { maxRows: CAP } });
    expect((error as Error).message).not.toMatch(/MATCH|UNWIND/);
  });

  it('under the cap every walk equals the embedded store’s; past it, fails typed', async () => {
    const steps = [
      { type: 'OWNS', direction: 'OUT' },
      { type: 'FUNDS', direction: 'IN' },
      { type: 'ASSOCIATED_WITH', direction: 'OUT' },
      { type: 'CONTROLS', direction: 'IN' },
    ] as const;
    let answered = 0;
    let refused = 0;
    for (const id of ids) {
      const questions: [string, (s: GraphStore) => Promise<unknown>][] = [];
      for (const depth of [1, 2, 3]) {
        for (const limit of [3, 500]) {
          questions.push(
            [`neighborhood ${depth}/${limit}`, (s) => s.neighborhood(id, { depth, limit })],
            [
              `neighborhood ${depth}/${limit} OWNS|FUNDS`,
              (s) => s.neighborhood(id, { depth, limit, types: ['OWNS', 'FUNDS'] }),
            ],
            [
              `neighborhood ${depth}/${limit} asOf 2012`,
              (s) => s.neighborhood(id, { depth, limit, when: on('2012') }),
            ],
            [
              `neighborhood ${depth}/${limit} 2008..2011, undated left out`,
              (s) => s.neighborhood(id, { depth, limit, when: { from: '2008', to: '2011' } }),
            ],
          );
        }
      }
      questions.push(
        ['traverse', (s) => s.traverse(id, { steps, maxHops: 3, limit: 500 })],
        ['traverse limit 2', (s) => s.traverse(id, { steps, maxHops: 3, limit: 2 })],
        [
          'exposure',
          (s) =>
            s.nearestDesignated(id, { via: ['OWNS', 'FUNDS', 'CONTROLS'], maxHops: 4, first: 10 }),
        ],
      );
      for (const [what, ask] of questions) {
        const want = await ask(memory);
        expect({ id, what, got: await ask(open) }).toEqual({ id, what, got: want });
        const got = await answer(() => ask(capped));
        if (typeof got === 'object' && got !== null && 'failed' in got) {
          expect({ id, what, got }).toEqual({
            id,
            what,
            got: { failed: ErrorCode.WALK_TOO_LARGE },
          });
          refused++;
        } else {
          expect({ id, what, got }).toEqual({ id, what, got: want });
          answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

describeNeo4j('Neo4j paths past MAX_ENUMERATED_PATHS tied paths', (connection) => {
  it('the levelled walk answers, as the embedded store does', async () => {
    const n = MAX_ENUMERATED_PATHS + 5;
    const mid = (i: number) => `m-${String(i).padStart(5, '0')}`;
    const actors = [actor('a'), actor('b'), ...Array.from({ length: n }, (_, i) => actor(mid(i)))];
    const relationships = Array.from({ length: n }, (_, i) => [
      rel(`a-${mid(i)}`, 'a', 'OWNS', mid(i)),
      rel(`b-${mid(i)}`, mid(i), 'OWNS', 'b'),
    ]).flat();
    const store = new Neo4jGraphStore(connection);
    const small = new Neo4jGraphStore({ ...connection, maxRowsPerLevel: 100 });
    const memory = new MemoryGraphStore();
    try {
      await store.init();
      await store.clear();
      await filled(store, { actors, relationships });
      await filled(memory, { actors, relationships });
      for (const query of [pathQueries[0]!, { maxHops: 2, directed: true, first: 3 }]) {
        const want = await memory.shortestPaths('a', 'b', query);
        expect(want.length).toBe(query.first);
        expect(await store.shortestPaths('a', 'b', query)).toEqual(want);
        expect(await store.shortestPaths('b', 'a', query)).toEqual(
          await memory.shortestPaths('b', 'a', query),
        );
      }
      // Capped, the levelled walk cannot read the first level: refused, not cut.
      await expect(answer(() => small.shortestPaths('a', 'b', pathQueries[0]!))).resolves.toEqual({
        failed: ErrorCode.WALK_TOO_LARGE,
      });
    } finally {
      await store.close();
      await small.close();
    }
  });
});
