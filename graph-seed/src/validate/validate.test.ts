import * as path from 'node:path';
import { DEFAULT_DATA_DIR } from '../load';
import type { IssueCode, SeedIssue } from './issues';
import { validateSeed, validateSeedDir, type SeedSources } from './validate';

const DOC_TEXT = `Fixture title, with a comma
First Heading
The Qods Force supplies the Houthis with missiles and drones.
It also funds Hezbollah, according to the
U.S. Treasury Department.
Second Heading
In April 2025, the debt was estimated at $30 billion. ${'A long sentence goes on '.repeat(20)}and ends.
`;

const DOCUMENTS = `
- id: doc
  title: Fixture
`;

const ACTORS = `
- id: qods
  name: Qods Force
  kind: MILITARY_UNIT
- id: houthis
  name: Houthis
  aliases: [Ansar Allah]
  kind: ARMED_GROUP
`;

const RELATIONSHIP = `
- id: qods--supplies--houthis
  type: SUPPLIES
  source: qods
  target: houthis
  start: 2015
  end: 2025-06-30
  amount: { value: 1000000, currency: USD, approximate: true }
  evidence:
    - excerpt: The Qods Force supplies the Houthis with missiles and drones.
      document: doc
      section: First Heading
  validity:
    kind: DATED
    reason: the fixture's dates
`;

function sources(
  overrides: Partial<Omit<SeedSources, 'documentText'>> & { text?: string } = {},
): SeedSources {
  return {
    documents: overrides.documents ?? { file: 'documents.yaml', text: DOCUMENTS },
    actors: overrides.actors ?? { file: 'actors.yaml', text: ACTORS },
    relationships: overrides.relationships ?? { file: 'relationships.yaml', text: RELATIONSHIP },
    documentText: (id) => (id === 'doc' ? (overrides.text ?? DOC_TEXT) : undefined),
  };
}

function withRelationship(yaml: string): SeedSources {
  return sources({ relationships: { file: 'relationships.yaml', text: yaml } });
}

function withActors(yaml: string): SeedSources {
  return sources({ actors: { file: 'actors.yaml', text: yaml } });
}

/** The relationship fixture with one field's line replaced. */
function relWith(find: string | RegExp, replace: string): SeedSources {
  return withRelationship(RELATIONSHIP.replace(find, replace));
}

function codes(issues: SeedIssue[]): IssueCode[] {
  return issues.map((i) => i.code);
}

describe('the curated seed', () => {
  it('validates clean', () => {
    const result = validateSeedDir(DEFAULT_DATA_DIR);
    expect(result.issues).toEqual([]);
    expect(result.seed?.actors.length).toBeGreaterThan(40);
    expect(result.seed?.relationships.length).toBeGreaterThan(80);
  });

  it('defaults origin to curated and aliases to a list', () => {
    const seed = validateSeedDir(DEFAULT_DATA_DIR).seed;
    expect(seed?.actors.every((a) => a.origin === 'curated' && Array.isArray(a.aliases))).toBe(
      true,
    );
    expect(seed?.relationships.every((r) => r.origin === 'curated')).toBe(true);
  });
});

