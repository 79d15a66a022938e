import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_DATA_DIR, readSeed } from '../load';
import type { SeedGraph } from '@explorer/domain';
import type { IssueCode } from '../validate/issues';
import { collapseWhitespace, IndexedDocument, splitSentences } from '../validate/text';
import {
  CHECKLIST_FILE,
  coveragePercent,
  validateChecklist,
  validateChecklistDir,
} from './checklist';

describe('the statement checklist of the essay (data/coverage.yaml)', () => {
  const seed = readSeed();
  const result = validateChecklistDir(DEFAULT_DATA_DIR, seed);

  it('checks clean and models at least 95 % of the statements', () => {
    expect(result.issues).toEqual([]);
    expect(result.summary!.statements).toBeGreaterThan(100);
    expect(coveragePercent(result.summary!)).toBeGreaterThanOrEqual(95);
    expect(result.summary!.sentences).toBe(
      splitSentences(fs.readFileSync(path.join(DEFAULT_DATA_DIR, 'source-essay.txt'), 'utf8'))
        .length,
    );
  });

  // The same facts read straight from the files, without the checker.
  const entries = parse(
    fs.readFileSync(path.join(DEFAULT_DATA_DIR, CHECKLIST_FILE), 'utf8'),
  ) as Record<string, unknown>[];
  const essay = new IndexedDocument(
    fs.readFileSync(path.join(DEFAULT_DATA_DIR, 'source-essay.txt'), 'utf8'),
  );

  it('has every excerpt verbatim in the essay', () => {
    for (const e of entries) {
      const text = collapseWhitespace(String(e.excerpt ?? e.sentence));
      expect([text, essay.collapsed.includes(text)]).toEqual([text, true]);
    }
  });

  it('names only actors, relationships, properties and documents that exist', () => {
    const actors = new Map(seed.actors.map((a) => [a.id, a]));
    // Curated "X sanctions Y" statements are read into designations: they count too.
    const relationships = new Map<string, { properties?: Record<string, unknown> }>(
      [...seed.relationships, ...seed.designations].map((r) => [r.id, r]),
    );
    const documents = new Set(seed.documents.map((d) => d.id));
    for (const e of entries) {
      for (const id of (e.actors as string[] | undefined) ?? [])
        expect([id, actors.has(id)]).toEqual([id, true]);
      for (const id of (e.relationships as string[] | undefined) ?? [])
        expect([id, relationships.has(id)]).toEqual([id, true]);
      for (const id of (e.documents as string[] | undefined) ?? [])
        expect([id, documents.has(id)]).toEqual([id, true]);
      for (const ref of (e.properties as string[] | undefined) ?? []) {
        const [id, key] = [ref.slice(0, ref.lastIndexOf('.')), ref.slice(ref.lastIndexOf('.') + 1)];
        const owner = actors.get(id) ?? relationships.get(id);
        expect([ref, owner?.properties?.[key] !== undefined]).toEqual([ref, true]);
      }
    }
  });

  it('includes the statements the fact-check found missing', () => {
    const modelledBy = (excerpt: string) =>
      entries.find((e) => collapseWhitespace(String(e.excerpt ?? '')).includes(excerpt));
    for (const [excerpt, id] of [
      [
        'assassination operations targeting opposition figures abroad',
        'irgc-qods-force--strikes--opposition-figures-abroad',
      ],
      [
        'to disrupt international commercial shipping',
        'houthis--strikes--international-commercial-shipping',
      ],
      [
        'entry points under the direct control of the IRGC',
        'irgc--controls--customs-terminals-airports-and-entry-points',
      ],
      ['clandestine and illegal ports under its authority', 'irgc--controls--clandestine-ports'],
      ['four capitals: Beirut, Damascus, Baghdad, and Sanaa', 'iran--controls--sanaa'],
      ['social base at around four percent', 'regime-social-base--supports--iran'],
      [
        'preferred direct negotiations with him',
        'foreign-officials--negotiates-with--qassem-soleimani',
      ],
      [
        'delivered to neighboring countries',
        'underground-networks--routes-through--neighboring-countries',
      ],
      ['largely controls rent distribution', 'khamenei-faction--controls--rent-distribution'],
      ['vital artery of the material reproduction', 'underground-networks--funds--ruling-bloc'],
    ] as const) {
      expect([excerpt, modelledBy(excerpt)?.relationships]).toEqual([
        excerpt,
        expect.arrayContaining([id]),
      ]);
    }
    expect(modelledBy('severe arms embargoes')?.properties).toEqual(['iran.armsEmbargoes']);
  });
});

