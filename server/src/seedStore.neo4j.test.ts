import { readSeed } from '@explorer/graph-seed';
import { createLogger } from './logger';
import { seedStore } from './seedStore';
import { Neo4jGraphStore } from './store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from './store/neo4j/testSupport';

jest.setTimeout(60_000);

describeNeo4j('seeding Neo4j at start', (connection) => {
  const seed = readSeed();
  const logger = createLogger('silent');
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = new Neo4jGraphStore(connection);
    await store.init();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it('loads the whole curated graph into an empty database', async () => {
    await store.clear();
    await seedStore(store, seed, logger);
    const stats = await store.stats();
    expect([stats.actors, stats.relationships]).toEqual([
      seed.actors.length,
      seed.relationships.length,
    ]);
  });

  it('completes a load cut short, without touching what is there', async () => {
    await store.clear();
    await store.upsertActors(seed.actors.slice(0, 20));
    const firstEndpoints = new Set(seed.actors.slice(0, 20).map((a) => a.id));
    const partial = seed.relationships.filter(
      (r) => firstEndpoints.has(r.source) && firstEndpoints.has(r.target),
    );
    await store.upsertRelationships(partial);
    const marked = {
      ...seed.actors[0]!,
      aliases: [...seed.actors[0]!.aliases, 'Added By An Import'],
    };
    await store.upsertActors([marked]);

    await seedStore(store, seed, logger);
    const stats = await store.stats();
    expect([stats.actors, stats.relationships]).toEqual([
      seed.actors.length,
      seed.relationships.length,
    ]);
    const [kept] = await store.getActors([marked.id]);
    expect(kept!.aliases).toContain('Added By An Import');
  });
});
