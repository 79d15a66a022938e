import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import type { GraphStore } from '../store/GraphStore';
import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from '../store/neo4j/testSupport';
import { ListMatchService } from '../services/ListMatchService';
import { readImportedDocuments } from '../store/persist/importedDocuments';
import { openMemoryTarget, storeTarget } from './importTargets';
import type { MatchesFile } from './match/matchDecisions';
import { runImport, type ImportSummary } from './runImport';
import { OFAC_SAMPLE, tempDir, writeOfacSubset } from './testSupport';

// A fresh database builds its indexes first; every test here is a few imports.
jest.setTimeout(120_000);

const seed = readSeed();
const lists = tempDir();
const sample = writeOfacSubset(lists, '2021-04-25', OFAC_SAMPLE);
const newer = writeOfacSubset(lists, '2021-06-01', OFAC_SAMPLE, (row) =>
  row.startsWith('4695,') ? undefined : row,
);

/** Everything a store holds, comparable across stores (actors without relationships included). */
async function snapshot(store: GraphStore) {
  const graph = await store.graph({ limit: 5000 });
  expect(graph.truncated).toBe(false);
  const designations = await store.listDesignations({ first: 5000 });
  return { stats: await store.stats(), graph, designations };
}

describeNeo4j('importing into a real Neo4j', (connection) => {
  let store: Neo4jGraphStore;
  let dataDir: string;

  const importSample = (
    files: string[] = [sample],
    extra: { batchSize?: number; onBatch?: (n: number) => void } = {},
  ): Promise<ImportSummary> =>
    runImport({
      format: 'ofac-csv',
      files,
      target: storeTarget(store, dataDir),
      seed,
      matchesFile: path.join(dataDir, 'matches.ofac-csv.json'),
      ...extra,
    });

  beforeAll(async () => {
    store = new Neo4jGraphStore(connection);
    await store.init();
  });
  beforeEach(async () => {
    await store.clear();
    dataDir = tempDir();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it('loads the curated graph into an empty database, then imports; twice gives identical counts', async () => {
    const first = await importSample();
    expect(first.curatedLoaded).toBe(true);
    expect(first.matches.accepted.map((m) => [m.entry, m.actor]).sort()).toEqual([
      ['ofac-10391', 'irgc'],
      ['ofac-10465', 'irgc-qods-force'],
      ['ofac-28315', 'ali-shamkhani'],
      ['ofac-4695', 'hamas'],
      ['ofac-4697', 'hezbollah'],
    ]);
    const once = await snapshot(store);
    const second = await importSample();
    expect(second.curatedLoaded).toBe(false);
    expect(second.read).toEqual(first.read);
    expect(second.applied.actors).toEqual({
      created: 0,
      updated: 0,
      unchanged: first.applied.actors.created,
    });
    expect(second.applied.designations).toEqual(
      expect.objectContaining({ created: 0, updated: 0, delisted: 0 }),
    );
    expect(second.applied.curatedChanged).toEqual([]);
    expect(await snapshot(store)).toEqual(once);
    expect(readImportedDocuments(dataDir, 'neo4j').map((d) => d.id)).toEqual([
      'ofac-sdn-2021-04-25',
    ]);
  });

  it('holds exactly what the embedded store holds after the same import', async () => {
    await importSample();
    const memory = await openMemoryTarget({ dataDir: tempDir(), seed });
    await runImport({
      format: 'ofac-csv',
      files: [sample],
      target: memory,
      seed,
      matchesFile: path.join(tempDir(), 'matches.json'),
    });
    expect(await snapshot(store)).toEqual(await snapshot(memory.store));
    // The matches the API shows, kept on the curated actors, agree too.
    const curatedIds = seed.actors.map((a) => a.id);
    const inNeo4j = await new ListMatchService(store, curatedIds).list({ first: 500 });
    expect(inNeo4j.nodes.length).toBeGreaterThan(0);
    expect(inNeo4j).toEqual(
      await new ListMatchService(memory.store, curatedIds).list({ first: 500 }),
    );
    const [irgc] = await store.getActors(['irgc']);
    expect(irgc!.properties?.['ofacEntryNumber']).toBe(10391);
    const [vessel] = await store.getActors(['ofac-15036']);
    expect(vessel!.properties?.['imoNumber']).toBe('9187629');
    const [linked] = await store.getRelationships(['ofac-4632--associated-with--ofac-10465']);
    expect([linked!.source, linked!.target]).toEqual(['ofac-4632', 'irgc-qods-force']);
  });

  it('an interrupted import, run again, ends exactly where a clean run ends', async () => {
    const clean = await importSample(undefined, { batchSize: 5 });
    expect(clean.applied.batches).toBeGreaterThan(7);
    const expected = await snapshot(store);

    await store.clear();
    const interrupt = (n: number) => {
      if (n === 6) throw new Error('interrupted after 6 batches');
    };
    await expect(importSample(undefined, { batchSize: 5, onBatch: interrupt })).rejects.toThrow(
      'interrupted after 6 batches',
    );
    const partial = await snapshot(store);
    const written = (s: typeof partial) => s.stats.relationships + s.stats.designations;
    expect(written(partial)).toBeLessThan(written(expected));

    const resumed = await importSample(undefined, { batchSize: 5 });
    expect(resumed.applied.actors.created).toBe(0);
    expect(await snapshot(store)).toEqual(expected);
  });

  it('delists what a newer list drops, once', async () => {
    await importSample();
    const update = await importSample([newer]);
    expect(update.applied.designations.delisted).toBe(1);
    const [hamas] = await store.getDesignations(['ofac-4695--designation']);
    expect(hamas).toEqual(
      expect.objectContaining({ actor: 'hamas', delistedOn: '2021-06-01', list: 'OFAC SDN' }),
    );
    const again = await importSample([newer]);
    expect(again.applied.designations).toEqual(
      expect.objectContaining({ created: 0, updated: 0, delisted: 0, alreadyDelisted: 1 }),
    );
  });

  it('moves relationships to a separate actor when a match is rejected, and back when accepted', async () => {
    await importSample();
    const matchesFile = path.join(dataDir, 'matches.ofac-csv.json');
    const setIrgc = (status: 'accepted' | 'rejected') => {
      const file = JSON.parse(fs.readFileSync(matchesFile, 'utf8')) as MatchesFile;
      file.matches.find((m) => m.entry === 'ofac-10391' && m.actor === 'irgc')!.status = status;
      fs.writeFileSync(matchesFile, JSON.stringify(file));
    };
    setIrgc('rejected');
    await importSample();
    expect((await store.getDesignations(['ofac-10391--designation']))[0]!.actor).toBe('ofac-10391');
    // The curated record again, plus the record of the rejected match.
    const [irgc] = await store.getActors(['irgc']);
    expect(irgc!.listedAs).toBeUndefined();
    expect(new ListMatchService(store, []).of(irgc!)).toContainEqual(
      expect.objectContaining({ entry: 'ofac-10391', status: 'rejected', decidedBy: 'reviewer' }),
    );

    setIrgc('accepted');
    const back = await importSample();
    expect((await store.getDesignations(['ofac-10391--designation']))[0]!.actor).toBe('irgc');
    // Deleted when the store can delete actors; otherwise reported as left over.
    expect([...back.applied.removedActors, ...back.applied.redundantActorsLeft]).toEqual([
      'ofac-10391',
    ]);
  });
});
