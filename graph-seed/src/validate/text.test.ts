import {
  collapseWhitespace,
  findHeadings,
  findSentenceBreak,
  IndexedDocument,
  splitSentences,
} from './text';

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
