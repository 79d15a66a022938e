import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { Actor, Designation, Relationship, SourceDocument } from '@explorer/domain';
import { designationsFromLegacyLinks } from '../legacyDesignations';
import { enrichmentsOf, type Enrichment } from '../../import/enrich';

/**
 * What the embedded store keeps of imports, in one SQLite file
 * (`DATA_DIR/graph.sqlite`, WAL): imported actors and relationships, the
 * additions imports made to curated actors (by list family), and the
 * documents the imports cite. The curated graph is never stored here: it is
 * loaded from graph-seed at every start and the additions laid on top.
 *
 * Crash safety: `write` applies all of one import's changes in ONE
 * transaction, so a process killed mid-import leaves the previous state.
 */

export const GRAPH_FILE = 'graph.sqlite';
/**
 * 2: designations in their own table. A version 1 file (designations as
 * SANCTIONS relationships) is read as version 2 and rewritten so when
 * opened for writing (legacyDesignations.ts).
 */
const SCHEMA_VERSION = 2;

export class GraphFileError extends Error {
  readonly code = 'BAD_GRAPH_FILE';
}

/** One import's changes. */
export interface GraphChanges {
  /** Imported actors to insert or replace. */
  actors: readonly Actor[];
  /** Curated actors whose additions changed: their `import:*` records replace the stored ones. */
  curated: readonly Actor[];
  /** Imported relationships to insert or replace. */
  relationships: readonly Relationship[];
  /** Imported designations to insert or replace (delisting is a replace: nothing is deleted). */
  designations: readonly Designation[];
  /** Imported actors to delete (now curated actors). */
  removedActors: readonly string[];
  documents: readonly SourceDocument[];
}

export interface StoredGraph {
  actors: Actor[];
  relationships: Relationship[];
  designations: Designation[];
  /** Curated actor id -> additions, by family. */
  enrichments: Map<string, Enrichment[]>;
  documents: SourceDocument[];
}

export class SqliteGraphFile {
  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Opens for writing, creating the file and its folder when missing. */
  static open(file: string): SqliteGraphFile {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: a committed import survives a power loss, not only a crash.
    db.pragma('synchronous = FULL');
    const graph = new SqliteGraphFile(db, file);
    graph.migrate();
    return graph;
  }

  /** Opens an existing file read-only; undefined when there is none (nothing imported yet). */
  static openExisting(file: string): SqliteGraphFile | undefined {
    if (!fs.existsSync(file)) return undefined;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const graph = new SqliteGraphFile(db, file);
    graph.checkVersion();
    return graph;
  }

  close(): void {
    this.db.close();
  }

  read(): StoredGraph {
    const rows = (sql: string) => this.db.prepare<[], { data: string }>(sql).all();
    const enrichments = new Map<string, Enrichment[]>();
    for (const row of this.db
      .prepare<[], { actor_id: string; data: string }>(
        'SELECT actor_id, data FROM enrichments ORDER BY actor_id, family',
      )
      .all()) {
      const list = enrichments.get(row.actor_id) ?? [];
      const e = JSON.parse(row.data) as Enrichment;
      // Files written before matches were kept have none.
      list.push({ ...e, matches: e.matches ?? [] });
      enrichments.set(row.actor_id, list);
    }
    const all = rows('SELECT data FROM relationships ORDER BY id').map(
      (r) => JSON.parse(r.data) as Relationship,
    );
    return {
      actors: rows('SELECT data FROM actors ORDER BY id').map((r) => JSON.parse(r.data) as Actor),
      relationships: all.filter((r) => r.type !== 'SANCTIONS'),
      // A version 1 file opened read-only still holds them as relationships.
      designations:
        this.version() === 1
          ? designationsFromLegacyLinks(all)
          : rows('SELECT data FROM designations ORDER BY id').map(
              (r) => JSON.parse(r.data) as Designation,
            ),
      enrichments,
      documents: this.documents(),
    };
  }

  documents(): SourceDocument[] {
    return this.db
      .prepare<[], { data: string }>('SELECT data FROM documents ORDER BY id')
      .all()
      .map((r) => JSON.parse(r.data) as SourceDocument);
  }

