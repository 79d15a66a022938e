import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import type { GraphStore } from '../store/GraphStore';
import { readImportedDocuments } from '../store/persist/importedDocuments';
import { ENRICHMENT_PREFIX } from './enrich';
import { ImportErrorCode } from './ImportError';
import { openMemoryTarget } from './importTargets';
import type { MatchesFile } from './match/matchDecisions';
import type { Format } from './model';
import { runImport, type ImportSummary } from './runImport';
import { startTestServer } from '../test/testServer';
import {
  FIXTURES,
  OFAC_DIR,
  OFAC_SAMPLE,
  serverStore,
  storedFile,
  tempDir,
  UN_XML,
  writeOfacSubset,
} from './testSupport';

jest.setTimeout(60_000);

const seed = readSeed();
const curatedIrgc = seed.actors.find((a) => a.id === 'irgc')!;

async function importInto(
  dataDir: string,
  format: Format,
  files: string[],
  extra: { dryRun?: boolean } = {},
): Promise<{ summary: ImportSummary; store: GraphStore }> {
  const target = await openMemoryTarget({ dataDir, seed });
  const summary = await runImport({
    format,
    files,
    target,
    seed,
    matchesFile: path.join(dataDir, `matches.${format}.json`),
    ...extra,
  });
  return { summary, store: target.store };
}

/** Designations of the 2021 SDN set: one per entry that lists a program. */
const SDN_DESIGNATIONS = 8613;

