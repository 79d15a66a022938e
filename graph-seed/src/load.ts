/**
 * Reading the curated seed and writing it into a graph store.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GraphSink, SeedGraph } from '@explorer/domain';
import { SeedValidationError } from './validate/issues';
import { validateSeedDir } from './validate/validate';

/**
 * `graph-seed/data`. This file is `graph-seed/src/load.ts` under tsx/jest and
 * `graph-seed/dist/load.js` once compiled: both sit one level below the
 * package root.
 */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', 'data');

/**
 * Read and validate the seed. Throws a SeedValidationError carrying every
 * issue when the data is invalid, so nothing half-valid is ever returned.
 */
export function readSeed(dir: string = DEFAULT_DATA_DIR): SeedGraph {
  const result = validateSeedDir(dir);
  if (!result.seed) throw new SeedValidationError(result.issues);
  return result.seed;
}

/** The full text of a document of the seed (e.g. "source-essay"), or undefined. */
export function readDocumentText(id: string, dir: string = DEFAULT_DATA_DIR): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  const file = path.join(dir, `${id}.txt`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

export interface LoadCounts {
  actors: number;
  relationships: number;
  designations: number;
}

/**
 * Write the seed into a sink: all actors first, then all relationships and
 * designations (so every endpoint exists). Sinks upsert by id, so loading twice
 * changes nothing. `source` is an already-read seed, or a data directory to
 * read and validate (default DEFAULT_DATA_DIR); if validation fails this
 * rejects with a SeedValidationError and the sink is not touched.
 */
export async function loadSeed(
  sink: GraphSink,
  source: SeedGraph | string = DEFAULT_DATA_DIR,
): Promise<LoadCounts> {
  const graph = typeof source === 'string' ? readSeed(source) : source;
  await sink.upsertActors(graph.actors);
  await sink.upsertRelationships(graph.relationships);
  await sink.upsertDesignations(graph.designations);
  return {
    actors: graph.actors.length,
    relationships: graph.relationships.length,
    designations: graph.designations.length,
  };
}
