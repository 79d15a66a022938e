import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { readSeed } from '@explorer/graph-seed';
import { type Actor, type Designation, type Relationship } from '@explorer/domain';
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
const sanction = (i: number, actor = `ofac-${i}`): Designation => ({
  id: `ofac-${i}--designation`,
  actor,
  authority: 'us-treasury',
  list: 'OFAC SDN',
  programs: ['SDGT'],
  evidence: [{ excerpt: `ENTRY ${i} [SDGT]`, document: 'ofac-sdn-2021-04-25' }],
  origin: 'imported',
});
/** ENTRY i linked to the Qods Force (a curated actor). */
const link = (i: number, target = 'irgc-qods-force'): Relationship => ({
  id: `ofac-${i}--associated-with--${target}`,
  type: 'ASSOCIATED_WITH',
  source: `ofac-${i}`,
  target,
  evidence: [{ excerpt: `ENTRY ${i} Linked To: IRGC-QF`, document: 'ofac-sdn-2021-04-25' }],
  origin: 'imported',
});
const enrichedHamas = applyEnrichments(hamas, [
  {
    family: 'ofac-sdn',
    entries: ['ofac-4695'],
    aliases: ['ISLAMIC RESISTANCE MOVEMENT'],
    properties: { ofacEntryNumber: 4695 },
    matches: [],
  },
]);

function changes(from: number, to: number): GraphChanges {
  const ids = Array.from({ length: to - from }, (_, k) => from + k);
  return {
    actors: ids.map(actor),
    curated: [enrichedHamas],
    relationships: ids.map((i) => link(i)),
    designations: [...ids.map((i) => sanction(i)), sanction(4695, 'hamas')],
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
  it('keeps imported actors, relationships, designations, curated additions and documents', () => {
    const file = tempFile();
    const graph = SqliteGraphFile.open(file);
    graph.write(changes(0, 3));
    graph.close();
    const stored = read(file);
    expect(stored.actors).toEqual([actor(0), actor(1), actor(2)]);
    expect(stored.relationships).toEqual([link(0), link(1), link(2)]);
    expect(stored.designations).toEqual([
      sanction(0),
      sanction(1),
      sanction(2),
      sanction(4695, 'hamas'),
    ]);
    expect(stored.enrichments.get('hamas')).toEqual([
      {
        family: 'ofac-sdn',
        entries: ['ofac-4695'],
        aliases: ['ISLAMIC RESISTANCE MOVEMENT'],
        properties: { ofacEntryNumber: 4695 },
        matches: [],
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
       graph.write({ actors, curated: [], relationships: [], designations: [], removedActors: ['ofac-1'], documents: [] },
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

  it('upgrades a version 1 file: SANCTIONS relationships become the designations an import writes', () => {
    const file = tempFile();
    SqliteGraphFile.open(file).close();
    const db = new Database(file);
    const legacy = (program: string): Relationship => ({
      id: `ofac-7--sanctions--${program}`,
      type: 'SANCTIONS',
      source: 'us-treasury',
      target: 'ofac-7',
      program,
      start: '2019',
      evidence: [{ excerpt: `ENTRY 7 [${program}]`, document: 'ofac-sdn-2021-04-25' }],
      origin: 'imported',
      properties: { sourceList: 'OFAC SDN' },
    });
    const put = db.prepare(
      'INSERT INTO relationships (id, source, target, data) VALUES (?, ?, ?, ?)',
    );
    for (const rel of [legacy('SDGT'), legacy('IRGC'), link(7)])
      put.run(rel.id, rel.source, rel.target, JSON.stringify(rel));
    db.prepare('INSERT INTO actors (id, data) VALUES (?, ?)').run(
      'ofac-7',
      JSON.stringify(actor(7)),
    );
    db.exec("DROP TABLE designations; UPDATE meta SET value = '1' WHERE key = 'schemaVersion'");
    db.close();
    const expected: Designation = {
      id: 'ofac-7--designation',
      actor: 'ofac-7',
      authority: 'us-treasury',
      list: 'OFAC SDN',
      programs: ['IRGC', 'SDGT'],
      listedOn: '2019',
      evidence: [legacy('IRGC').evidence[0]!, legacy('SDGT').evidence[0]!],
      origin: 'imported',
      properties: { sourceList: 'OFAC SDN' },
    };
    // Read-only: read as designations, file untouched.
    expect(read(file).designations).toEqual([expected]);
    expect(read(file).relationships).toEqual([link(7)]);
    // Opened for writing: rewritten as version 2.
    SqliteGraphFile.open(file).close();
    const upgraded = new Database(file, { readonly: true });
    expect(
      upgraded.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").pluck().get(),
    ).toBe('2');
    expect(upgraded.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(1);
    upgraded.close();
    expect(read(file).designations).toEqual([expected]);
  });

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
      designations: [...changes(0, 2).designations, sanction(7, 'gone-from-the-seed')],
    });
    graph.close();
    const store = new MemoryGraphStore();
    const loaded = await loadPersistedGraph(store, seed, file);
    expect(loaded).toEqual({
      found: true,
      importedActors: 3,
      importedRelationships: 2,
      importedDesignations: 3,
      enrichedActors: 1,
      skippedRelationships: 0,
    });
    expect(await store.getActors(['hamas'])).toEqual([enrichedHamas]);
    const [designation] = await store.getDesignations(['ofac-4695--designation']);
    expect(designation!.actor).toBe('hamas');
    expect(await store.getDesignations(['ofac-7--designation'])).toEqual([]);
    expect((await store.stats()).actors).toBe(seed.actors.length + 2);
    expect(graphFilePath('/data')).toBe(path.join('/data', 'graph.sqlite'));
  });
});
