import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { readSeed } from '@explorer/graph-seed';
import type { Actor, Relationship } from '@explorer/domain';
import { applyEnrichments } from '../../import/enrich';
import { MemoryGraphStore } from '../memory/MemoryGraphStore';
import { graphFilePath, loadPersistedGraph } from './loadPersistedGraph';
import { GraphFileError, SqliteGraphFile, type GraphChanges } from './SqliteGraphFile';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const seed = readSeed();
const hamas = seed.actors.find((a) => a.id === 'hamas')!;

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'graph-file-')), 'graph.sqlite');
}

const actor = (i: number): Actor => ({
  id: `ofac-${i}`,
  name: `ENTRY ${i}`,
  aliases: [],
  kind: 'COMPANY',
  origin: 'imported',
  properties: { entryNumber: i },
});
const sanction = (i: number, target = `ofac-${i}`): Relationship => ({
  id: `ofac-${i}--sanctions--SDGT`,
  type: 'SANCTIONS',
  source: 'us-treasury',
  target,
  program: 'SDGT',
  evidence: [{ excerpt: `ENTRY ${i} [SDGT]`, document: 'ofac-sdn-2021-04-25' }],
  origin: 'imported',
});
const enrichedHamas = applyEnrichments(hamas, [
  {
    family: 'ofac-sdn',
    entries: ['ofac-4695'],
    aliases: ['ISLAMIC RESISTANCE MOVEMENT'],
    properties: { ofacEntryNumber: 4695 },
  },
]);

function changes(from: number, to: number): GraphChanges {
  const ids = Array.from({ length: to - from }, (_, k) => from + k);
  return {
    actors: ids.map(actor),
    curated: [enrichedHamas],
    relationships: [...ids.map((i) => sanction(i)), sanction(4695, 'hamas')],
    removedActors: [],
    documents: [{ id: 'ofac-sdn-2021-04-25', title: 'OFAC SDN', date: '2021-04-25' }],
  };
}

function read(file: string) {
  const graph = SqliteGraphFile.openExisting(file)!;
  try {
    return graph.read();
  } finally {
    graph.close();
  }
}

describe('SqliteGraphFile', () => {
  it('keeps imported actors, relationships, curated additions and documents', () => {
    const file = tempFile();
    const graph = SqliteGraphFile.open(file);
    graph.write(changes(0, 3));
    graph.close();
    const stored = read(file);
    expect(stored.actors).toEqual([actor(0), actor(1), actor(2)]);
    expect(stored.relationships).toHaveLength(4);
    expect(stored.enrichments.get('hamas')).toEqual([
      {
        family: 'ofac-sdn',
        entries: ['ofac-4695'],
        aliases: ['ISLAMIC RESISTANCE MOVEMENT'],
        properties: { ofacEntryNumber: 4695 },
      },
    ]);
    expect(stored.documents.map((d) => d.id)).toEqual(['ofac-sdn-2021-04-25']);
    expect(new Database(file, { readonly: true }).pragma('journal_mode', { simple: true })).toBe(
      'wal',
    );
  });

  it('writes all of one import or nothing: a failure mid-write leaves the previous state', () => {
    const file = tempFile();
    const graph = SqliteGraphFile.open(file);
    graph.write(changes(0, 10));
    const before = read(file);
    expect(() =>
      graph.write({ ...changes(10, 500), removedActors: ['ofac-1'] }, (rows) => {
        if (rows === 300) throw new Error('crash');
      }),
    ).toThrow('crash');
    graph.close();
    expect(read(file)).toEqual(before);
  });

  it('leaves the previous state when the importing process is killed mid-transaction', () => {
    const file = tempFile();
    const graph = SqliteGraphFile.open(file);
    graph.write(changes(0, 10));
    graph.close();
    const before = read(file);
    const script = path.join(path.dirname(file), 'kill.ts');
    fs.writeFileSync(
      script,
      `import { SqliteGraphFile } from ${JSON.stringify(path.join(__dirname, 'SqliteGraphFile'))};
       const graph = SqliteGraphFile.open(${JSON.stringify(file)});
       const actors = Array.from({ length: 2000 }, (_, i) => ({
         id: 'ofac-' + (100 + i), name: 'X', aliases: [], kind: 'COMPANY', origin: 'imported' }));
       graph.write({ actors, curated: [], relationships: [], removedActors: ['ofac-1'], documents: [] },
         (rows) => { if (rows === 1500) process.kill(process.pid, 'SIGKILL'); });
       console.log('not killed');`,
    );
    // tsx as a loader, so the kill hits the process doing the write.
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', script], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect([child.signal, child.stdout]).toEqual(['SIGKILL', '']);
    expect(read(file)).toEqual(before);
  }, 40_000);

  it('refuses a file written by another version', () => {
    const file = tempFile();
    SqliteGraphFile.open(file).close();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = '99' WHERE key = 'schemaVersion'").run();
    db.close();
    expect(() => SqliteGraphFile.openExisting(file)).toThrow(GraphFileError);
    expect(SqliteGraphFile.openExisting(path.join(path.dirname(file), 'none.sqlite'))).toBe(
      undefined,
    );
  });
});

describe('loadPersistedGraph', () => {
  it('loads only the curated graph when nothing was imported', async () => {
    const store = new MemoryGraphStore();
    const loaded = await loadPersistedGraph(store, seed, tempFile());
    expect(loaded.found).toBe(false);
    expect((await store.stats()).actors).toBe(seed.actors.length);
  });

  it('loads the imported graph, the curated graph on top, then the additions', async () => {
    const file = tempFile();
    const graph = SqliteGraphFile.open(file);
    // An imported row claiming a curated id never wins over the curated actor.
    graph.write({
      ...changes(0, 2),
      actors: [...changes(0, 2).actors, { ...hamas, name: 'IMPOSTOR', origin: 'imported' }],
      relationships: [...changes(0, 2).relationships, sanction(7, 'gone-from-the-seed')],
    });
    graph.close();
    const store = new MemoryGraphStore();
    const loaded = await loadPersistedGraph(store, seed, file);
    expect(loaded).toEqual({
      found: true,
      importedActors: 3,
      importedRelationships: 3,
      enrichedActors: 1,
      skippedRelationships: 1,
    });
    expect(await store.getActors(['hamas'])).toEqual([enrichedHamas]);
    const [designation] = await store.getRelationships(['ofac-4695--sanctions--SDGT']);
    expect(designation!.target).toBe('hamas');
    expect((await store.stats()).actors).toBe(seed.actors.length + 2);
    expect(graphFilePath('/data')).toBe(path.join('/data', 'graph.sqlite'));
  });
});
