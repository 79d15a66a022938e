import type { IssueCode, SeedIssue } from './issues';
import { hedgeOf, pastRoleIn } from './claims';
import { validateSeed, type SeedSources } from './validate';

/** A small document in the essay's manner: dated statements, former roles, hedged numbers. */
const DOC_TEXT = `Fixture title, with a comma
Roles
In April 2025, Hossein Rahimi, former head of the committee, estimated the debt at $3 billion.
Even the then-mayor, Reza Karimi, funded the force.
Reza Karimi, now Speaker of Parliament, said so.
Counts
The Treasury sanctioned more than 50 vessels belonging to Karimi.
The plan allocates at least 5 percent of the budget to the force.
One candidate estimated the base at around four percent.
`;

const DOCUMENTS = `
- id: doc
  title: Fixture
- id: interview
  title: An interview the fixture reports
  publisher: A news website
  knownFrom: doc
`;

const ACTORS = `
- id: rahimi
  name: Hossein Rahimi
  kind: PERSON
- id: karimi
  name: Reza Karimi
  kind: PERSON
- id: committee
  name: The committee
  kind: STATE_BODY
- id: city
  name: The city
  kind: STATE_BODY
- id: fleet
  name: Karimi's fleet
  kind: VESSEL
  collective: true
  memberCount: 50
  memberCountQualifier: MORE_THAN
- id: treasury
  name: The Treasury
  kind: STATE_BODY
`;

const FORMER_HEAD = `
- id: rahimi--holds-office--committee
  type: HOLDS_OFFICE
  source: rahimi
  target: committee
  validity:
    kind: ENDED_BEFORE
    endedBefore: 2025-04
    reason: "'former head' in his statement of April 2025"
  evidence:
    - excerpt: Hossein Rahimi, former head of the committee
      document: doc
      section: Roles
      reportedIn: interview
`;

const SANCTION = `
- id: treasury--sanctions--fleet
  type: SANCTIONS
  source: treasury
  target: fleet
  start: 2025-07-30
  validity:
    kind: DATED
    reason: the fixture's date
  evidence:
    - excerpt: The Treasury sanctioned more than 50 vessels belonging to Karimi.
      document: doc
      section: Counts
`;

function sources(relationships: string, actors = ACTORS, documents = DOCUMENTS): SeedSources {
  return {
    documents: { file: 'documents.yaml', text: documents },
    actors: { file: 'actors.yaml', text: actors },
    relationships: { file: 'relationships.yaml', text: relationships },
    documentText: (id) => (id === 'doc' ? DOC_TEXT : undefined),
  };
}

function codes(issues: SeedIssue[]): IssueCode[] {
  return issues.map((i) => i.code);
}

describe('the fixture itself', () => {
  it('validates clean, reading validity, the hedge and the cited interview', () => {
    const { issues, seed } = validateSeed(sources(FORMER_HEAD + SANCTION));
    expect(issues).toEqual([]);
    expect(seed?.relationships[0]).toMatchObject({
      validity: { kind: 'ENDED_BEFORE', endedBefore: '2025-04' },
      evidence: [{ reportedIn: 'interview' }],
    });
    expect(seed?.actors.find((a) => a.id === 'fleet')?.memberCountQualifier).toBe('MORE_THAN');
    expect(seed?.documents.find((d) => d.id === 'interview')?.knownFrom).toBe('doc');
  });
});

describe('SCHEMA for validity', () => {
  it('is required on every relationship, with a known kind and a reason', () => {
    const missing = validateSeed(
      sources(FORMER_HEAD.replace(/ {2}validity:[\s\S]*?(?= {2}evidence)/, '')),
    );
    expect(missing.issues).toEqual([
      expect.objectContaining({ code: 'SCHEMA', field: 'validity' }),
    ]);
    const kind = validateSeed(sources(FORMER_HEAD.replace('ENDED_BEFORE', 'FORMER')));
    expect(kind.issues).toEqual([
      expect.objectContaining({ code: 'SCHEMA', field: 'validity.kind' }),
    ]);
    const reason = validateSeed(sources(FORMER_HEAD.replace(/ {4}reason: .*\n/, '')));
    expect(reason.issues).toEqual([
      expect.objectContaining({ code: 'SCHEMA', field: 'validity.reason' }),
    ]);
  });
});

