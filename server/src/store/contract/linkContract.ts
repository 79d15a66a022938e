import type { GraphStore } from '../GraphStore';
import { fixtureActors, fixtureDesignations, fixtureRelationships, on } from './fixture';

/**
 * Link summaries, grouped link lists and induced relationships (what
 * neighbourhood grouping is built on), run against every store on the
 * contract fixture. `create` must return an empty store.
 */
export function linkContract(
  create: () => Promise<GraphStore>,
  release?: (store: GraphStore) => Promise<void>,
): void {
  let store: GraphStore;
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

  beforeAll(async () => {
    store = await create();
    await store.upsertActors(fixtureActors);
    await store.upsertRelationships(fixtureRelationships);
    await store.upsertDesignations(fixtureDesignations);
  });
  afterAll(async () => {
    if (release) await release(store);
    else await store.close();
  });

  it('counts each actor’s links by type, direction and neighbour kind, never designations', async () => {
    expect(await store.linkSummary(['alpha', 'authority', 'nobody'], {})).toEqual([
      { actor: 'alpha', type: 'FUNDS', direction: 'OUT', kind: 'PERSON', count: 1 },
      { actor: 'alpha', type: 'HOLDS_OFFICE', direction: 'IN', kind: 'PERSON', count: 1 },
      { actor: 'alpha', type: 'OWNS', direction: 'OUT', kind: 'COMPANY', count: 1 },
      { actor: 'alpha', type: 'PART_OF', direction: 'IN', kind: 'MILITARY_UNIT', count: 1 },
      { actor: 'alpha', type: 'SUPPLIES', direction: 'OUT', kind: 'ARMED_GROUP', count: 1 },
    ]);
    expect(await store.linkSummary(['delta'], {})).toEqual([
      { actor: 'delta', type: 'OWNS', direction: 'IN', kind: 'ARMED_GROUP', count: 1 },
      { actor: 'delta', type: 'OWNS', direction: 'IN', kind: 'COMPANY', count: 1 },
      { actor: 'delta', type: 'OWNS', direction: 'OUT', kind: 'VESSEL', count: 1 },
    ]);
    // Filters: types and asOf.
    expect(await store.linkSummary(['alpha'], { types: ['OWNS'] })).toEqual([
      { actor: 'alpha', type: 'OWNS', direction: 'OUT', kind: 'COMPANY', count: 1 },
    ]);
    expect(
      (await store.linkSummary(['charlie'], { when: on('2022') })).map((c) => c.type + c.direction),
    ).toEqual(['OWNSOUT', 'SUPPLIESIN']);
  });

  it('lists the links of actors by id, less skipped groups, or only one group, paged', async () => {
    expect(ids(await store.linksOf(['alpha', 'delta'], { limit: 50 }))).toEqual([
      'rel-01',
      'rel-02',
      'rel-04',
      'rel-05',
      'rel-07',
      'rel-08',
      'rel-09',
      'rel-10',
    ]);
    const skip = [
      { actor: 'delta', type: 'OWNS' as const, direction: 'IN' as const, kind: 'COMPANY' as const },
    ];
    expect(ids(await store.linksOf(['delta'], { skip, limit: 50 }))).toEqual(['rel-04', 'rel-07']);
    expect(ids(await store.linksOf(['delta'], { only: skip[0], limit: 50 }))).toEqual(['rel-10']);
    expect(ids(await store.linksOf(['alpha'], { limit: 2, after: 'rel-02' }))).toEqual([
      'rel-05',
      'rel-08',
    ]);
    expect(ids(await store.linksOf(['charlie'], { when: on('2022'), limit: 50 }))).toEqual([
      'rel-03',
      'rel-04',
    ]);
  });

  it('reads the relationships among actors, by id', async () => {
    expect(
      ids(await store.relationshipsAmong(['alpha', 'golf', 'delta', 'authority'], { limit: 50 })),
    ).toEqual(['rel-09', 'rel-10']);
    expect(ids(await store.relationshipsAmong(['alpha', 'golf', 'delta'], { limit: 1 }))).toEqual([
      'rel-09',
    ]);
    expect(
      await store.relationshipsAmong(['alpha', 'golf'], { types: ['FUNDS'], limit: 5 }),
    ).toEqual([]);
  });
}
