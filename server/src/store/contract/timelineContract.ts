import { lowerBound, OPEN_END, OPEN_START, upperBound } from '@explorer/domain';
import type { GraphStore } from '../GraphStore';
import { fixtureActors, fixtureDesignations, fixtureRelationships } from './fixture';

/**
 * `datedFacts`, what the timeline reads, on every store over the contract
 * fixture: a fact is in a window when its start or end (relationships),
 * its listing or delisting (designations) falls in it at its own precision.
 */
export function timelineContract(
  create: () => Promise<GraphStore>,
  release?: (store: GraphStore) => Promise<void>,
): void {
  let store: GraphStore;
  const window = (from: string, to: string) => ({ from: lowerBound(from), to: upperBound(to) });
  const ids = (facts: { relationships: { id: string }[]; designations: { id: string }[] }) => [
    ...facts.relationships.map((r) => r.id),
    ...facts.designations.map((d) => d.id),
  ];

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

  it('returns every dated fact, by id, and no undated one, over an open window', async () => {
    const all = await store.datedFacts({ from: OPEN_START, to: OPEN_END, limit: 100 });
    expect(ids(all)).toEqual(['rel-02', 'rel-03', 'rel-05', 'rel-08', 'des-06']);
    expect(all.truncated).toBe(false);
  });

  it('keeps a fact whose start or end falls in the window, at each date’s precision', async () => {
    // 2020: rel-02 ends then; rel-05 (2013..2021) neither starts nor ends in it.
    expect(ids(await store.datedFacts({ ...window('2020', '2020'), limit: 100 }))).toEqual([
      'rel-02',
    ]);
    // March 2021: rel-03 starts ("2021-03"); rel-05 ends in "2021" (some day of it is in March).
    expect(
      ids(await store.datedFacts({ ...window('2021-03-15', '2021-03-15'), limit: 100 })),
    ).toEqual(['rel-03', 'rel-05']);
    // A listing date is a designation's event.
    expect(ids(await store.datedFacts({ ...window('2025-07', '2025-07'), limit: 100 }))).toEqual([
      'rel-08',
      'des-06',
    ]);
    expect(ids(await store.datedFacts({ ...window('2030', '2031'), limit: 100 }))).toEqual([]);
  });

  it('filters relationships by type and says when it stopped at the limit', async () => {
    const supplies = await store.datedFacts({
      from: OPEN_START,
      to: OPEN_END,
      types: ['SUPPLIES'],
      limit: 100,
    });
    expect(ids(supplies)).toEqual(['rel-02', 'rel-03', 'des-06']);
    const one = await store.datedFacts({ from: OPEN_START, to: OPEN_END, limit: 1 });
    expect([ids(one), one.truncated]).toEqual([['rel-02', 'des-06'], true]);
  });
}