describe('VALIDITY_MISMATCH', () => {
  const mismatch = (yaml: string) =>
    validateSeed(sources(yaml)).issues.filter((i) => i.code === 'VALIDITY_MISMATCH');

  it('DATED without a start or an end', () => {
    expect(mismatch(SANCTION.replace('  start: 2025-07-30\n', ''))).toEqual([
      expect.objectContaining({ field: 'validity', message: 'DATED needs a start or an end' }),
    ]);
  });

  it('UNDATED with a date, and DATED with a kind-specific field', () => {
    expect(mismatch(SANCTION.replace('kind: DATED', 'kind: UNDATED'))).toEqual([
      expect.objectContaining({ field: 'start', message: 'UNDATED takes no start' }),
    ]);
    expect(
      mismatch(SANCTION.replace('    kind: DATED\n', '    kind: DATED\n    heldOn: 2025-08\n')),
    ).toEqual([expect.objectContaining({ field: 'validity.heldOn' })]);
  });

  it('ENDED_BEFORE without endedBefore, or with an end', () => {
    expect(mismatch(FORMER_HEAD.replace('    endedBefore: 2025-04\n', ''))).toEqual([
      expect.objectContaining({ message: 'ENDED_BEFORE needs endedBefore' }),
    ]);
    expect(
      mismatch(FORMER_HEAD.replace('  target: committee\n', '  target: committee\n  end: 2024\n')),
    ).toEqual([expect.objectContaining({ field: 'end', message: 'ENDED_BEFORE takes no end' })]);
  });

  it('HISTORICAL without its period, start or source of dates', () => {
    const historical = SANCTION.replace('kind: DATED', 'kind: HISTORICAL');
    expect(mismatch(historical).map((i) => i.message)).toEqual([
      'HISTORICAL needs period',
      'HISTORICAL needs datesFrom',
    ]);
    const complete = historical.replace(
      '    kind: HISTORICAL\n',
      '    kind: HISTORICAL\n    period: the fixture war\n    datesFrom: COMMON_KNOWLEDGE\n',
    );
    expect(mismatch(complete)).toEqual([]);
    expect(mismatch(complete.replace('  start: 2025-07-30\n', ''))).toEqual([
      expect.objectContaining({ message: 'HISTORICAL needs start' }),
    ]);
  });

  it('heldOn on or after endedBefore', () => {
    const held = FORMER_HEAD.replace(
      '    endedBefore: 2025-04\n',
      '    endedBefore: 2025-04\n    heldOn: 2025-06\n',
    );
    expect(mismatch(held)).toEqual([expect.objectContaining({ field: 'validity.heldOn' })]);
  });

  it('reports INVALID_DATE for endedBefore and heldOn', () => {
    const bad = FORMER_HEAD.replace('endedBefore: 2025-04', 'endedBefore: April 2025');
    expect(codes(validateSeed(sources(bad)).issues)).toContain('INVALID_DATE');
  });
});

describe('FORMER_WITHOUT_END', () => {
  it('catches a role the excerpt calls former that does not end', () => {
    const open = FORMER_HEAD.replace(
      /validity:[\s\S]*?(?= {2}evidence)/,
      'validity:\n    kind: UNDATED\n    reason: no date\n',
    );
    const { issues } = validateSeed(sources(open));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'FORMER_WITHOUT_END',
        recordId: 'rahimi--holds-office--committee',
        field: 'evidence.0.excerpt',
      }),
    ]);
    expect(issues[0]?.message).toContain('former head');
  });

  it('catches "then-" too, and is satisfied by an end', () => {
    const mayor = `
- id: karimi--holds-office--city
  type: HOLDS_OFFICE
  source: karimi
  target: city
  validity: { kind: UNDATED, heldOn: 2025-12, reason: "'now Speaker'" }
  evidence:
    - excerpt: Even the then-mayor, Reza Karimi
      document: doc
      section: Roles
`;
    expect(codes(validateSeed(sources(mayor)).issues)).toEqual(['FORMER_WITHOUT_END']);
    const ended = mayor
      .replace('  target: city\n', '  target: city\n  end: 2017\n')
      .replace('{ kind: UNDATED, heldOn: 2025-12,', '{ kind: DATED,');
    expect(validateSeed(sources(ended)).issues).toEqual([]);
  });

  it('leaves alone relationships that are not roles, and roles the text calls current', () => {
    const funds = `
- id: karimi--funds--rahimi
  type: FUNDS
  source: karimi
  target: rahimi
  validity: { kind: UNDATED, reason: no date }
  evidence:
    - excerpt: Even the then-mayor, Reza Karimi, funded the force.
      document: doc
      section: Roles
- id: karimi--holds-office--committee
  type: HOLDS_OFFICE
  source: karimi
  target: committee
  validity: { kind: UNDATED, heldOn: 2025-12, reason: "'now Speaker'" }
  evidence:
    - excerpt: Reza Karimi, now Speaker of Parliament, said so.
      document: doc
      section: Roles
`;
    expect(validateSeed(sources(funds)).issues).toEqual([]);
  });

  it('finds the words that end a role', () => {
    expect(pastRoleIn('Zarif—former Minister of Foreign Affairs')).toContain('former Minister');
    expect(pastRoleIn('the then-mayor—Ghalibaf')).toContain('then-mayor');
    expect(pastRoleIn('an ex-minister')).toContain('ex-minister');
    expect(pastRoleIn('formerly a general')).toContain('formerly');
    expect(pastRoleIn('the formation of proxy groups, then the rest')).toBeUndefined();
  });
});