describe('importing the full 2021 OFAC SDN list into the embedded store', () => {
  const dataDir = tempDir();
  let first: { summary: ImportSummary; store: GraphStore };
  beforeAll(async () => {
    first = await importInto(dataDir, 'ofac-csv', [OFAC_DIR]);
  });

  it('links the IRGC, Qods Force, Hezbollah, Hamas and Ali Shamkhani entries to the curated actors', () => {
    const linked = Object.fromEntries(
      first.summary.matches.accepted.map((m) => [m.entry, [m.actor, m.score]]),
    );
    expect(linked).toEqual({
      'ofac-10391': ['irgc', 1],
      'ofac-10465': ['irgc-qods-force', 0.9],
      'ofac-4697': ['hezbollah', 1],
      'ofac-4695': ['hamas', 1],
      'ofac-28315': ['ali-shamkhani', 1],
      'ofac-10481': ['qassem-soleimani', 1],
      'ofac-26950': ['mohammad-javad-zarif', 1],
      'ofac-10761': ['al-shabaab', 1],
      'ofac-28283': ['asaib-ahl-al-haq', 1],
      'ofac-12055': ['irgc-aerospace-force', 0.95],
      'ofac-4707': ['palestinian-islamic-jihad', 0.95],
    });
  });

  it('attaches their designations to the curated actor, with no duplicate imported actor', async () => {
    const { store } = first;
    expect(await store.getActors(['ofac-10391', 'ofac-10465', 'ofac-4697', 'ofac-4695'])).toEqual(
      [],
    );
    // One designation per entry, on the curated actor, with every program it lists.
    const designations = await store.designationsOf(['irgc']);
    const sdn = designations.find((d) => d.id === 'ofac-10391--designation')!;
    expect(sdn).toEqual(
      expect.objectContaining({
        actor: 'irgc',
        authority: 'us-treasury',
        list: 'OFAC SDN',
        sourceEntry: '10391',
        origin: 'imported',
      }),
    );
    expect(sdn.programs).toEqual(expect.arrayContaining(['FTO', 'IRGC', 'SDGT']));
    expect(sdn.evidence).toContainEqual({
      excerpt: 'ISLAMIC REVOLUTIONARY GUARD CORPS [FTO]',
      document: 'ofac-sdn-2021-04-25',
      section: 'entry 10391',
    });
    // No walk reaches the Treasury from the IRGC: the designation is not a link.
    expect(
      (await store.relationshipsOf('us-treasury', { direction: 'BOTH', first: 50 })).map(
        (r) => r.type,
      ),
    ).not.toContain('SANCTIONS');
  });

  it('keeps the entry names apart, as names the list gives the curated actor, with its entry number', async () => {
    const [irgc] = await first.store.getActors(['irgc']);
    // Its own aliases are its curated ones; the list's names are "also listed as".
    expect(irgc!.aliases).toEqual(curatedIrgc.aliases);
    expect(irgc!.listedAs).toEqual(expect.arrayContaining(['SEPAH PASDARAN', 'AGIR']));
    // Search still finds it by them, below its own names.
    const [found] = await first.store.searchActors({ text: 'sepah pasdaran', first: 1 });
    expect(found!.id).toBe('irgc');
    // A name OFAC gives Hezbollah ranks below the Houthis' own alias.
    const ansar = await first.store.searchActors({ text: 'ansar allah', first: 5 });
    expect(ansar[0]!.id).toBe('houthis');
    expect(irgc!.properties).toEqual(
      expect.objectContaining({
        ofacEntryNumber: 10391,
        [`${ENRICHMENT_PREFIX}ofac-sdn`]: expect.stringContaining('"entries":["ofac-10391"]'),
      }),
    );
    expect(irgc!.origin).toBe('curated');
  });

  it('shows every match, accepted or proposed, with score and reasons, in the API', async () => {
    const server = await startTestServer(undefined, { dataDir });
    try {
      const { data } = await server.gql<{
        listMatches: {
          totalCount: number;
          byStatus: { key: string; count: number }[];
          nodes: { entry: string; actor: { id: string }; status: string; entryActor: unknown }[];
        };
        hezbollah: { listMatches: { entry: string; status: string; reasons: string[] }[] };
      }>(
        `{ listMatches(first: 500) { totalCount byStatus { key count }
             nodes { entry actor { id } status entryActor { id } } }
           hezbollah: actor(id: "hezbollah") { listMatches { entry status reasons } } }`,
      );
      const { listMatches, hezbollah } = data!;
      const accepted = listMatches.nodes.filter((m) => m.status === 'ACCEPTED');
      // The same accepted set the import summary reports, each without an entry actor of its own.
      expect(accepted.map((m) => [m.entry, m.actor.id]).sort()).toEqual(
        first.summary.matches.accepted.map((m) => [m.entry, m.actor]).sort(),
      );
      expect(accepted.every((m) => m.entryActor === null)).toBe(true);
      const proposed = listMatches.nodes.filter((m) => m.status === 'PROPOSED');
      expect(proposed.length).toBe(first.summary.matches.proposed);
      // A proposed entry is still its own imported actor, unless accepted as another curated actor.
      const acceptedEntries = new Set(accepted.map((m) => m.entry));
      for (const m of proposed) expect(m.entryActor === null).toBe(acceptedEntries.has(m.entry));
      expect(listMatches.totalCount).toBe(accepted.length + proposed.length);
      expect(listMatches.byStatus).toContainEqual({ key: 'ACCEPTED', count: accepted.length });
      expect(hezbollah.listMatches).toContainEqual({
        entry: 'ofac-4697',
        status: 'ACCEPTED',
        reasons: expect.arrayContaining([expect.stringMatching(/^HIZBALLAH = /)]),
      });
    } finally {
      await server.close();
    }
  });

  it('turns Linked To remarks into ASSOCIATED_WITH relationships, onto curated actors where linked', async () => {
    const [bankMarkazi] = await first.store.getRelationships([
      'ofac-4632--associated-with--ofac-10465',
    ]);
    expect(bankMarkazi).toEqual(
      expect.objectContaining({
        type: 'ASSOCIATED_WITH',
        source: 'ofac-4632',
        target: 'irgc-qods-force',
      }),
    );
    expect(first.summary.applied.relationships.ASSOCIATED_WITH?.created).toBe(3120);
    expect(first.summary.unresolvedLinks).toHaveLength(11);
  });

  it('imports vessels with their IMO numbers', async () => {
    const [artavil] = await first.store.getActors(['ofac-15036']);
    expect(artavil).toEqual(
      expect.objectContaining({
        kind: 'VESSEL',
        origin: 'imported',
        properties: expect.objectContaining({ imoNumber: '9187629', sourceList: 'OFAC SDN' }),
      }),
    );
  });

  it('counts what it did and registers the list as a document', () => {
    const { summary } = first;
    expect(summary.read.entries).toBe(8613);
    expect(summary.applied.actors).toEqual({ created: 8613 - 11, updated: 0, unchanged: 0 });
    // One per entry with a program (10,115 entry-program pairs).
    expect(summary.applied.designations).toEqual(
      expect.objectContaining({ created: SDN_DESIGNATIONS, updated: 0, unchanged: 0, delisted: 0 }),
    );
    expect(summary.rejected.filter((i) => i.reason === 'aircraft not modelled')).toHaveLength(277);
    expect(readImportedDocuments(dataDir, 'memory')).toEqual([
      expect.objectContaining({ id: 'ofac-sdn-2021-04-25', date: '2021-04-25' }),
    ]);
  });

  it('leaves the server exactly what the import built', async () => {
    expect(await (await serverStore(dataDir)).stats()).toEqual(await first.store.stats());
  });

  it('changes nothing when the same file is imported again, with identical counts', async () => {
    const before = storedFile(dataDir);
    const again = await importInto(dataDir, 'ofac-csv', [OFAC_DIR]);
    expect(again.summary.read).toEqual(first.summary.read);
    expect(again.summary.applied.actors).toEqual({ created: 0, updated: 0, unchanged: 8602 });
    expect(again.summary.applied.designations).toEqual(
      expect.objectContaining({ created: 0, updated: 0, unchanged: SDN_DESIGNATIONS, delisted: 0 }),
    );
    expect(again.summary.applied.curatedChanged).toEqual([]);
    expect(await again.store.stats()).toEqual(await first.store.stats());
    expect(storedFile(dataDir)).toEqual(before);
  });
});

