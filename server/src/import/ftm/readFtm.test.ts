import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportErrorCode } from '../ImportError';
import type { ParsedList } from '../model';
import { FIXTURES, OFAC_DIR, tempDir } from '../testSupport';
import { authorityOf } from './authority';
import { readFtm } from './readFtm';

const SAMPLE = path.join(FIXTURES, 'sample.ftm.jsonl');

describe('readFtm on a small FollowTheMoney export', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await readFtm([SAMPLE]);
  });
  const entry = (key: string) => list.entries.find((e) => e.key === key)!;
  const link = (id: string) => list.links.find((l) => l.id === id)!;

  it('names the list after its dataset, dated by the latest last_change', () => {
    expect(list.sourceList).toBe('FtM fixture_sanctions');
    expect(list.family).toBe('ftm-fixture-sanctions');
    expect(list.document).toEqual(
      expect.objectContaining({ id: 'ftm-fixture-sanctions-2025-06-15', date: '2025-06-15' }),
    );
  });

  it('maps Person, Organization, Company, PublicBody, LegalEntity and Vessel to actors', () => {
    expect(Object.fromEntries(list.entries.map((e) => [e.key, e.kind]))).toEqual({
      'ftm-p-ali': 'PERSON',
      'ftm-p-hector': 'PERSON',
      'ftm-p-associate': 'PERSON',
      'ftm-c-ocean': 'COMPANY',
      'ftm-v-star': 'VESSEL',
      'ftm-o-fund': 'ORGANIZATION',
      'ftm-pb-snsc': 'STATE_BODY',
      'ftm-le-holder': 'COMPANY',
    });
    expect(entry('ftm-v-star').properties).toEqual(
      expect.objectContaining({
        imoNumber: '9187629',
        flag: 'pa',
        vesselType: 'Crude Oil Tanker',
        grossRegisteredTonnage: 56068,
        ftmId: 'v-star',
        sourceList: 'FtM fixture_sanctions',
      }),
    );
    expect(entry('ftm-p-hector').aliases).toEqual(['Hector Shamkhani', 'Hossein Shamkhani']);
    expect(entry('ftm-p-ali').properties['dob']).toBe('1955-09-29');
  });

  it('turns Sanctions into designations by the curated authority they name, else an imported one', () => {
    const by = (key: string) =>
      entry(key).designations.map((d) => [d.authority, d.program, d.start, d.end]);
    expect(by('ftm-p-hector')).toEqual([
      [{ kind: 'curated', id: 'us-treasury' }, 'IRAN-EO13846', '2025-07-30', undefined],
      [{ kind: 'curated', id: 'european-union' }, 'EU Russia', '2024-12-16', undefined],
    ]);
    expect(by('ftm-c-ocean')).toEqual([
      [{ kind: 'curated', id: 'un-security-council' }, 'Yemen', '2022-02-28', '2024-01-01'],
    ]);
    expect(list.authorities).toEqual([
      {
        key: 'ftm-authority-hm-treasury-united-kingdom',
        name: 'HM Treasury (United Kingdom)',
        kind: 'STATE_BODY',
      },
      {
        key: 'ftm-authority-international-bank-watch-organization',
        name: 'International Bank Watch Organization',
        kind: 'INTERNATIONAL_BODY',
      },
    ]);
  });

  it('maps the interval schemata to relationship types with dates, amounts and labels', () => {
    expect(link('ftm-own-1')).toEqual(
      expect.objectContaining({
        type: 'OWNS',
        source: 'ftm-p-hector',
        target: 'ftm-c-ocean',
        percent: 51,
        start: '2019',
      }),
    );
    expect(link('ftm-dir-1')).toEqual(
      expect.objectContaining({ type: 'HOLDS_OFFICE', label: 'Chairman', start: '2020-03' }),
    );
    expect(link('ftm-mem-1')).toEqual(
      expect.objectContaining({ type: 'PART_OF', start: '2013', end: '2023' }),
    );
    expect(link('ftm-fam-1')).toEqual(expect.objectContaining({ type: 'FAMILY', label: 'father' }));
    expect(link('ftm-assoc-1').type).toBe('ASSOCIATED_WITH');
    expect(link('ftm-link-1')).toEqual(
      expect.objectContaining({ type: 'ASSOCIATED_WITH', label: 'operated by' }),
    );
    expect(link('ftm-pay-1')).toEqual(
      expect.objectContaining({
        type: 'FUNDS',
        start: '2020-05-01',
        amount: { value: 1000000, currency: 'USD', approximate: false, usd: 1000000 },
      }),
    );
    expect(link('ftm-debt-1')).toEqual(
      expect.objectContaining({
        type: 'OWES',
        source: 'ftm-c-ocean',
        target: 'ftm-o-fund',
        amount: { value: 500000, currency: 'EUR', approximate: false, usd: 540000 },
      }),
    );
  });

  it('reports schemata it does not model and links to entities not in the file', () => {
    expect(list.rejected).toEqual([
      {
        at: { file: SAMPLE, line: 9 },
        reason: 'schema Address not modelled',
        detail: 'addr-1',
        code: 'NOT_MODELLED',
        field: 'schema',
        entry: 'ftm-addr-1',
      },
      {
        at: { file: SAMPLE, line: 23 },
        reason: 'references an entity not imported from the file',
        detail: 'Ownership own-missing: owner p-nobody',
        code: 'UNKNOWN_REFERENCE',
        field: 'properties.owner',
        entry: 'ftm-own-missing',
      },
    ]);
  });
});