  /**
   * Applies one import's changes in a single transaction. `afterRow` (tests)
   * runs after each row written; if it throws, or the process dies, nothing
   * of this call is kept.
   */
  write(changes: GraphChanges, afterRow?: (rows: number) => void): void {
    const putActor = this.db.prepare('INSERT OR REPLACE INTO actors (id, data) VALUES (?, ?)');
    const dropActor = this.db.prepare('DELETE FROM actors WHERE id = ?');
    const putRel = this.db.prepare(
      'INSERT OR REPLACE INTO relationships (id, source, target, data) VALUES (?, ?, ?, ?)',
    );
    const putDesignation = this.db.prepare(
      'INSERT OR REPLACE INTO designations (id, actor, data) VALUES (?, ?, ?)',
    );
    const clearEnrichments = this.db.prepare('DELETE FROM enrichments WHERE actor_id = ?');
    const putEnrichment = this.db.prepare(
      'INSERT INTO enrichments (actor_id, family, data) VALUES (?, ?, ?)',
    );
    const putDocument = this.db.prepare(
      'INSERT OR REPLACE INTO documents (id, data) VALUES (?, ?)',
    );
    let rows = 0;
    const row = (): void => afterRow?.(++rows);
    this.db.transaction(() => {
      for (const actor of changes.actors) {
        putActor.run(actor.id, JSON.stringify(actor));
        row();
      }
      for (const actor of changes.curated) {
        clearEnrichments.run(actor.id);
        for (const e of enrichmentsOf(actor)) {
          putEnrichment.run(actor.id, e.family, JSON.stringify(e));
        }
        row();
      }
      for (const rel of changes.relationships) {
        putRel.run(rel.id, rel.source, rel.target, JSON.stringify(rel));
        row();
      }
      for (const d of changes.designations) {
        putDesignation.run(d.id, d.actor, JSON.stringify(d));
        row();
      }
      for (const id of changes.removedActors) {
        dropActor.run(id);
        row();
      }
      for (const doc of changes.documents) {
        putDocument.run(doc.id, JSON.stringify(doc));
        row();
      }
    })();
  }

  private migrate(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS actors (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS relationships (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS enrichments (
        actor_id TEXT NOT NULL, family TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (actor_id, family));
      CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS designations (
        id TEXT PRIMARY KEY, actor TEXT NOT NULL, data TEXT NOT NULL);
    `);
    this.db
      .prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('schemaVersion', ?)")
      .run(String(SCHEMA_VERSION));
    this.checkVersion();
    if (this.version() === 1) this.upgradeFromVersion1();
  }

  /** Version 1 -> 2: SANCTIONS relationships become designations, in one transaction. */
  private upgradeFromVersion1(): void {
    const legacy = this.db
      .prepare<[], { data: string }>('SELECT data FROM relationships')
      .all()
      .map((r) => JSON.parse(r.data) as Relationship)
      .filter((r) => r.type === 'SANCTIONS');
    const put = this.db.prepare(
      'INSERT OR REPLACE INTO designations (id, actor, data) VALUES (?, ?, ?)',
    );
    const drop = this.db.prepare('DELETE FROM relationships WHERE id = ?');
    this.db.transaction(() => {
      for (const d of designationsFromLegacyLinks(legacy))
        put.run(d.id, d.actor, JSON.stringify(d));
      for (const r of legacy) drop.run(r.id);
      this.db
        .prepare("UPDATE meta SET value = ? WHERE key = 'schemaVersion'")
        .run(String(SCHEMA_VERSION));
    })();
  }

  private version(): number {
    const row = this.db
      .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schemaVersion'")
      .get();
    return Number(row?.value);
  }

  private checkVersion(): void {
    let row: { value: string } | undefined;
    try {
      row = this.db
        .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schemaVersion'")
        .get();
    } catch (error) {
      throw new GraphFileError(`${this.file}: not a graph file (${(error as Error).message})`);
    }
    const version = Number(row?.value);
    if (version !== SCHEMA_VERSION && version !== 1) {
      throw new GraphFileError(
        `${this.file}: graph file version ${row?.value ?? 'missing'}, this server reads ${SCHEMA_VERSION}`,
      );
    }
  }
}
