import type { Config } from '../config';
import type { GraphStore } from './GraphStore';
import { MemoryGraphStore } from './memory/MemoryGraphStore';

/** The store the configuration asks for. Neo4j's adapter loads only when chosen. */
export async function createStore(config: Config): Promise<GraphStore> {
  switch (config.store) {
    case 'memory':
      return new MemoryGraphStore(config.queryTimeoutMs);
    case 'neo4j': {
      const { Neo4jGraphStore } = await import('./neo4j/Neo4jGraphStore.js');
      return new Neo4jGraphStore({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
    }
  }
}