describe('reviewing a match and re-running the import', () => {
  const dataDir = tempDir();
  const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE);
  const matchesFile = path.join(dataDir, 'matches.ofac-csv.json');
  const setStatus = (entry: string, actor: string, status: string) => {
    const file = JSON.parse(fs.readFileSync(matchesFile, 'utf8')) as MatchesFile;
    const match = file.matches.find((m) => m.entry === entry && m.actor === actor)!;
    match.status = status as 'accepted';
    fs.writeFileSync(matchesFile, JSON.stringify(file, null, 2));
  };

  it('writes every match with the names that matched, a score and a status', async () => {
    await importInto(dataDir, 'ofac-csv', [dir]);
    const file = JSON.parse(fs.readFileSync(matchesFile, 'utf8')) as MatchesFile;
    expect(file.matches.find((m) => m.entry === 'ofac-10391' && m.actor === 'irgc')).toEqual({
      entry: 'ofac-10391',
      entryName: 'ISLAMIC REVOLUTIONARY GUARD CORPS',
      entryKind: 'MILITARY_UNIT',
      actor: 'irgc',
      actorName: 'Islamic Revolutionary Guard Corps',
      actorKind: 'MILITARY_UNIT',
      score: 1,
      names: expect.arrayContaining([
        {
          entry: 'ISLAMIC REVOLUTIONARY GUARD CORPS',
          actor: 'Islamic Revolutionary Guard Corps',
          how: 'exact',
          score: 1,
        },
      ]),
      status: 'accepted',
      decidedBy: 'import',
    });
  });

  it('rejecting a match restores a separate imported actor and moves its relationships back', async () => {
    setStatus('ofac-10391', 'irgc', 'rejected');
    const { summary } = await importInto(dataDir, 'ofac-csv', [dir]);
    expect(summary.applied.curatedChanged).toEqual(['irgc']);
    const store = await serverStore(dataDir);
    const [separate] = await store.getActors(['ofac-10391']);
    expect(separate).toEqual(
      expect.objectContaining({ name: 'ISLAMIC REVOLUTIONARY GUARD CORPS', origin: 'imported' }),
    );
    const [sdn] = await store.getDesignations(['ofac-10391--designation']);
    expect(sdn!.actor).toBe('ofac-10391');
    // The curated actor is its curated self again, keeping only the record of the rejected match.
    const [irgc] = await store.getActors(['irgc']);
    const { properties, ...rest } = irgc!;
    const { properties: curatedProperties, ...curatedRest } = curatedIrgc;
    expect(rest).toEqual(curatedRest);
    expect(Object.keys(properties!).sort()).toEqual(
      [...Object.keys(curatedProperties ?? {}), `${ENRICHMENT_PREFIX}ofac-sdn`].sort(),
    );
    const server = await startTestServer(undefined, { dataDir });
    try {
      const { data } = await server.gql<{ actor: { listMatches: unknown[] } }>(
        `{ actor(id: "irgc") { listMatches { list entry entryName status decidedBy score
            reasons entryActor { id origin } } } }`,
      );
      expect(data!.actor.listMatches).toContainEqual({
        list: 'ofac-sdn',
        entry: 'ofac-10391',
        entryName: 'ISLAMIC REVOLUTIONARY GUARD CORPS',
        status: 'REJECTED',
        decidedBy: 'REVIEWER',
        score: 1,
        reasons: expect.arrayContaining([
          'ISLAMIC REVOLUTIONARY GUARD CORPS = Islamic Revolutionary Guard Corps (exact)',
        ]),
        entryActor: { id: 'ofac-10391', origin: 'imported' },
      });
    } finally {
      await server.close();
    }
    const file = JSON.parse(fs.readFileSync(matchesFile, 'utf8')) as MatchesFile;
    expect(file.matches.find((m) => m.entry === 'ofac-10391')).toEqual(
      expect.objectContaining({ status: 'rejected', decidedBy: 'reviewer' }),
    );
  });

  it('accepting it again merges back and drops the separate actor', async () => {
    setStatus('ofac-10391', 'irgc', 'accepted');
    const { summary } = await importInto(dataDir, 'ofac-csv', [dir]);
    expect(summary.applied.removedActors).toEqual(['ofac-10391']);
    const store = await serverStore(dataDir);
    expect(await store.getActors(['ofac-10391'])).toEqual([]);
    const [sdn] = await store.getDesignations(['ofac-10391--designation']);
    expect(sdn!.actor).toBe('irgc');
    const [irgc] = await store.getActors(['irgc']);
    expect(irgc!.properties?.['ofacEntryNumber']).toBe(10391);
  });
});

