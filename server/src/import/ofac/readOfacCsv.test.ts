import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportError, ImportErrorCode } from '../ImportError';
import type { ParsedList } from '../model';
import { OFAC_DIR, OFAC_SAMPLE, tempDir, UN_XML, writeOfacSubset } from '../testSupport';
import { readOfacCsv } from './readOfacCsv';

describe('readOfacCsv on the real 2021-04-25 SDN list', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await readOfacCsv(OFAC_DIR);
  });
  const entry = (key: string) => list.entries.find((e) => e.key === key)!;

  it('reads every row: 8,890 records, aircraft rejected, the rest entries', () => {
    expect(list.counts.records).toBe(8890);
    const aircraft = list.rejected.filter((i) => i.reason === 'aircraft not modelled');
    expect(aircraft).toHaveLength(277);
    expect(list.counts.entries).toBe(8890 - 277);
    expect(list.document).toEqual(
      expect.objectContaining({ id: 'ofac-sdn-2021-04-25', date: '2021-04-25' }),
    );
    expect(list.counts.aliases).toBeGreaterThan(11000);
    expect(list.counts.addresses).toBeGreaterThan(11000);
  });

  it('maps types: individual -> PERSON, vessel -> VESSEL, an entity by its name and programs', () => {
    expect(entry('ofac-28315').kind).toBe('PERSON');
    expect(entry('ofac-15036').kind).toBe('VESSEL');
    const kindOf = (name: string) => list.entries.find((e) => e.name === name)?.kind;
    expect(kindOf('ISLAMIC REVOLUTIONARY GUARD CORPS')).toBe('MILITARY_UNIT');
    expect(kindOf('HIZBALLAH')).toBe('ARMED_GROUP');
    expect(kindOf('HAMAS')).toBe('ARMED_GROUP');
    expect(kindOf("KATA'IB HIZBALLAH")).toBe('ARMED_GROUP');
    expect(kindOf("AL QA'IDA")).toBe('ARMED_GROUP');
    expect(kindOf('NATIONAL IRANIAN TANKER COMPANY')).toBe('COMPANY');
    expect(kindOf('BANK MARKAZI JOMHOURI ISLAMI IRAN')).toBe('STATE_BODY');
    expect(kindOf('MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS')).toBe('STATE_BODY');
    // Every entity still has a kind; most are companies, as the list is mostly narcotics and trade.
    const entities = list.entries.filter((e) => e.kind !== 'PERSON' && e.kind !== 'VESSEL');
    const companies = entities.filter((e) => e.kind === 'COMPANY').length;
    expect(companies / entities.length).toBeGreaterThan(0.6);
  });

  it('gives vessels their IMO number, call sign, flag and tonnage', () => {
    expect(entry('ofac-15036').properties).toEqual(
      expect.objectContaining({
        imoNumber: '9187629',
        callSign: 'T2EU4',
        flag: 'Iran',
        vesselType: 'Crude/Oil Products Tanker',
        tonnage: 99144,
        grossRegisteredTonnage: 56068,
        entryNumber: 15036,
        sourceList: 'OFAC SDN',
        listDate: '2021-04-25',
      }),
    );
    const vessels = list.entries.filter((e) => e.kind === 'VESSEL');
    expect(vessels.filter((v) => /^\d{7}$/.test(String(v.properties['imoNumber']))).length).toBe(
      vessels.filter((v) => v.properties['imoNumber'] !== undefined).length,
    );
    expect(vessels.filter((v) => v.properties['imoNumber'] !== undefined).length).toBeGreaterThan(
      300,
    );
  });

  it('reads DOB, nationality and addresses of a person into flat properties', () => {
    expect(entry('ofac-28315').properties).toEqual(
      expect.objectContaining({
        dob: '1955-09-29',
        nationality: 'Iran',
        gender: 'Male',
        title: 'Admiral',
        address1: 'Iran',
        country: 'Iran',
      }),
    );
  });

  it('collects aliases from alt.csv and from a.k.a. remarks, without duplicates', () => {
    expect(entry('ofac-10391').aliases).toEqual(
      expect.arrayContaining(['IRGC', 'PASDARAN', 'SEPAH', 'REVOLUTIONARY GUARDS']),
    );
    // a.k.a. 'LH' and 'FRD' come from the remarks only.
    expect(entry('ofac-4697').aliases).toEqual(
      expect.arrayContaining(['LH', 'FRD', 'PARTY OF GOD']),
    );
    const irgc = entry('ofac-10391').aliases;
    expect(new Set(irgc).size).toBe(irgc.length);
  });

  it('turns each program code into a SANCTIONS designation by us-treasury', () => {
    const irgc = entry('ofac-10391').designations;
    expect(irgc.map((d) => d.program)).toEqual([
      'FTO',
      'SDGT',
      'NPWMD',
      'IRGC',
      'IFSR',
      'IRAN-HR',
      'HRIT-IR',
      'ELECTION-EO13848',
    ]);
    expect(irgc[0]).toEqual({
      id: 'ofac-10391--sanctions--FTO',
      authority: { kind: 'curated', id: 'us-treasury' },
      program: 'FTO',
      excerpt: 'ISLAMIC REVOLUTIONARY GUARD CORPS [FTO]',
      section: 'entry 10391',
      properties: { sourceList: 'OFAC SDN', listDate: '2021-04-25', entryNumber: 10391 },
    });
  });

  it('resolves Linked To remarks to ASSOCIATED_WITH links by exact name', () => {
    const bankMarkazi = list.links.filter((l) => l.source === 'ofac-4632').map((l) => l.target);
    expect(bankMarkazi.sort()).toEqual(['ofac-10465', 'ofac-4697']);
    expect(list.links.find((l) => l.id === 'ofac-4632--associated-with--ofac-10465')).toEqual(
      expect.objectContaining({
        type: 'ASSOCIATED_WITH',
        excerpt: 'Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE.',
        section: 'entry 4632',
      }),
    );
    expect(list.counts.links).toBe(3120);
  });

  it('prefers the entry whose own name a Linked To gives over one that has it as an alias', () => {
    // N.I.T.C. REPRESENTATIVE OFFICE (15119) has the alias NATIONAL IRANIAN TANKER COMPANY, the name of 15117.
    const toTanker = list.links.filter((l) => l.target === 'ofac-15117');
    expect(toTanker.length).toBeGreaterThan(10);
    expect(list.links.some((l) => l.target === 'ofac-15119' && l.label === 'Linked To')).toBe(
      false,
    );
  });

  it('reports unresolved Linked To with file, line and reason, never guessing', () => {
    expect(list.unresolvedLinks).toHaveLength(11);
    expect(list.unresolvedLinks[0]).toEqual({
      at: { file: path.join(OFAC_DIR, 'sdn.csv'), line: expect.any(Number) },
      reason: expect.stringMatching(/^names (no other entry of the list|several entries)$/),
      detail: expect.any(String),
      code: 'UNRESOLVED_NAME',
    });
    expect(list.warnings.map((w) => w.reason)).toEqual([
      'Linked To cut off by the 1,000-character remarks limit',
      'Linked To cut off by the 1,000-character remarks limit',
      'Linked To cut off by the 1,000-character remarks limit',
    ]);
  });

  it('skips alias and address rows of rejected (aircraft) entries, saying why', () => {
    const skipped = list.rejected.filter((i) => i.reason === 'belongs to a rejected entry');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped[0]!.detail).toMatch(/aircraft not modelled/);
  });
});

