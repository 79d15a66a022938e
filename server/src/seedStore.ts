import { loadSeed, type SeedGraph } from '@explorer/graph-seed';
import type { GraphStore } from './store/GraphStore';
import type { Logger } from './logger';

/**
 * Loads the curated graph: always into the embedded store (it starts empty),
 * into Neo4j only when the database holds no actors yet, so a curated or
 * imported database is never overwritten behind the user's back.
 */
export async function seedStore(store: GraphStore, seed: SeedGraph, logger: Logger): Promise<void> {
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
  await loadSeed(store, seed);
  logger.info({ store: store.name, ms: Date.now() - started }, 'curated graph loaded');
}
