import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportErrorCode } from '../ImportError';
import type { ParsedList } from '../model';
import { OFAC_DIR, tempDir, UN_XML } from '../testSupport';
import { readUnXml } from './readUnXml';

function xmlFile(body: string): string {
  const file = path.join(tempDir(), 'list.xml');
  fs.writeFileSync(file, body);
  return file;
}

const ENTITY = (ref: string, name: string) => `
    <ENTITY>
      <DATAID>${ref.length}</DATAID>
      <FIRST_NAME>${name}</FIRST_NAME>
      <UN_LIST_TYPE>Yemen</UN_LIST_TYPE>
      <REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER>
      <LISTED_ON>2015-04-14-04:00</LISTED_ON>
    </ENTITY>`;

const LIST = (entities: string) =>
  `<?xml version='1.0' encoding='UTF-8'?>
<CONSOLIDATED_LIST dateGenerated='2025-01-02T00:00:00Z'>
  <INDIVIDUALS/>
  <ENTITIES>${entities}
  </ENTITIES>
</CONSOLIDATED_LIST>`;

describe('readUnXml on the real 2025-04-19 consolidated list', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await readUnXml(UN_XML);
  });
  const entry = (key: string) => list.entries.find((e) => e.key === key)!;

  it('reads 684 individuals and 193 entities, dated by dateGenerated', () => {
    expect(list.counts.records).toBe(877);
    expect(list.entries.filter((e) => e.kind === 'PERSON')).toHaveLength(684);
    // The UN gives entities no type: armed groups, companies, charities by name.
    expect(list.entries.filter((e) => e.kind !== 'PERSON')).toHaveLength(193);
    const kindOf = (ref: string) => list.entries.find((e) => e.key === `un-${ref}`)?.kind;
    expect(kindOf('YEe.001')).toBe('ARMED_GROUP'); // the Houthis (Ansarallah)
    expect(kindOf('TAe.013')).toBe('COMPANY'); // RAHAT LTD.
    expect(kindOf('SOe.001')).toBe('ARMED_GROUP'); // Al-Shabaab
    expect(list.document).toEqual(
      expect.objectContaining({ id: 'un-consolidated-2025-04-19', date: '2025-04-19' }),
    );
    expect(list.rejected).toEqual([]);
  });

  it('designates each entry by un-security-council under its list type, from LISTED_ON without the timezone', () => {
    const abdulmalik = entry('un-YEi.004');
    expect(abdulmalik.designations).toEqual([
      expect.objectContaining({
        id: 'un-YEi.004--sanctions--Yemen',
        authority: { kind: 'curated', id: 'un-security-council' },
        program: 'Yemen',
        start: '2015-04-14',
        section: 'YEi.004',
      }),
    ]);
    expect(abdulmalik.properties).toEqual(
      expect.objectContaining({ referenceNumber: 'YEi.004', dataId: 6908455, unListType: 'Yemen' }),
    );
  });

  it('keeps aliases, original-script names and low-quality aliases (not used for matching)', () => {
    const anwari = entry('un-TAi.005');
    expect(anwari.name).toBe('MUHAMMAD TAHER ANWARI');
    expect(anwari.aliases).toEqual(
      expect.arrayContaining(['Muhammad Tahir Anwari', 'محمد طاهر أنوري', 'Haji Mudir']),
    );
    expect(anwari.weakAliases).toEqual(['Haji Mudir']);
    expect(anwari.properties).toEqual(
      expect.objectContaining({ dob: '1961', nationality: 'Afghanistan', title: 'Mullah' }),
    );
    expect(anwari.at).toEqual({
      file: UN_XML,
      line: 4,
      path: 'CONSOLIDATED_LIST/INDIVIDUALS[1]/INDIVIDUAL[1]',
    });
  });

  it('links entries whose comments name another entry by reference number', () => {
    expect(list.links.find((l) => l.id === 'un-TAi.004--associated-with--un-TAi.109')).toEqual(
      expect.objectContaining({
        type: 'ASSOCIATED_WITH',
        excerpt: 'Brother-in-law of Ahmad Jan Akhundzada Shukoor Akhundzada (TAi.109).',
      }),
    );
  });
});

describe('readUnXml on unsafe or broken XML', () => {
  it('refuses entity expansion (billion laughs) before reading any element', async () => {
    const file = xmlFile(`<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&lol2;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>`);
    await expect(readUnXml(file)).rejects.toMatchObject({ code: ImportErrorCode.UNSAFE_XML });
  });

  it('refuses an external entity (XXE) and an external DTD', async () => {
    const xxe = xmlFile(`<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&xxe;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>`);
    await expect(readUnXml(xxe)).rejects.toMatchObject({ code: ImportErrorCode.UNSAFE_XML });
    const dtd = xmlFile(`<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://attacker.example/x.dtd">
<CONSOLIDATED_LIST/>`);
    await expect(readUnXml(dtd)).rejects.toMatchObject({ code: ImportErrorCode.UNSAFE_XML });
  });

  it('never expands an undeclared entity: the file fails as malformed', async () => {
    const file = xmlFile(LIST(ENTITY('YEe.001', 'A &xxe; B')));
    await expect(readUnXml(file)).rejects.toMatchObject({ code: ImportErrorCode.MALFORMED_FILE });
  });

  it('fails fast with WRONG_FORMAT on another root element or a non-XML file', async () => {
    await expect(readUnXml(xmlFile('<sdnList><sdnEntry/></sdnList>'))).rejects.toMatchObject({
      code: ImportErrorCode.WRONG_FORMAT,
    });
    await expect(readUnXml(path.join(OFAC_DIR, 'sdn.csv'))).rejects.toMatchObject({
      code: ImportErrorCode.WRONG_FORMAT,
    });
  });

  it('skips an element without name or reference, reporting line and element path, and reads the rest', async () => {
    const file = xmlFile(
      LIST(
        ENTITY('YEe.001', 'THE HOUTHIS') +
          `
    <ENTITY>
      <UN_LIST_TYPE>Yemen</UN_LIST_TYPE>
      <FIRST_NAME>NO REFERENCE</FIRST_NAME>
    </ENTITY>` +
          ENTITY('YEe.002', '') +
          ENTITY('YEe.003', 'THIRD'),
      ),
    );
    const list = await readUnXml(file);
    expect(list.entries.map((e) => e.key)).toEqual(['un-YEe.001', 'un-YEe.003']);
    expect(list.rejected).toEqual([
      {
        at: { file, line: 12, path: 'CONSOLIDATED_LIST/ENTITIES[1]/ENTITY[2]' },
        reason: 'no REFERENCE_NUMBER or DATAID',
        code: 'MISSING_FIELD',
        field: 'REFERENCE_NUMBER',
        entry: null,
      },
      {
        at: { file, line: 16, path: 'CONSOLIDATED_LIST/ENTITIES[1]/ENTITY[3]' },
        reason: 'no name',
        detail: 'YEe.002',
        code: 'MISSING_FIELD',
        field: 'FIRST_NAME',
        entry: 'un-YEe.002',
      },
    ]);
    expect(list.document.date).toBe('2025-01-02');
  });
});
