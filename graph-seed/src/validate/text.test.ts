import { isAfter, isPartialIsoDate, lowerBound, precisionOf, upperBound } from './dates';
import {
  collapseWhitespace,
  findHeadings,
  findSentenceBreak,
  IndexedDocument,
  splitSentences,
} from './text';

describe('partial ISO dates', () => {
  it.each(['2025', '2025-06', '2025-07-30', '2024-02-29'])('accepts %s', (d) => {
    expect(isPartialIsoDate(d)).toBe(true);
  });
  it.each([
    '25',
    '2025-6',
    '2025-00',
    '2025-13',
    '2025-02-29',
    '2025-04-31',
    '2025/06',
    'June 2025',
  ])('rejects %s', (d) => {
    expect(isPartialIsoDate(d)).toBe(false);
  });
  it('compares at the precision both dates share', () => {
    expect(isAfter('2025', '2025-03')).toBe(false);
    expect(isAfter('2025-04', '2025-03-31')).toBe(true);
    expect(isAfter('2024-08', '2025-03')).toBe(false);
  });
  it('spans the whole period it names', () => {
    expect([lowerBound('2025'), upperBound('2025')]).toEqual(['2025-01-01', '2025-12-31']);
    expect([lowerBound('2025-02'), upperBound('2025-02')]).toEqual(['2025-02-01', '2025-02-31']);
    expect([lowerBound('2025-02-03'), upperBound('2025-02-03')]).toEqual([
      '2025-02-03',
      '2025-02-03',
    ]);
    expect(['2025', '2025-02', '2025-02-03'].map(precisionOf)).toEqual(['YEAR', 'MONTH', 'DAY']);
  });
});

describe('the one-sentence rule', () => {
  it('finds a break between sentences', () => {
    expect(findSentenceBreak('One thing. Another thing')).toBeDefined();
    expect(findSentenceBreak('He said "no." Then he left')).toBeDefined();
    expect(findSentenceBreak('Really? Yes')).toBeDefined();
  });
  it('ignores initials, abbreviations and a final period', () => {
    expect(findSentenceBreak('the U.S. Treasury Department sanctioned them.')).toBeUndefined();
    expect(
      findSentenceBreak('Hashd al-Shaabi, Asaib Ahl al-Haq, etc.), al-Shabaab'),
    ).toBeUndefined();
    expect(findSentenceBreak('costs 2.5 billion. ')).toBeUndefined();
  });
});

describe('document headings', () => {
  const text = [
    '',
    'A title, with a comma?',
    'The United',
    'States, a wrapped line',
    'ends here.',
    'Nuclear Program',
    'A paragraph that ends.',
    'Playing both roles',
    'Another paragraph."',
  ].join('\n');

  it('are the short stand-alone lines followed by a paragraph', () => {
    expect(findHeadings(text)).toEqual([
      { line: 6, text: 'Nuclear Program' },
      { line: 8, text: 'Playing both roles' },
    ]);
  });

  it('give each excerpt occurrence its section', () => {
    const doc = new IndexedDocument(text);
    expect(doc.occurrences('The United States,')).toEqual([3]);
    expect(doc.sectionAt(3)).toBeUndefined();
    expect(doc.sectionAt(doc.occurrences('Another paragraph')[0] ?? 0)).toBe('Playing both roles');
    expect(collapseWhitespace(' a \n\t b ')).toBe('a b');
  });
});

describe('splitSentences', () => {
  it('cuts where the one-sentence rule sees a break, and drops headings', () => {
    const text = [
      'A title, with a comma?',
      'The U.S. Treasury acted. It said "no." Then,',
      'it left (etc.). 2025 came.',
      'Nuclear Program',
      'A paragraph that ends.',
    ].join('\n');
    expect(splitSentences(text)).toEqual([
      'A title, with a comma?',
      'The U.S. Treasury acted.',
      'It said "no."',
      'Then, it left (etc.).',
      '2025 came.',
      'A paragraph that ends.',
    ]);
  });

  it('never yields a piece that itself spans a break', () => {
    const text = 'One. Two! "Three?" Four (five). Six';
    const pieces = splitSentences(text);
    expect(pieces).toEqual(['One.', 'Two!', '"Three?"', 'Four (five).', 'Six']);
    for (const p of pieces) expect(findSentenceBreak(p)).toBeUndefined();
  });
});
