import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import { SaxesParser } from 'saxes';
import { toGraphml } from '../export/graphml';
import { FIELD_MAXIMA } from './checkFields';
import type { DelistingPolicy } from './delisting';
import { ImportErrorCode, IssueCode } from './ImportError';
import { openMemoryTarget } from './importTargets';
import { MAX_LINE_CHARS } from './lines';
import type { Format } from './model';
import { readList, runImport, type ImportSummary } from './runImport';
import {
  OFAC_DIR,
  OFAC_SAMPLE,
  serverStore,
  storedFile as storedGraph,
  tempDir,
  writeOfacSubset,
} from './testSupport';

/**
 * A newer list never silently erases history: a truncated file is refused
 * before anything is written, an unreadable row never counts as a delisting,
 * and what the input should not hold (control characters, oversized fields,
 * missing paths) is named with file, line, field and code.
 */

jest.setTimeout(120_000);

const seed = readSeed();

async function importInto(
  dataDir: string,
  format: Format,
  files: string[],
  delisting?: DelistingPolicy,
): Promise<ImportSummary> {
  const target = await openMemoryTarget({ dataDir, seed });
  return runImport({
    format,
    files,
    target,
    seed,
    matchesFile: path.join(dataDir, `matches.${format}.json`),
    delisting,
  });
}

const storedFile = (dataDir: string) => storedGraph(dataDir)!;

const ALLOW: DelistingPolicy = { maxPercent: 10, allowMassDelisting: true };

/** The real list's folder copied under a newer date, sdn.csv cut after `rows` lines (mid-record, like a download cut short). */
function truncatedCopy(rows: number): string {
  const dir = path.join(tempDir(), 'ofac-sdn-2021-06-01');
  fs.mkdirSync(dir);
  for (const name of ['alt.csv', 'add.csv']) {
    fs.copyFileSync(path.join(OFAC_DIR, name), path.join(dir, name));
  }
  const sdn = fs.readFileSync(path.join(OFAC_DIR, 'sdn.csv'), 'latin1').split('\r\n');
  const last = sdn[rows]!;
  fs.writeFileSync(
    path.join(dir, 'sdn.csv'),
    [...sdn.slice(0, rows), last.slice(0, Math.floor(last.length / 2))].join('\r\n'),
    'latin1',
  );
  return dir;
}

