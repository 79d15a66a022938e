import type { Actor, Designation, Relationship, SeedGraph, SourceDocument } from '@explorer/domain';
import type { Config } from '../config';
import type { GraphStore } from '../store/GraphStore';
import { createStore } from '../store/createStore';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import { readImportedDocuments, registerNeo4jDocument } from '../store/persist/importedDocuments';
import { graphFilePath, loadPersistedGraph } from '../store/persist/loadPersistedGraph';
import { SqliteGraphFile } from '../store/persist/SqliteGraphFile';
import type { ApplyTarget } from './applyPlan';

/**
 * Where an import goes. The embedded store is rebuilt in this process from
 * its graph file (plus the curated graph), the import runs against it, and
 * every change is then written to the file in one transaction (`commit`).
 * Neo4j is written batch by batch through its own upserts; `begin` records
 * the list as a source document first.
 */
export interface ImportTarget extends ApplyTarget {
  readonly kind: 'memory' | 'neo4j';
  /** Lists already imported into this store. */
  documents(): SourceDocument[];
  begin(document: SourceDocument): Promise<void>;
  commit(document: SourceDocument): Promise<void>;
  close(): Promise<void>;
}

/** The embedded store, remembering every write made after `recording` is switched on. */
export class RecordingMemoryStore extends MemoryGraphStore {
  recording = false;
  readonly actors = new Map<string, Actor>();
  readonly relationships = new Map<string, Relationship>();
  readonly designationWrites = new Map<string, Designation>();
  readonly removed = new Set<string>();

  override async upsertActors(actors: readonly Actor[]): Promise<void> {
    await super.upsertActors(actors);
    if (!this.recording) return;
    for (const a of actors) {
      this.actors.set(a.id, a);
      this.removed.delete(a.id);
    }
  }

  override async upsertRelationships(relationships: readonly Relationship[]): Promise<void> {
    await super.upsertRelationships(relationships);
    if (this.recording) for (const r of relationships) this.relationships.set(r.id, r);
  }

  override async upsertDesignations(designations: readonly Designation[]): Promise<void> {
    await super.upsertDesignations(designations);
    if (this.recording) for (const d of designations) this.designationWrites.set(d.id, d);
  }
}

export interface MemoryTargetOptions {
  dataDir: string;
  seed: SeedGraph;
  /** Hook for tests: runs after each row of the commit transaction. */
  afterCommitRow?: (rows: number) => void;
}

export async function openMemoryTarget(options: MemoryTargetOptions): Promise<ImportTarget> {
  const file = graphFilePath(options.dataDir);
  const store = new RecordingMemoryStore();
  await loadPersistedGraph(store, options.seed, file);
  store.recording = true;
  return {
    kind: 'memory',
    store,
    deleteActors: async (ids) => {
      for (const id of ids) {
        store.removed.add(id);
        store.actors.delete(id);
      }
    },
    documents: () => readImportedDocuments(options.dataDir, 'memory'),
    begin: async () => undefined,
    commit: async (document) => {
      const graph = SqliteGraphFile.open(file);
      try {
        const written = [...store.actors.values()];
        graph.write(
          {
            actors: written.filter((a) => a.origin === 'imported'),
            curated: written.filter((a) => a.origin !== 'imported'),
            relationships: [...store.relationships.values()],
            designations: [...store.designationWrites.values()],
            removedActors: [...store.removed],
            documents: [document],
          },
          options.afterCommitRow,
        );
      } finally {
        graph.close();
      }
    },
    close: async () => undefined,
  };
}

/** A store that can delete actors (an optional capability; see the import README). */
interface DeletesActors {
  deleteActors(ids: readonly string[]): Promise<void>;
}

function deletesActors(store: GraphStore): store is GraphStore & DeletesActors {
  return typeof (store as Partial<DeletesActors>).deleteActors === 'function';
}

export async function openNeo4jTarget(config: Config, dataDir: string): Promise<ImportTarget> {
  const store = await createStore({ ...config, store: 'neo4j' });
  await store.init();
  return storeTarget(store, dataDir);
}

/** A target over an already open Neo4j store (tests pass theirs). */
export function storeTarget(store: GraphStore, dataDir: string): ImportTarget {
  return {
    kind: 'neo4j',
    store,
    ...(deletesActors(store) ? { deleteActors: (ids) => store.deleteActors(ids) } : {}),
    documents: () => readImportedDocuments(dataDir, 'neo4j'),
    begin: async (document) => registerNeo4jDocument(dataDir, document),
    commit: async () => undefined,
    close: () => store.close(),
  };
}