describe('validateSeed', () => {
  it('accepts a valid fixture and returns the parsed graph', () => {
    const result = validateSeed(sources());
    expect(result.issues).toEqual([]);
    expect(result.seed?.relationships[0]).toMatchObject({
      id: 'qods--supplies--houthis',
      start: '2015',
      amount: { value: 1000000, currency: 'USD', approximate: true },
      origin: 'curated',
    });
  });

  it('matches excerpts across line breaks by collapsing whitespace', () => {
    const result = validateSeed(
      relWith(
        'The Qods Force supplies the Houthis with missiles and drones.',
        '"It also funds   Hezbollah,\\n according to the U.S. Treasury Department."',
      ),
    );
    expect(result.issues).toEqual([]);
  });

  it('reports YAML_SYNTAX with its line', () => {
    const { issues } = validateSeed(withRelationship('- id: x\n  type: [unclosed\n'));
    expect(codes(issues)).toContain('YAML_SYNTAX');
    expect(issues.find((i) => i.code === 'YAML_SYNTAX')?.line).toBeGreaterThanOrEqual(1);
  });

  it('reports YAML_SYNTAX for duplicate keys in a record', () => {
    const { issues } = validateSeed(withActors('- id: a\n  id: b\n  name: A\n  kind: PERSON\n'));
    expect(codes(issues)).toEqual(['YAML_SYNTAX']);
  });

  it('reports SCHEMA for a missing field, naming record, field and line', () => {
    const { issues } = validateSeed(withActors(ACTORS.replace('  name: Qods Force\n', '')));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'SCHEMA',
        file: 'actors.yaml',
        recordId: 'qods',
        field: 'name',
        line: 2,
      }),
    ]);
  });

  it('reports SCHEMA for an unknown field (a typo) on its line', () => {
    const { issues } = validateSeed(relWith('  start: 2015', '  strat: 2015'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'SCHEMA',
        recordId: 'qods--supplies--houthis',
        field: 'strat',
        line: 6,
      }),
    ]);
  });

  it('reports SCHEMA for a file that is not a list', () => {
    const { issues } = validateSeed(withActors('id: qods\n'));
    expect(codes(issues)).toEqual(['SCHEMA']);
  });

  it('reports SCHEMA for ids that are not kebab-case', () => {
    const { issues } = validateSeed(withActors(ACTORS.replace('id: qods', 'id: Qods Force')));
    expect(codes(issues)).toContain('SCHEMA');
  });

  it('reports UNKNOWN_KIND', () => {
    const { issues } = validateSeed(
      withActors(ACTORS.replace('kind: ARMED_GROUP', 'kind: MILITIA')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_KIND',
        recordId: 'houthis',
        field: 'kind',
        line: 8,
      }),
    ]);
  });

  it('reports UNKNOWN_RELATION_TYPE', () => {
    const { issues } = validateSeed(relWith('type: SUPPLIES', 'type: ARMS'));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_RELATION_TYPE', field: 'type', line: 3 }),
    ]);
  });

  it('reports DUPLICATE_ID for actors', () => {
    const { issues } = validateSeed(
      withActors(ACTORS + ACTORS.replace('id: houthis', 'id: other')),
    );
    expect(issues).toEqual([expect.objectContaining({ code: 'DUPLICATE_ID', recordId: 'qods' })]);
  });

  it('reports DUPLICATE_ID for relationships', () => {
    const { issues } = validateSeed(withRelationship(RELATIONSHIP + RELATIONSHIP));
    expect(codes(issues)).toEqual(['DUPLICATE_ID']);
  });

  it('reports DANGLING_REFERENCE for an unknown source or target', () => {
    const { issues } = validateSeed(relWith('target: houthis', 'target: hezbollah'));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'DANGLING_REFERENCE', field: 'target', line: 5 }),
    ]);
  });

  it('reports DANGLING_REFERENCE for an unknown evidence document', () => {
    const { issues } = validateSeed(relWith('document: doc', 'document: other-doc'));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'DANGLING_REFERENCE', field: 'evidence.0.document' }),
    ]);
  });

  it('reports SELF_REFERENCE', () => {
    const { issues } = validateSeed(relWith('target: houthis', 'target: qods'));
    expect(codes(issues)).toEqual(['SELF_REFERENCE']);
  });

  it('reports MISSING_CURRENCY for an amount without currency', () => {
    const { issues } = validateSeed(
      relWith(/amount: .*/, 'amount: { value: 1000000, approximate: true }'),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'MISSING_CURRENCY', field: 'amount', line: 8 }),
    ]);
  });

  it.each(['2025-13', '2025-02-30', 'June 2025', '25-06-01', '2025-6'])(
    'reports INVALID_DATE for %s',
    (date) => {
      const { issues } = validateSeed(relWith('end: 2025-06-30', `end: '${date}'`));
      expect(issues).toEqual([expect.objectContaining({ code: 'INVALID_DATE', field: 'end' })]);
    },
  );

  it('reports INVALID_DATE in evidence statedOn and document dates', () => {
    const rel = validateSeed(
      relWith(
        '      section: First Heading',
        '      section: First Heading\n      statedOn: 2025-11-31',
      ),
    );
    expect(rel.issues).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: 'evidence.0.statedOn' }),
    ]);
    const doc = validateSeed(
      sources({ documents: { file: 'documents.yaml', text: `${DOCUMENTS}  date: 2025-00\n` } }),
    );
    expect(codes(doc.issues)).toEqual(['INVALID_DATE']);
  });

  it('accepts leap days', () => {
    expect(validateSeed(relWith('end: 2025-06-30', 'end: 2024-02-29')).issues).toEqual([]);
  });

  it('reports DATE_ORDER when start is after end', () => {
    const { issues } = validateSeed(relWith('start: 2015', 'start: 2025-07'));
    expect(codes(issues)).toEqual(['DATE_ORDER']);
  });

  it('reports DOCUMENT_TEXT_MISSING when a document has no text file', () => {
    const { issues } = validateSeed(
      sources({
        documents: { file: 'documents.yaml', text: `${DOCUMENTS}- id: other\n  title: Other\n` },
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'DOCUMENT_TEXT_MISSING', recordId: 'other' }),
    ]);
  });

  it('reports EXCERPT_NOT_IN_SOURCE for a paraphrase', () => {
    const { issues } = validateSeed(
      relWith(
        'The Qods Force supplies the Houthis with missiles and drones.',
        'The Quds Force supplies the Houthis with missiles and drones.',
      ),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'EXCERPT_NOT_IN_SOURCE',
        field: 'evidence.0.excerpt',
        line: 10,
      }),
    ]);
  });

  it('reports EXCERPT_NOT_IN_SOURCE for straight quotes or hyphens where the text has other characters', () => {
    const text = DOC_TEXT.replace('drones.', 'drones—“long-range”.');
    const { issues } = validateSeed({
      ...relWith('missiles and drones.', '"missiles and drones--\\"long-range\\"."'),
      documentText: () => text,
    });
    expect(codes(issues)).toEqual(['EXCERPT_NOT_IN_SOURCE']);
  });

  it('reports EXCERPT_MULTIPLE_SENTENCES for an excerpt spanning a sentence break', () => {
    const { issues } = validateSeed(
      relWith(
        'The Qods Force supplies the Houthis with missiles and drones.',
        'The Qods Force supplies the Houthis with missiles and drones. It also funds Hezbollah',
      ),
    );
    expect(codes(issues)).toEqual(['EXCERPT_MULTIPLE_SENTENCES']);
  });

  it('does not take the dots of "U.S." for a sentence break', () => {
    const { issues } = validateSeed(
      relWith(
        'The Qods Force supplies the Houthis with missiles and drones.',
        'It also funds Hezbollah, according to the U.S. Treasury Department.',
      ),
    );
    expect(issues).toEqual([]);
  });

  it('reports EXCERPT_TOO_LONG beyond 400 characters', () => {
    const long = `${'A long sentence goes on '.repeat(20)}and ends.`;
    const { issues } = validateSeed(
      withRelationship(
        RELATIONSHIP.replace(/excerpt: The Qods.*/, `excerpt: ${long}`).replace(
          'First Heading',
          'Second Heading',
        ),
      ),
    );
    expect(codes(issues)).toEqual(['EXCERPT_TOO_LONG']);
  });

  it('reports SECTION_MISMATCH for the wrong heading, or none where one applies', () => {
    const wrong = validateSeed(relWith('section: First Heading', 'section: Second Heading'));
    expect(wrong.issues).toEqual([
      expect.objectContaining({ code: 'SECTION_MISMATCH', field: 'evidence.0.section' }),
    ]);
    const missing = validateSeed(relWith('      section: First Heading\n', ''));
    expect(codes(missing.issues)).toEqual(['SECTION_MISMATCH']);
  });

  it('reports every problem at once, sorted by file and line', () => {
    const broken = RELATIONSHIP.replace('type: SUPPLIES', 'type: ARMS')
      .replace('target: houthis', 'target: nobody')
      .replace('end: 2025-06-30', 'end: 2025-13')
      .replace(/amount: .*/, 'amount: { value: 5 }')
      .replace('The Qods Force supplies', 'The IRGC supplies');
    const { issues, seed } = validateSeed(
      sources({
        actors: { file: 'actors.yaml', text: ACTORS.replace('kind: ARMED_GROUP', 'kind: GANG') },
        relationships: { file: 'relationships.yaml', text: broken },
      }),
    );
    expect(seed).toBeUndefined();
    expect(codes(issues)).toEqual([
      'UNKNOWN_KIND',
      'UNKNOWN_RELATION_TYPE',
      'DANGLING_REFERENCE',
      'INVALID_DATE',
      'MISSING_CURRENCY',
      'EXCERPT_NOT_IN_SOURCE',
    ]);
    expect(issues.map((i) => i.line)).toEqual([8, 3, 5, 7, 8, 10]);
  });
});

describe('validateSeedDir', () => {
  it('reports FILE_MISSING for a directory without the seed files', () => {
    const { issues } = validateSeedDir(path.join(__dirname, 'no-such-dir'));
    expect(codes(issues)).toEqual(['FILE_MISSING', 'FILE_MISSING', 'FILE_MISSING']);
  });

  it('reads document texts from <id>.txt beside the YAML', () => {
    const { issues } = validateSeedDir(path.join(__dirname, 'fixtures', 'broken'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'DANGLING_REFERENCE',
        file: 'relationships.yaml',
        recordId: 'a--funds--c',
        field: 'target',
        line: 13,
      }),
    ]);
  });
});