describe('a truncated newer list of the real OFAC SDN', () => {
  const dataDir = tempDir();
  beforeAll(async () => {
    await importInto(dataDir, 'ofac-csv', [OFAC_DIR]);
  });

  it('is refused with MASS_DELISTING and the numbers, leaving every designation in place', async () => {
    const before = storedFile(dataDir);
    const matches = fs.readFileSync(path.join(dataDir, 'matches.ofac-csv.json'), 'utf8');
    const error = await importInto(dataDir, 'ofac-csv', [truncatedCopy(300)]).then(
      () => undefined,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe(ImportErrorCode.MASS_DELISTING);
    const active = before.designations.filter((d) => d.delistedOn === undefined).length;
    expect(active).toBeGreaterThan(8_000);
    // "would delist N of the M OFAC SDN designations ... (97.1%), more than the 10% allowed"
    const numbers =
      /would delist ([\d,]+) of the ([\d,]+) OFAC SDN designations .*\((\d+\.\d)%\), more than the 10% allowed/.exec(
        error!.message,
      );
    expect(numbers).not.toBeNull();
    expect(Number(numbers![2]!.replace(/,/g, ''))).toBe(active);
    expect(Number(numbers![1]!.replace(/,/g, ''))).toBeGreaterThan(active * 0.9);
    expect(error!.message).toMatch(/--allow-mass-delisting/);
    // Nothing written: the graph file, its documents and the matches file are as they were.
    expect(storedFile(dataDir)).toEqual(before);
    expect(fs.readFileSync(path.join(dataDir, 'matches.ofac-csv.json'), 'utf8')).toBe(matches);
    const store = await serverStore(dataDir);
    const irgc = await store.designationsOf(['irgc']);
    expect(irgc.length).toBeGreaterThan(0);
    for (const d of irgc) expect(d.delistedOn).toBeUndefined();
  });
});

describe('a newer list with rows that cannot be read', () => {
  const lists = tempDir();
  const older = writeOfacSubset(lists, '2021-04-25', OFAC_SAMPLE);

  it('keeps the entry of an unreadable row as it was: its designations are not delisted', async () => {
    const dataDir = tempDir();
    await importInto(dataDir, 'ofac-csv', [older]);
    // HAMAS's row breaks its quoting; its entry number still reads.
    const newer = writeOfacSubset(tempDir(), '2021-06-01', OFAC_SAMPLE, (row) =>
      row.startsWith('4695,') ? row.replace('"HAMAS"', '"HA"MAS"') : row,
    );
    const summary = await importInto(dataDir, 'ofac-csv', [newer]);
    const broken = summary.rejected.find((i) => i.code === IssueCode.UNREADABLE_RECORD)!;
    expect(broken).toMatchObject({ at: { file: path.join(newer, 'sdn.csv') }, entry: 'ofac-4695' });
    expect(broken.at.line).toEqual(expect.any(Number));
    expect(summary.applied.designations).toMatchObject({ delisted: 0, kept: 1 });
    const store = await serverStore(dataDir);
    const imported = (await store.designationsOf(['hamas'])).filter((d) => d.origin === 'imported');
    expect(imported.map((d) => [d.id, d.programs, d.delistedOn])).toEqual([
      ['ofac-4695--designation', ['FTO', 'SDGT'], undefined],
    ]);
  });

  it('holds back every delisting while a row cannot be tied to any entry, and says so', async () => {
    const dataDir = tempDir();
    await importInto(dataDir, 'ofac-csv', [older]);
    // The vessel ARTAVIL is dropped, and a row no one can read (no entry number) appears.
    const edit = (row: string) => (row.startsWith('15036,') ? 'garbage,"never closed' : row);
    const newer = writeOfacSubset(tempDir(), '2021-06-01', OFAC_SAMPLE, edit);
    const summary = await importInto(dataDir, 'ofac-csv', [newer]);
    expect(summary.rejected.some((i) => i.entry === null)).toBe(true);
    expect(summary.applied.designations).toMatchObject({ delisted: 0, heldBack: 1 });
    const held = summary.warnings.find((w) => w.reason === 'delistings held back')!;
    expect(held.detail).toMatch(/1 designations the list no longer carries were not delisted/);
    const store = await serverStore(dataDir);
    const [artavil] = await store.getRelationships(['ofac-15036--sanctions--IRAN']);
    expect(artavil?.properties?.['delisted']).toBeUndefined();

    // Said on purpose: the operator may delist anyway.
    const again = await importInto(dataDir, 'ofac-csv', [newer], ALLOW);
    expect(again.applied.designations).toMatchObject({ delisted: 1, heldBack: 0 });
  });
});

describe('the delisting threshold on a small list', () => {
  it('refuses a list dropping more than IMPORT_MAX_DELIST_PERCENT, unless allowed', async () => {
    const dataDir = tempDir();
    const lists = tempDir();
    await importInto(dataDir, 'ofac-csv', [writeOfacSubset(lists, '2021-04-25', OFAC_SAMPLE)]);
    const dropped = new Set(['4695', '4697', '28315']); // HAMAS, HIZBALLAH, SHAMKHANI
    const newer = writeOfacSubset(lists, '2021-06-01', OFAC_SAMPLE, (row) =>
      dropped.has(row.slice(0, row.indexOf(','))) ? undefined : row,
    );
    const before = storedFile(dataDir);
    await expect(importInto(dataDir, 'ofac-csv', [newer])).rejects.toMatchObject({
      code: ImportErrorCode.MASS_DELISTING,
    });
    expect(storedFile(dataDir)).toEqual(before);
    // A higher threshold lets it through, as does the explicit flag.
    const loose = await importInto(dataDir, 'ofac-csv', [newer], {
      maxPercent: 50,
      allowMassDelisting: false,
    });
    expect(loose.applied.designations.delisted).toBeGreaterThan(0);
    expect(loose.applied.designations.delisted).toBeLessThanOrEqual(
      loose.applied.designations.activeBefore * 0.5,
    );
  });
});

describe('fields the input should not hold', () => {
  it('removes control characters on import, naming the fields; the GraphML export stays well-formed', async () => {
    const dataDir = tempDir();
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE, (row) =>
      row.startsWith('15036,')
        ? row.replace('"ARTAVIL"', '"ART\x00AV\x07IL\x1b"').replace('"Iran"', '"Ir\x0ban\x7f"')
        : row,
    );
    const summary = await importInto(dataDir, 'ofac-csv', [dir]);
    const cleaned = summary.warnings.find((w) => w.code === IssueCode.CONTROL_CHARACTERS_REMOVED)!;
    expect(cleaned.at).toMatchObject({ file: path.join(dir, 'sdn.csv'), line: expect.any(Number) });
    expect(cleaned.detail).toMatch(/\bname\b/);
    expect(cleaned.detail).toMatch(/properties\.flag/);

    const store = await serverStore(dataDir);
    const [artavil] = await store.getActors(['ofac-15036']);
    expect(artavil!.name).toBe('ARTAVIL');
    expect(artavil!.properties?.['flag']).toBe('Iran');
    const xml = toGraphml(await store.graph({ limit: 5000 }));
    expect(parseErrors(xml)).toEqual([]);
    expect(xml).toContain('<data key="label">ARTAVIL</data>');
  });

  it('rejects a field over its maximum, naming file, line and field; the rest imports', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'export-2025-01-01.ftm.json');
    const entity = (id: string, name: string) =>
      JSON.stringify({ id, schema: 'Person', properties: { name: [name] } });
    fs.writeFileSync(
      file,
      [
        entity('p-ok', 'Ordinary Name'),
        entity('p-long', 'A'.repeat(FIELD_MAXIMA.name + 1)),
        // A 10 MB name: too long a line to be read at all, never held whole.
        entity('p-huge', 'x'.repeat(10 * 1024 * 1024)),
        entity('p-after', 'Read On'),
      ].join('\n'),
    );
    const list = await readList('ftm', [file], { dataset: 'test' });
    expect(list.entries.map((e) => e.key)).toEqual(['ftm-p-ok', 'ftm-p-after']);
    expect(list.rejected).toEqual([
      expect.objectContaining({
        at: { file, line: 3 },
        code: IssueCode.RECORD_TOO_LONG,
        entry: 'ftm-p-huge',
      }),
      expect.objectContaining({
        at: { file, line: 2 },
        code: IssueCode.FIELD_TOO_LONG,
        field: 'name',
        entry: 'ftm-p-long',
      }),
    ]);
    expect(list.rejected[0]!.reason).toMatch(new RegExp(`at most ${MAX_LINE_CHARS}`));
  });

  it.each([
    ['ofac-csv', '/nonexistent/ofac-sdn-2021-04-25'],
    ['un-xml', '/nonexistent/consolidated.xml'],
    ['ftm', '/nonexistent/export.ftm.json'],
  ] as const)(
    '%s: a missing path is FILE_NOT_FOUND naming it, not a system error',
    async (format, file) => {
      await expect(readList(format, [file])).rejects.toMatchObject({
        code: ImportErrorCode.FILE_NOT_FOUND,
        message: `${file}: no such file or folder`,
      });
    },
  );

  it('a folder where a file is expected is FILE_UNREADABLE', async () => {
    await expect(readList('ftm', [tempDir()])).rejects.toMatchObject({
      code: ImportErrorCode.FILE_UNREADABLE,
    });
  });
});

/** Well-formedness errors of an XML document (strict parser, as Gephi's). */
function parseErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