describe('readOfacCsv on broken input', () => {
  it('skips an unreadable row, reporting its file and line, and reads the rest', async () => {
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE, (row) =>
      row.startsWith('4695,') ? row.replace('"HAMAS"', '"HA"MAS"') : row,
    );
    const list = await readOfacCsv(dir);
    expect(list.entries.map((e) => e.key)).not.toContain('ofac-4695');
    expect(list.entries).toHaveLength(OFAC_SAMPLE.size - 2); // HAMAS broken, the aircraft rejected
    const broken = list.rejected.find((i) => i.reason === 'unreadable CSV record')!;
    expect(broken.at.file).toBe(path.join(dir, 'sdn.csv'));
    expect(broken.at.line).toEqual(expect.any(Number));
    expect(broken.code).toBe('UNREADABLE_RECORD');
    // Its leading entry number still tells whose row it was: that entry is kept as it was.
    expect(broken.entry).toBe('ofac-4695');
    // The aliases of the broken entry have no entry to go to.
    expect(list.rejected.some((i) => i.reason === 'entry number not in sdn.csv')).toBe(true);
  });

  it('rejects rows with a wrong column count or a missing name, and reads the rest', async () => {
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE, (row) => {
      if (row.startsWith('4697,')) return '4697,"HIZBALLAH",-0- ';
      if (row.startsWith('4695,')) return row.replace('"HAMAS"', '-0- ');
      return row;
    });
    const list = await readOfacCsv(dir);
    expect(list.rejected.map((i) => i.reason)).toEqual(
      expect.arrayContaining(['expected 12 columns', 'no name']),
    );
    expect(list.entries.map((e) => e.key)).toEqual(
      expect.arrayContaining(['ofac-10391', 'ofac-28315']),
    );
  });

  it('fails fast with WRONG_FORMAT on a file that is not an SDN CSV', async () => {
    const dir = path.join(tempDir(), 'ofac-sdn-2021-04-25');
    fs.mkdirSync(dir);
    fs.copyFileSync(UN_XML, path.join(dir, 'sdn.csv'));
    await expect(readOfacCsv(dir)).rejects.toMatchObject({ code: ImportErrorCode.WRONG_FORMAT });
    fs.writeFileSync(path.join(dir, 'sdn.csv'), '{"id": "x", "schema": "Person"}\n');
    await expect(readOfacCsv(dir)).rejects.toBeInstanceOf(ImportError);
  });

  it('asks for --date when the path gives no date', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(OFAC_DIR, 'sdn.csv'), path.join(dir, 'sdn.csv'));
    await expect(readOfacCsv(path.join(dir, 'sdn.csv'))).rejects.toMatchObject({
      code: ImportErrorCode.BAD_ARGUMENT,
    });
    const list = await readOfacCsv(path.join(dir, 'sdn.csv'), { date: '2021-05-01' });
    expect(list.document.id).toBe('ofac-sdn-2021-05-01');
    expect(list.warnings.map((w) => w.reason)).toEqual(
      expect.arrayContaining(['alt.csv not found: no aliases', 'add.csv not found: no addresses']),
    );
  });
});