describe('INFERENCE_UNEXPLAINED', () => {
  it('catches inferred without a note, and a note without inferred', () => {
    const inferred = SANCTION.replace('  evidence:', '  inferred: true\n  evidence:');
    expect(validateSeed(sources(inferred)).issues).toEqual([
      expect.objectContaining({ code: 'INFERENCE_UNEXPLAINED', field: 'inferred' }),
    ]);
    const note = SANCTION.replace('  evidence:', '  inference: a reading\n  evidence:');
    expect(validateSeed(sources(note)).issues).toEqual([
      expect.objectContaining({ code: 'INFERENCE_UNEXPLAINED', field: 'inference' }),
    ]);
    const both = SANCTION.replace(
      '  evidence:',
      '  inferred: true\n  inference: a reading\n  evidence:',
    );
    expect(validateSeed(sources(both)).issues).toEqual([]);
  });
});

describe('NUMBER_QUALIFIER_MISSING', () => {
  it('catches "more than 50 vessels" stored as a plain 50', () => {
    const plain = ACTORS.replace('  memberCountQualifier: MORE_THAN\n', '');
    const { issues } = validateSeed(sources(SANCTION, plain));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'NUMBER_QUALIFIER_MISSING',
        file: 'actors.yaml',
        recordId: 'fleet',
        field: 'memberCount',
      }),
    ]);
    expect(issues[0]?.message).toContain('MORE_THAN');
  });

  it('catches a qualifier that says something else', () => {
    const wrong = ACTORS.replace(
      'memberCountQualifier: MORE_THAN',
      'memberCountQualifier: AT_MOST',
    );
    expect(codes(validateSeed(sources(SANCTION, wrong)).issues)).toEqual([
      'NUMBER_QUALIFIER_MISSING',
    ]);
  });

  it('catches a hedged percentage, in digits or words', () => {
    const plan = (percent: number, qualifier: string, excerpt: string) => `
- id: karimi--funds--committee
  type: FUNDS
  source: karimi
  target: committee
  percent: ${percent}
${qualifier}  validity: { kind: UNDATED, reason: no date }
  evidence:
    - excerpt: ${excerpt}
      document: doc
      section: Counts
`;
    const least = 'The plan allocates at least 5 percent of the budget to the force.';
    expect(validateSeed(sources(plan(5, '', least))).issues).toEqual([
      expect.objectContaining({ code: 'NUMBER_QUALIFIER_MISSING', field: 'percent' }),
    ]);
    expect(validateSeed(sources(plan(5, '  percentQualifier: AT_LEAST\n', least))).issues).toEqual(
      [],
    );
    const around = 'One candidate estimated the base at around four percent.';
    expect(codes(validateSeed(sources(plan(4, '', around))).issues)).toEqual([
      'NUMBER_QUALIFIER_MISSING',
    ]);
    expect(
      validateSeed(sources(plan(4, '  percentQualifier: APPROXIMATELY\n', around))).issues,
    ).toEqual([]);
  });

  it('reads the hedge right before the number only', () => {
    expect(hedgeOf('more than 50 vessels', 50)).toBe('MORE_THAN');
    expect(hedgeOf('at least 5 percent', 5, /percent/)).toBe('AT_LEAST');
    expect(hedgeOf('did not exceed 40 billion', 40)).toBe('AT_MOST');
    expect(hedgeOf('around four percent', 4, /percent/)).toBe('APPROXIMATELY');
    expect(hedgeOf('more than 500 vessels', 50)).toBeUndefined();
    expect(hedgeOf('over the decades, 50 vessels', 50)).toBeUndefined();
    expect(hedgeOf('about 5 years, then 5 percent', 5, /percent/)).toBeUndefined();
  });
});

describe('documents known only through another', () => {
  it('need no text, but must name a real document', () => {
    expect(validateSeed(sources(FORMER_HEAD)).issues).toEqual([]);
    const dangling = DOCUMENTS.replace('knownFrom: doc', 'knownFrom: nowhere');
    expect(validateSeed(sources(FORMER_HEAD, ACTORS, dangling)).issues).toEqual([
      expect.objectContaining({ code: 'DANGLING_REFERENCE', field: 'knownFrom' }),
    ]);
  });

  it('are named in reportedIn, never cited as the document of an excerpt', () => {
    const cited = FORMER_HEAD.replace('      document: doc', '      document: interview');
    expect(validateSeed(sources(cited)).issues).toEqual([
      expect.objectContaining({ code: 'DOCUMENT_TEXT_MISSING', field: 'evidence.0.document' }),
    ]);
    const unknown = FORMER_HEAD.replace('reportedIn: interview', 'reportedIn: other');
    expect(validateSeed(sources(unknown)).issues).toEqual([
      expect.objectContaining({ code: 'DANGLING_REFERENCE', field: 'evidence.0.reportedIn' }),
    ]);
  });
});
