import { ErrorCode, type Actor, type Relationship } from '@explorer/domain';
import { fixtureActors, fixtureRelationships } from '../contract/fixture';
import { MemoryGraphStore } from '../memory/MemoryGraphStore';
import { Neo4jGraphStore } from './Neo4jGraphStore';
import type { Neo4jConnection } from './Neo4jClient';
import { describeNeo4j } from './testSupport';
import { WRITE_BATCH } from './writes';

// Creating indexes on a fresh database takes a few seconds.
jest.setTimeout(120_000);

async function emptyStore(connection: Neo4jConnection): Promise<Neo4jGraphStore> {
  const store = new Neo4jGraphStore(connection);
  await store.init();
  await store.clear();
  return store;
}

async function memoryWith(actors: readonly Actor[], rels: readonly Relationship[]) {
  const memory = new MemoryGraphStore();
  await memory.upsertActors(actors);
  await memory.upsertRelationships(rels);
  return memory;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describeNeo4j('Neo4j upserts with knownNew', (connection) => {
  let store: Neo4jGraphStore;
  beforeEach(async () => {
    store = await emptyStore(connection);
  });
  afterEach(() => store.close());

  it('writes what the plain upserts write', async () => {
    await store.upsertActors(fixtureActors, { knownNew: true });
    await store.upsertRelationships(fixtureRelationships, { knownNew: true });
    expect(await store.getActors(ids(fixtureActors))).toEqual(fixtureActors);
    expect(await store.getRelationships(ids(fixtureRelationships))).toEqual(fixtureRelationships);
    expect(await store.stats()).toEqual(
      await (await memoryWith(fixtureActors, fixtureRelationships)).stats(),
    );
  });

  it('stays correct when the caller is wrong about an id: repeating a call changes nothing', async () => {
    await store.upsertActors(fixtureActors, { knownNew: true });
    await store.upsertRelationships(fixtureRelationships, { knownNew: true });
    const once = await store.stats();
    const renamed = fixtureActors.map((a) => ({ ...a, summary: `${a.id} again` }));
    const relabelled = fixtureRelationships.map((r) => ({ ...r, label: `${r.id} again` }));
    await store.upsertActors(renamed, { knownNew: true });
    await store.upsertRelationships(relabelled, { knownNew: true });
    expect(await store.stats()).toEqual(once);
    expect(await store.getActors(ids(renamed))).toEqual(renamed);
    expect(await store.getRelationships(ids(relabelled))).toEqual(relabelled);
  });

  it('moves an id stored with the same type to its new endpoints', async () => {
    await store.upsertActors(fixtureActors);
    await store.upsertRelationships(fixtureRelationships);
    const moved: Relationship = { ...fixtureRelationships[3]!, source: 'golf', target: 'foxtrot' };
    const fresh: Relationship = { ...fixtureRelationships[3]!, id: 'rel-new', target: 'echo' };
    await store.upsertRelationships([fresh, moved], { knownNew: true });
    expect(await store.getRelationships([moved.id, fresh.id])).toEqual([moved, fresh]);
    const memory = await memoryWith(fixtureActors, fixtureRelationships);
    await memory.upsertRelationships([fresh, moved]);
    expect(await store.stats()).toEqual(await memory.stats());
    expect(await store.degrees(['charlie', 'golf'])).toEqual(
      await memory.degrees(['charlie', 'golf']),
    );
  });

  it('a missing endpoint fails the call naming it, and writes nothing', async () => {
    await store.upsertActors(fixtureActors);
    const good = fixtureRelationships.slice(0, 5);
    const bad: Relationship = { ...fixtureRelationships[5]!, id: 'rel-bad', target: 'nobody' };
    for (const knownNew of [true, false]) {
      await expect(
        store.upsertRelationships([...good, bad, ...fixtureRelationships.slice(6)], { knownNew }),
      ).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
        actorId: 'nobody',
        message: expect.stringContaining('rel-bad'),
      });
      expect((await store.stats()).relationships).toBe(0);
    }
  });

  it('an actor known new that is stored is merged, not duplicated', async () => {
    await store.upsertActors(fixtureActors.slice(0, 3));
    const renamed = fixtureActors.map((a) => ({ ...a, name: `${a.name} (2)` }));
    await store.upsertActors(renamed, { knownNew: true });
    expect((await store.stats()).actors).toBe(fixtureActors.length);
    expect(await store.getActors(ids(renamed))).toEqual(renamed);
  });

  it('the last record of a repeated actor id wins, as in the embedded store', async () => {
    const a = fixtureActors[0]!;
    const twice = [a, { ...a, summary: 'first' }, fixtureActors[1]!, { ...a, summary: 'last' }];
    for (const knownNew of [true, false]) {
      await store.upsertActors(twice, { knownNew });
      expect(await store.getActors([a.id])).toEqual([{ ...a, summary: 'last' }]);
      expect((await store.stats()).actors).toBe(2);
    }
  });

  it('a call of several transactions with a bad reference anywhere writes nothing', async () => {
    await store.upsertActors(fixtureActors, { knownNew: true });
    const n = WRITE_BATCH + 10;
    const rels: Relationship[] = Array.from({ length: n }, (_, i) => ({
      id: `bulk-${String(i).padStart(6, '0')}`,
      type: i % 2 ? 'FUNDS' : 'SUPPORTS',
      source: 'alpha',
      target: i === n - 1 ? 'nobody' : 'bravo',
      evidence: [],
      origin: 'imported',
    }));
    await expect(store.upsertRelationships(rels, { knownNew: true })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect((await store.stats()).relationships).toBe(0);
    rels[n - 1] = { ...rels[n - 1]!, target: 'charlie' };
    await store.upsertRelationships(rels, { knownNew: true });
    await store.upsertRelationships(rels, { knownNew: true });
    expect((await store.stats()).relationshipsByType).toEqual({
      SUPPORTS: Math.ceil(n / 2),
      FUNDS: Math.floor(n / 2),
    });
  });
});
