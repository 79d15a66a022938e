import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareStrings, type SourceDocument } from '@explorer/domain';
import { graphFilePath } from './loadPersistedGraph';
import { SqliteGraphFile } from './SqliteGraphFile';

/**
 * The source documents (imported lists) that imported evidence cites, so
 * `Query.documents` can resolve them. The embedded store keeps them in its
 * graph file, written in the same transaction as the graph; Neo4j imports
 * record them in `DATA_DIR/documents.neo4j.json` (the GraphStore has no
 * place for documents).
 */

export const NEO4J_DOCUMENTS_FILE = 'documents.neo4j.json';

/** The documents imported into the given store kind; [] when nothing was imported. */
export function readImportedDocuments(
  dataDir: string,
  store: 'memory' | 'neo4j',
): SourceDocument[] {
  if (store === 'memory') {
    const file = SqliteGraphFile.openExisting(graphFilePath(dataDir));
    if (!file) return [];
    try {
      return file.documents();
    } finally {
      file.close();
    }
  }
  const file = path.join(dataDir, NEO4J_DOCUMENTS_FILE);
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents?: SourceDocument[] };
  return parsed.documents ?? [];
}

/** Adds (or replaces by id) a document in the Neo4j registry, atomically. */
export function registerNeo4jDocument(dataDir: string, document: SourceDocument): void {
  const docs = new Map(readImportedDocuments(dataDir, 'neo4j').map((d) => [d.id, d]));
  docs.set(document.id, document);
  const file = path.join(dataDir, NEO4J_DOCUMENTS_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const documents = [...docs.values()].sort((a, b) => compareStrings(a.id, b.id));
  fs.writeFileSync(temp, `${JSON.stringify({ documents }, null, 2)}\n`);
  fs.renameSync(temp, file);
}