describe('a newer list', () => {
  const dataDir = tempDir();
  const lists = tempDir();
  const older = writeOfacSubset(lists, '2021-04-25', OFAC_SAMPLE);
  // The newer list drops HAMAS, one program of the ministry, and re-flags a vessel.
  const newer = writeOfacSubset(lists, '2021-06-01', OFAC_SAMPLE, (row) => {
    if (row.startsWith('4695,')) return undefined;
    if (row.startsWith('10392,')) return row.replace('] [IRAN-CON-ARMS-EO', '');
    if (row.startsWith('15036,')) return row.replace('"Iran"', '"Panama"');
    return row;
  });
  let update: ImportSummary;

  beforeAll(async () => {
    await importInto(dataDir, 'ofac-csv', [older]);
    update = (await importInto(dataDir, 'ofac-csv', [newer])).summary;
  });

  it('marks designations it no longer carries as delisted on its date, keeping them', async () => {
    expect(update.applied.designations.delisted).toBe(1);
    const store = await serverStore(dataDir);
    const imported = (await store.designationsOf(['hamas'])).filter((d) => d.origin === 'imported');
    expect(imported.map((d) => [d.id, d.programs, d.delistedOn])).toEqual([
      ['ofac-4695--designation', ['FTO', 'SDGT'], '2021-06-01'],
    ]);
    expect(await store.designationsOf(['hamas'], { asOf: '2021-05' })).toContainEqual(imported[0]);
    expect(
      (await store.designationsOf(['hamas'], { asOf: '2021-07' })).map((d) => d.origin),
    ).not.toContain('imported');
    // A program the newer list drops is kept, ended on its date.
    const [ministry] = await store.getDesignations(['ofac-10392--designation']);
    expect(ministry!.programs).not.toContain('IRAN-CON-ARMS-EO');
    expect(ministry!.properties?.['programEnded:IRAN-CON-ARMS-EO']).toBe('2021-06-01');
    expect(ministry!.delistedOn).toBeUndefined();
    // A delisted entry merged into a curated actor keeps its names there.
    const [hamasActor] = await store.getActors(['hamas']);
    expect(hamasActor!.listedAs).toContain('ISLAMIC RESISTANCE MOVEMENT');
  });

  it('updates changed entries and leaves unchanged ones citing the list that first stated them', async () => {
    expect(update.applied.actors.updated).toBe(1);
    const store = await serverStore(dataDir);
    const [artavil, ministry] = await store.getActors(['ofac-15036', 'ofac-10392']);
    expect(artavil!.properties).toEqual(
      expect.objectContaining({ flag: 'Panama', listDate: '2021-06-01' }),
    );
    expect(ministry!.properties?.['listDate']).toBe('2021-04-25');
    const [hezbollah] = await store.getDesignations(['ofac-4697--designation']);
    expect(hezbollah!.evidence[0]!.document).toBe('ofac-sdn-2021-04-25');
    expect(hezbollah!.delistedOn).toBeUndefined();
    // A link the newer list states again is unchanged: held on the date of the list that first stated it.
    expect(update.applied.relationships['ASSOCIATED_WITH']).toEqual(
      expect.objectContaining({ updated: 0, unchanged: expect.any(Number) }),
    );
    expect(update.applied.relationships['ASSOCIATED_WITH']!.unchanged).toBeGreaterThan(0);
    const [link] = await store.getRelationships(['ofac-4632--associated-with--ofac-10465']);
    expect(link!.validity).toEqual(
      expect.objectContaining({ kind: 'UNDATED', heldOn: '2021-04-25' }),
    );
  });

  it('changes nothing on a second run, and refuses the older list afterwards', async () => {
    const before = storedFile(dataDir);
    const again = (await importInto(dataDir, 'ofac-csv', [newer])).summary;
    expect(again.applied.designations).toEqual(
      expect.objectContaining({ created: 0, updated: 0, delisted: 0, alreadyDelisted: 1 }),
    );
    expect(again.applied.actors.created + again.applied.actors.updated).toBe(0);
    await expect(importInto(dataDir, 'ofac-csv', [older])).rejects.toMatchObject({
      code: ImportErrorCode.STALE_LIST,
    });
    expect(storedFile(dataDir)).toEqual(before);
  });
});