describe('validateChecklist', () => {
  const ESSAY = `Title, with a comma?
First Heading
Iran funds Hezbollah with one billion dollars. This is analysis only.
The Qods Force supplies the Houthis. Nobody knows.
`;
  const SEED: SeedGraph = {
    documents: [{ id: 'source-essay', title: 'Essay' }],
    actors: [
      { id: 'iran', name: 'Iran', kind: 'COUNTRY', aliases: [], origin: 'curated' },
      {
        id: 'hezbollah',
        name: 'Hezbollah',
        kind: 'ARMED_GROUP',
        aliases: [],
        origin: 'curated',
        properties: { principal: true },
      },
    ],
    relationships: [
      {
        id: 'iran--funds--hezbollah',
        type: 'FUNDS',
        source: 'iran',
        target: 'hezbollah',
        origin: 'curated',
        validity: { kind: 'UNDATED', reason: 'test' },
        evidence: [{ excerpt: 'Iran funds Hezbollah', document: 'source-essay' }],
      },
    ],
    designations: [],
  };
  const GOOD = `
- sentence: Title, with a comma?
  none: the title
- excerpt: Iran funds Hezbollah with one billion dollars
  relationships: [iran--funds--hezbollah]
  properties: [hezbollah.principal]
- sentence: This is analysis
  none: analysis
- excerpt: The Qods Force supplies the Houthis
  notModelled: no such actors in this seed
- sentence: Nobody knows
  none: a remark
`;
  const check = (yaml: string) =>
    validateChecklist({ file: 'coverage.yaml', text: yaml }, ESSAY, SEED);
  const codes = (yaml: string): IssueCode[] => check(yaml).issues.map((i) => i.code);

  it('accepts a checklist that accounts for every sentence and counts coverage', () => {
    const { issues, summary } = check(GOOD);
    expect(issues).toEqual([]);
    expect(summary).toEqual({
      sentences: 5,
      withoutStatements: 3,
      statements: 2,
      modelled: 1,
      notModelled: [
        { excerpt: 'The Qods Force supplies the Houthis', reason: 'no such actors in this seed' },
      ],
    });
    expect(coveragePercent(summary!)).toBe(50);
  });

  it('reports CHECKLIST_EXCERPT_NOT_IN_SOURCE for a paraphrase, a span of sentences or a wrong opening', () => {
    expect(codes(GOOD.replace('Iran funds Hezbollah with', 'Iran pays Hezbollah with'))).toContain(
      'CHECKLIST_EXCERPT_NOT_IN_SOURCE',
    );
    const spanning = GOOD.replace(
      'excerpt: The Qods Force supplies the Houthis',
      'excerpt: The Qods Force supplies the Houthis. Nobody knows',
    );
    // Not within one sentence, so it accounts for none: that sentence is missing too.
    expect(check(spanning).issues).toEqual([
      expect.objectContaining({ code: 'CHECKLIST_SENTENCE_MISSING' }),
      expect.objectContaining({ code: 'CHECKLIST_EXCERPT_NOT_IN_SOURCE', field: 'excerpt' }),
    ]);
    expect(codes(GOOD.replace('sentence: Nobody knows', 'sentence: Everybody knows'))).toEqual([
      'CHECKLIST_SENTENCE_MISSING',
      'CHECKLIST_EXCERPT_NOT_IN_SOURCE',
    ]);
  });

  it('reports CHECKLIST_UNKNOWN_ID for a missing relationship, actor, document or property', () => {
    for (const [from, to] of [
      ['relationships: [iran--funds--hezbollah]', 'relationships: [iran--funds--nobody]'],
      ['properties: [hezbollah.principal]', 'properties: [hezbollah.secondary]'],
      ['properties: [hezbollah.principal]', 'actors: [nobody]'],
      ['properties: [hezbollah.principal]', 'documents: [no-document]'],
    ] as const) {
      expect(check(GOOD.replace(from, to)).issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'CHECKLIST_UNKNOWN_ID' })]),
      );
    }
  });

  it('reports CHECKLIST_SENTENCE_MISSING for a sentence nobody accounted for', () => {
    const { issues } = check(GOOD.replace('- sentence: This is analysis\n  none: analysis\n', ''));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'CHECKLIST_SENTENCE_MISSING',
        message: expect.stringContaining('This is analysis only.'),
      }),
    ]);
  });

  it('reports CHECKLIST_EVIDENCE_ELSEWHERE when no named relationship cites the sentence', () => {
    const elsewhere = GOOD.replace(
      'excerpt: The Qods Force supplies the Houthis\n  notModelled: no such actors in this seed',
      'excerpt: The Qods Force supplies the Houthis\n  relationships: [iran--funds--hezbollah]',
    );
    expect(codes(elsewhere)).toEqual(['CHECKLIST_EVIDENCE_ELSEWHERE']);
  });

  it('reports CHECKLIST_SCHEMA for an entry both modelled and not, an unknown field, or a none sentence with statements', () => {
    // A rejected entry accounts for no sentence, so its sentence is reported missing too.
    expect(
      codes(
        GOOD.replace(
          '  notModelled: no such actors in this seed',
          '  notModelled: x\n  actors: [iran]',
        ),
      ),
    ).toEqual(['CHECKLIST_SENTENCE_MISSING', 'CHECKLIST_SCHEMA']);
    expect(codes(GOOD.replace('  none: a remark', '  none: a remark\n  why: typo'))).toEqual([
      'CHECKLIST_SENTENCE_MISSING',
      'CHECKLIST_SCHEMA',
    ]);
    const both = `${GOOD}- sentence: Iran funds Hezbollah\n  none: said twice\n`;
    expect(codes(both)).toEqual(['CHECKLIST_SCHEMA']);
  });
});
