import { validateChecklistDir } from './checklist/checklist';
import { DEFAULT_DATA_DIR, readSeed } from './load';
import { buildReport, formatReport, moneyIn, percentIn } from './report';

describe('seed report', () => {
  it('counts every actor and relationship once', () => {
    const seed = readSeed();
    const report = buildReport(seed);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(report.actorsByKind)).toBe(seed.actors.length);
    expect(sum(report.relationshipsByType)).toBe(seed.relationships.length);
  });

  it('spots money and percentages in excerpts, not years', () => {
    expect(moneyIn('estimated at $30 billion—a figure')).toBe('$30 billion');
    expect(moneyIn('approximately one billion dollars to Hezbollah')).toBe('one billion dollars');
    expect(moneyIn('tens of billions of dollars')).toBe('tens of billions of dollars');
    expect(moneyIn('On July 30, 2025, the U.S. Treasury')).toBeUndefined();
    expect(percentIn('only 37.5 percent for the state')).toBe('37.5 percent');
  });

  it('counts relationships by validity and lists the inferred ones with their notes', () => {
    const seed = readSeed();
    const report = buildReport(seed);
    const sum = Object.values(report.relationshipsByValidity).reduce((a, b) => a + b, 0);
    expect(sum).toBe(seed.relationships.length);
    expect(report.inferred.map((r) => r.id)).toEqual(
      seed.relationships.filter((r) => r.inferred).map((r) => r.id),
    );
    expect(report.inferred.every((r) => r.inference.length > 20)).toBe(true);
  });

  it('prints the essay coverage against the checklist first', () => {
    const seed = readSeed();
    const { summary } = validateChecklistDir(DEFAULT_DATA_DIR, seed);
    const text = formatReport(seed, buildReport(seed), summary);
    const line = text.split('\n').find((l) => l.startsWith('Essay coverage'));
    expect(line).toMatch(
      new RegExp(`${summary!.modelled} of ${summary!.statements} .* \\((9[5-9]|100)\\.\\d %\\)`),
    );
    for (const { excerpt } of summary!.notModelled) expect(text).toContain(excerpt);
  });
});