describe('input that cannot be imported', () => {
  it('fails fast on a file that is not the declared format and changes nothing', async () => {
    const dataDir = tempDir();
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE);
    await importInto(dataDir, 'ofac-csv', [dir]);
    const before = storedFile(dataDir);
    const matches = fs.readFileSync(path.join(dataDir, 'matches.ofac-csv.json'), 'utf8');
    await expect(importInto(dataDir, 'un-xml', [path.join(dir, 'sdn.csv')])).rejects.toMatchObject({
      code: ImportErrorCode.WRONG_FORMAT,
    });
    await expect(importInto(dataDir, 'ofac-csv', [UN_XML])).rejects.toMatchObject({
      code: ImportErrorCode.WRONG_FORMAT,
    });
    expect(storedFile(dataDir)).toEqual(before);
    expect(fs.readFileSync(path.join(dataDir, 'matches.ofac-csv.json'), 'utf8')).toBe(matches);
    expect(fs.existsSync(path.join(dataDir, 'matches.un-xml.json'))).toBe(false);
  });

  it('writes nothing on a dry run', async () => {
    const dataDir = tempDir();
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE);
    const { summary } = await importInto(dataDir, 'ofac-csv', [dir], { dryRun: true });
    expect(summary.applied.actors.created).toBeGreaterThan(0);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});

