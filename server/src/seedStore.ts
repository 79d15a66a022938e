import { loadSeed, type SeedGraph } from '@explorer/graph-seed';
import type { GraphStore } from './store/GraphStore';
import type { Logger } from './logger';
import { graphFilePath, loadPersistedGraph } from './store/persist/loadPersistedGraph';

/**
 * Loads the curated graph: always into the embedded store (it starts empty),
 * into Neo4j only when the database holds no actors yet, so a curated or
 * imported database is never overwritten behind the user's back. With
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
      logger.info(
        { store: store.name, actors },
        'store already holds data; curated graph not reloaded',
      );
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
