import { loadSeed } from '@explorer/graph-seed';
import type { SeedGraph } from '@explorer/domain';
import type { GraphStore } from './store/GraphStore';
import type { Logger } from './logger';
import { graphFilePath, loadPersistedGraph } from './store/persist/loadPersistedGraph';

/**
 * Loads the curated graph: always into the embedded store (it starts empty),
 * into Neo4j whole only when the database holds no actors yet, so a curated
 * or imported database is never overwritten behind the user's back; a
 * database holding part of it (a load cut short) gets only what is missing. With
 * `dataDir`, the embedded store first loads what imports persisted there
 * (DATA_DIR/graph.sqlite), then the curated graph on top.
 */
export async function seedStore(
  store: GraphStore,
  seed: SeedGraph,
  logger: Logger,
  dataDir?: string,
): Promise<void> {
  if (store.name !== 'memory') {
    const { actors } = await store.stats();
    if (actors > 0) {
      await completeSeed(store, seed, logger);
      return;
    }
  }
  const started = Date.now();
  if (dataDir !== undefined && store.name === 'memory') {
    const persisted = await loadPersistedGraph(store, seed, graphFilePath(dataDir));
    logger.info(
      { store: store.name, ms: Date.now() - started, ...persisted },
      'imported graph loaded',
    );
    return;
  }
  await loadSeed(store, seed);
  logger.info({ store: store.name, ms: Date.now() - started }, 'curated graph loaded');
}

/** Writes the curated records a database lacks, leaving those it has (and any import additions) as they are. */
async function completeSeed(store: GraphStore, seed: SeedGraph, logger: Logger): Promise<void> {
  const haveActors = new Set(
    (await store.getActors(seed.actors.map((a) => a.id))).map((a) => a.id),
  );
  const haveRels = new Set(
    (await store.getRelationships(seed.relationships.map((r) => r.id))).map((r) => r.id),
  );
  const haveDesignations = new Set(
    (await store.getDesignations(seed.designations.map((d) => d.id))).map((d) => d.id),
  );
  const actors = seed.actors.filter((a) => !haveActors.has(a.id));
  const relationships = seed.relationships.filter((r) => !haveRels.has(r.id));
  const designations = seed.designations.filter((d) => !haveDesignations.has(d.id));
  if (actors.length === 0 && relationships.length === 0 && designations.length === 0) {
    logger.info({ store: store.name }, 'store already holds the curated graph; not reloaded');
    return;
  }
  await store.upsertActors(actors);
  await store.upsertRelationships(relationships);
  await store.upsertDesignations(designations);
  logger.warn(
    {
      store: store.name,
      actors: actors.length,
      relationships: relationships.length,
      designations: designations.length,
    },
    'curated graph was incomplete (a load cut short?); missing records written',
  );
}