describe('the UN list and a FollowTheMoney export into the embedded store', () => {
  const dataDir = tempDir();
  const ofac = writeOfacSubset(tempDir(), '2021-04-25', new Set(['10761', '4697']));

  it('links THE HOUTHIS and AL-SHABAAB, designated by the UN from LISTED_ON, and imports twice the same', async () => {
    await importInto(dataDir, 'ofac-csv', [ofac]);
    const first = await importInto(dataDir, 'un-xml', [UN_XML]);
    expect(first.summary.matches.accepted.map((m) => [m.entry, m.actor, m.score])).toEqual([
      ['un-SOe.001', 'al-shabaab', 1],
      ['un-YEe.001', 'houthis', 1],
    ]);
    const [houthis] = await first.store.getDesignations(['un-YEe.001--designation']);
    expect(houthis).toEqual(
      expect.objectContaining({
        authority: 'un-security-council',
        actor: 'houthis',
        programs: ['Yemen'],
        listedOn: '2022-02-28',
        sourceEntry: 'YEe.001',
        properties: expect.objectContaining({ referenceNumber: 'YEe.001' }),
      }),
    );
    // Original-script names are searchable, in their script and in Latin letters.
    const [anwari] = await first.store.searchActors({ text: 'محمد طاهر أنوري', first: 1 });
    expect(anwari).toEqual(expect.objectContaining({ id: 'un-TAi.005', origin: 'imported' }));
    const [persian] = await first.store.searchActors({ text: 'محمد طاهر انوری', first: 1 });
    expect(persian?.id).toBe('un-TAi.005');
    const second = await importInto(dataDir, 'un-xml', [UN_XML]);
    expect(second.summary.read).toEqual(first.summary.read);
    expect(second.summary.applied.actors).toEqual({
      created: 0,
      updated: 0,
      unchanged: first.summary.applied.actors.created,
    });
    expect(await second.store.stats()).toEqual(await first.store.stats());
  });

  it('keeps each list family’s additions to a shared curated actor', async () => {
    await importInto(dataDir, 'ofac-csv', [ofac]);
    const [shabaab] = await (await serverStore(dataDir)).getActors(['al-shabaab']);
    expect(shabaab!.properties).toEqual(
      expect.objectContaining({ ofacEntryNumber: 10761, unReferenceNumber: 'SOe.001' }),
    );
  });

  it('imports FtM things as actors and intervals as relationships, onto curated actors where matched', async () => {
    const { summary, store } = await importInto(dataDir, 'ftm', [
      path.join(FIXTURES, 'sample.ftm.jsonl'),
    ]);
    expect(Object.fromEntries(summary.matches.accepted.map((m) => [m.entry, m.actor]))).toEqual({
      'ftm-p-ali': 'ali-shamkhani',
      'ftm-p-hector': 'mohammad-hossein-shamkhani',
      'ftm-pb-snsc': 'supreme-national-security-council',
    });
    const rels = await store.getRelationships(['ftm-own-1', 'ftm-fam-1']);
    expect(rels.map((r) => [r.type, r.source, r.target])).toEqual([
      ['OWNS', 'mohammad-hossein-shamkhani', 'ftm-c-ocean'],
      ['FAMILY', 'mohammad-hossein-shamkhani', 'ali-shamkhani'],
    ]);
    // Each FtM Sanction entity is a designation of its own.
    const designations = await store.getDesignations(['ftm-s-ofac', 'ftm-s-uk', 'ftm-s-eu']);
    expect(designations.map((d) => [d.authority, d.actor, d.programs, d.listedOn])).toEqual([
      ['us-treasury', 'mohammad-hossein-shamkhani', ['IRAN-EO13846'], '2025-07-30'],
      ['ftm-authority-hm-treasury-united-kingdom', 'ftm-v-star', ['UK Iran'], undefined],
      ['european-union', 'mohammad-hossein-shamkhani', ['EU Russia'], '2024-12-16'],
    ]);
    const again = await importInto(dataDir, 'ftm', [path.join(FIXTURES, 'sample.ftm.jsonl')]);
    expect(again.summary.applied.actors.created + again.summary.applied.actors.updated).toBe(0);
    expect(await again.store.stats()).toEqual(await store.stats());
  });
});