describe('readFtm on broken input', () => {
  it('skips a line that is not an entity, with its line number, and reads the rest', async () => {
    const file = path.join(tempDir(), 'broken.jsonl');
    const lines = fs.readFileSync(SAMPLE, 'utf8').split('\n');
    lines.splice(3, 0, '{"id": "half-written", "schema": "Person", "prop', '[1, 2]');
    fs.writeFileSync(file, lines.join('\n'));
    const list = await readFtm([file], { dataset: 'broken', date: '2025-01-01' });
    expect(list.rejected.slice(0, 2)).toEqual([
      // Its id still reads: the entity it stands for is kept as it was.
      {
        at: { file, line: 4 },
        reason: 'not JSON',
        code: 'UNREADABLE_RECORD',
        entry: 'ftm-half-written',
      },
      // Nothing tells which entity it was.
      {
        at: { file, line: 5 },
        reason: 'not a JSON object',
        code: 'UNREADABLE_RECORD',
        entry: null,
      },
    ]);
    expect(list.entries).toHaveLength(8);
    expect(list.document.id).toBe('ftm-broken-2025-01-01');
  });

  it('fails fast with WRONG_FORMAT on a file that is not FtM JSON lines', async () => {
    await expect(readFtm([path.join(OFAC_DIR, 'sdn.csv')])).rejects.toMatchObject({
      code: ImportErrorCode.WRONG_FORMAT,
    });
    const file = path.join(tempDir(), 'other.jsonl');
    fs.writeFileSync(file, '{"name": "not an entity"}\n');
    await expect(readFtm([file])).rejects.toMatchObject({ code: ImportErrorCode.WRONG_FORMAT });
  });
});

describe('authorityOf', () => {
  it.each([
    ['OFAC', 'us-treasury'],
    ['U.S. Department of the Treasury', 'us-treasury'],
    ['United Nations Security Council', 'un-security-council'],
    ['UN', 'un-security-council'],
    ['European Union', 'european-union'],
    ['EU Council', 'european-union'],
  ])('maps "%s" to the curated %s', (text, id) => {
    expect(authorityOf(text)).toEqual({ kind: 'curated', id });
  });

  it('keeps other authorities as imported state bodies', () => {
    expect(authorityOf('Swiss State Secretariat for Economic Affairs')).toEqual({
      kind: 'imported',
      key: 'ftm-authority-swiss-state-secretariat-for-economic-affairs',
      name: 'Swiss State Secretariat for Economic Affairs',
      actorKind: 'STATE_BODY',
    });
  });
});
