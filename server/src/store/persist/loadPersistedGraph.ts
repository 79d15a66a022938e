import * as path from 'node:path';
import { loadSeed } from '@explorer/graph-seed';
import type { GraphSink, SeedGraph } from '@explorer/domain';
import { applyEnrichments } from '../../import/enrich';
import { GRAPH_FILE, SqliteGraphFile } from './SqliteGraphFile';

export interface PersistedLoad {
  /** False when DATA_DIR holds no graph file (nothing imported yet): only the curated graph was loaded. */
  found: boolean;
  importedActors: number;
  importedRelationships: number;
  importedDesignations: number;
  /** Curated actors that got imported aliases/properties back. */
  enrichedActors: number;
  /** Stored relationships left out because an end is gone (a curated actor removed from the seed). */
  skippedRelationships: number;
}

/** `DATA_DIR/graph.sqlite`. */
export function graphFilePath(dataDir: string): string {
  return path.join(dataDir, GRAPH_FILE);
}

/**
 * Fills an (empty) embedded store: the persisted imported actors, then the
 * curated graph on top (always loaded, always winning), then the imports'
 * additions to curated actors, then the imported relationships and
 * designations.
 */
export async function loadPersistedGraph(
  store: GraphSink,
  seed: SeedGraph,
  file: string,
): Promise<PersistedLoad> {
  const graphFile = SqliteGraphFile.openExisting(file);
  if (!graphFile) {
    await loadSeed(store, seed);
    return {
      found: false,
      importedActors: 0,
      importedRelationships: 0,
      importedDesignations: 0,
      enrichedActors: 0,
      skippedRelationships: 0,
    };
  }
  let stored;
  try {
    stored = graphFile.read();
  } finally {
    graphFile.close();
  }
  await store.upsertActors(stored.actors);
  await loadSeed(store, seed);
  const curated = new Map(seed.actors.map((a) => [a.id, a]));
  const enriched = [...stored.enrichments]
    .filter(([id]) => curated.has(id))
    .map(([id, list]) => applyEnrichments(curated.get(id)!, list));
  await store.upsertActors(enriched);
  const ids = new Set([...stored.actors.map((a) => a.id), ...curated.keys()]);
  const relationships = stored.relationships.filter((r) => ids.has(r.source) && ids.has(r.target));
  await store.upsertRelationships(relationships);
  const designations = stored.designations.filter((d) => ids.has(d.actor) && ids.has(d.authority));
  await store.upsertDesignations(designations);
  return {
    found: true,
    importedActors: stored.actors.length,
    importedRelationships: relationships.length,
    importedDesignations: designations.length,
    enrichedActors: enriched.length,
    skippedRelationships: stored.relationships.length - relationships.length,
  };
}
