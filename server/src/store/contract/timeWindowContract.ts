import { inWindow, type Actor, type Relationship, type TimeWindow } from '@explorer/domain';
import type { GraphStore } from '../GraphStore';

/**
 * The time rule on every store (domain/validity.ts): one relationship of
 * each validity kind, asked through each kind of walk. A window keeps what
 * the source says held in it; undated facts only with includeUndated;
 * never what the source says did not hold (a "former" role after its
 * statement, a historical event outside its period).
 */
const actor = (id: string): Actor => ({
  id,
  name: id,
  aliases: [],
  kind: 'ORGANIZATION',
  origin: 'curated',
});
const rel = (
  id: string,
  source: string,
  target: string,
  extra: Partial<Relationship>,
): Relationship => ({
  id,
  type: 'SUPPORTS',
  source,
  target,
  evidence: [{ excerpt: id, document: 'fixture' }],
  origin: 'curated',
  ...extra,
});

const actors = ['a', 'b', 'c', 'd', 'e'].map(actor);
const relationships: Relationship[] = [
  rel('dated', 'a', 'b', {
    start: '2015',
    end: '2020',
    validity: { kind: 'DATED', reason: 'test' },
  }),
  rel('former', 'a', 'c', {
    validity: { kind: 'ENDED_BEFORE', reason: 'test', endedBefore: '2022', heldOn: '2019' },
  }),
  rel('held', 'a', 'd', { validity: { kind: 'UNDATED', reason: 'test', heldOn: '2025' } }),
  rel('undated', 'a', 'e', { validity: { kind: 'UNDATED', reason: 'test' } }),
  rel('war', 'b', 'c', {
    start: '1980',
    end: '1988',
    validity: {
      kind: 'HISTORICAL',
      reason: 'test',
      period: 'a war',
      datesFrom: 'COMMON_KNOWLEDGE',
    },
  }),
];

const WINDOWS: TimeWindow[] = [
  { from: '1979', to: '1979' },
  { from: '1985', to: '1985' },
  { from: '2019', to: '2019' },
  { from: '2021-06', to: '2021-06' },
  { from: '2025-12', to: '2025-12' },
  { from: '2016', to: '2018' },
  { from: '2018', to: '2025' },
  { from: '2022' },
  { to: '2021-12-31' },
];

export function timeWindowContract(
  create: () => Promise<GraphStore>,
  release?: (store: GraphStore) => Promise<void>,
): void {
  let store: GraphStore;
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();
  const expected = (window: TimeWindow) => ids(relationships.filter((r) => inWindow(r, window)));
  // A walk from `a` reaches b's and c's links only over links that hold in
  // the window too; a neighbourhood walks links both ways, a traversal OUT.
  const reachedFromA = (window: TimeWindow, hops: number, directed: boolean) => {
    const held = relationships.filter((r) => inWindow(r, window));
    let reached = new Set(['a']);
    for (let hop = 0; hop < hops; hop++) {
      const next = new Set(reached);
      for (const r of held) {
        if (reached.has(r.source)) next.add(r.target);
        if (!directed && reached.has(r.target)) next.add(r.source);
      }
      reached = next;
    }
    return ids(held.filter((r) => reached.has(r.source) && reached.has(r.target)));
  };

  beforeAll(async () => {
    store = await create();
    await store.upsertActors(actors);
    await store.upsertRelationships(relationships);
  });
  afterAll(async () => {
    if (release) await release(store);
    else await store.close();
  });

  it('keeps what holds in the window: former roles end, historical events stay in their period', async () => {
    const at = async (window: TimeWindow) =>
      ids((await store.graph({ limit: 100, when: window })).relationships);
    expect(await at({ from: '2025-12', to: '2025-12' })).toEqual(['held']);
    expect(await at({ from: '2019', to: '2019' })).toEqual(['dated', 'former']);
    expect(await at({ from: '1985', to: '1985' })).toEqual(['war']);
    expect(await at({ from: '1979', to: '1979' })).toEqual([]);
    // Undated ones too when asked, but never what the source says was over.
    expect(await at({ from: '2025-12', to: '2025-12', includeUndated: true })).toEqual([
      'held',
      'undated',
    ]);
    expect(await at({ from: '1979', to: '1979', includeUndated: true })).toEqual([
      'former',
      'held',
      'undated',
    ]);
  });

  it('answers every window as the domain rule does, in each kind of walk', async () => {
    for (const base of WINDOWS) {
      for (const includeUndated of [false, true]) {
        const window = { ...base, includeUndated };
        const want = expected(window);
        const label = JSON.stringify(window);
        const graph = await store.graph({ limit: 100, when: window });
        expect([label, ids(graph.relationships)]).toEqual([label, want]);
        const around = await store.neighborhood('a', { depth: 2, limit: 100, when: window });
        expect([label, ids(around.relationships)]).toEqual([label, reachedFromA(window, 2, false)]);
        const links = [
          ...(await store.relationshipsOf('a', { direction: 'BOTH', when: window, first: 100 })),
          ...(await store.relationshipsOf('b', { direction: 'OUT', when: window, first: 100 })),
        ];
        expect([label, ids(links)]).toEqual([label, want]);
        const summary = await store.linkSummary(['a', 'b'], { when: window });
        const counted = summary
          .filter((c) => c.direction === 'OUT')
          .reduce((n, c) => n + c.count, 0);
        expect([label, counted]).toEqual([label, want.length]);
        const down = await store.traverse('a', {
          steps: [{ type: 'SUPPORTS', direction: 'OUT' }],
          maxHops: 2,
          when: window,
          limit: 100,
        });
        expect([label, ids(down.relationships)]).toEqual([label, reachedFromA(window, 2, true)]);
      }
    }
  });

  it('finds paths only over relationships that hold in the window', async () => {
    const route = async (window: TimeWindow) =>
      (
        await store.shortestPaths('a', 'c', { maxHops: 3, directed: true, first: 5, when: window })
      ).map((p) => p.relationships.map((r) => r.id).join('>'));
    expect(await route({ from: '2019', to: '2019' })).toEqual(['former']);
    expect(await route({ from: '1985', to: '1985' })).toEqual([]);
    expect(await route({ from: '1985', to: '1985', includeUndated: true })).toEqual(['former']);
    expect(await route({ from: '2023', to: '2023', includeUndated: true })).toEqual([]);
  });
}
